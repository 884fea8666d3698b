import type { Database } from '@navette/db';
import { createLoaders, type Loaders } from './loaders.js';

export interface StructuresContext {
  db: Database;
  loaders: Loaders;
  /** Today's date in France, `YYYY-MM-DD` (a clock the tests can fix). */
  today: string;
}

export function createContextFactory(db: Database, clock: () => Date = () => new Date()) {
  return async (): Promise<StructuresContext> => ({
    db,
    loaders: createLoaders(db),
    today: clock().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }),
  });
}

import type { Database } from '@navette/db';
import { createLoaders, type Loaders } from './loaders.js';

export interface FormationContext {
  db: Database;
  loaders: Loaders;
}

export function createContextFactory(db: Database) {
  return async (): Promise<FormationContext> => ({ db, loaders: createLoaders(db) });
}

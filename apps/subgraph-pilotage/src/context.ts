import type { Database } from '@navette/db';
import { createLoaders, type Loaders } from './loaders.js';

export interface PilotageContext {
  db: Database;
  loaders: Loaders;
}

export function createContextFactory(db: Database) {
  return async (): Promise<PilotageContext> => ({ db, loaders: createLoaders(db) });
}

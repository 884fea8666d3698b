import type { Principal } from '@navette/auth';
import type { Database } from '@navette/db';
import type { Authenticator } from '@navette/subgraph-server';
import type { Request } from 'express';
import { createLoaders, type Loaders } from './loaders.js';

export interface PilotageContext {
  db: Database;
  loaders: Loaders;
  /** Who is calling, authenticated by this subgraph itself (never trusting the gateway alone). */
  principal: Principal;
}

export interface PilotageDependencies {
  authenticator: Authenticator;
}

export function createContextFactory(db: Database, { authenticator }: PilotageDependencies) {
  return async (request: Request): Promise<PilotageContext> => ({
    db,
    loaders: createLoaders(db),
    principal: await authenticator.authenticate(request.headers.authorization),
  });
}

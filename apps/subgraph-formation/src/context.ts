import type { Principal } from '@navette/auth';
import type { Database } from '@navette/db';
import type { Authenticator } from '@navette/subgraph-server';
import type { Request } from 'express';
import { createLoaders, type Loaders } from './loaders.js';

export interface FormationContext {
  db: Database;
  loaders: Loaders;
  /** Who is calling, authenticated by this subgraph itself (never trusting the gateway alone). */
  principal: Principal;
}

export interface FormationDependencies {
  authenticator: Authenticator;
}

export function createContextFactory(db: Database, { authenticator }: FormationDependencies) {
  return async (request: Request): Promise<FormationContext> => ({
    db,
    loaders: createLoaders(db),
    principal: await authenticator.authenticate(request.headers.authorization),
  });
}

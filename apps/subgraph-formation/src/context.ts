import type { Principal } from '@navette/auth';
import { withIdentity, type Database } from '@navette/db';
import { dateInFrance } from '@navette/domain';
import { authenticateRequest, type Authenticator } from '@navette/subgraph-server';
import type { Request } from 'express';
import { createLoaders, type Loaders } from './loaders.js';

export interface FormationContext {
  /** Directory data of this context (the services an agence offers): not personal, read directly. */
  db: Database;
  loaders: Loaders;
  /** Who is calling, authenticated by this subgraph itself (never trusting the gateway alone). */
  principal: Principal;
  /** Personal data (training, PMSMP, services used, POE): only through this, under row-level security. */
  data<T>(work: (tx: Database) => Promise<T>): Promise<T>;
  /** Today's date in France, `YYYY-MM-DD`. */
  today: string;
}

export interface FormationDependencies {
  authenticator: Authenticator;
  clock?: () => Date;
}

/**
 * The context of one call made by `principal`, without HTTP: what `createContextFactory` builds for each request once
 * it has authenticated it, and what the use-case tests build for a principal of their choice.
 */
export function contextFor(
  db: Database,
  principal: Principal,
  { clock = () => new Date() }: Omit<FormationDependencies, 'authenticator'> = {},
): FormationContext {
  const identity =
    principal.kind === 'user'
      ? { organisationId: principal.organisationId, userId: principal.userId }
      : { organisationId: null, userId: null };
  const data = <T>(work: (tx: Database) => Promise<T>) => withIdentity(db, identity, work);
  return {
    db,
    loaders: createLoaders(db, data),
    principal,
    data,
    today: dateInFrance(clock()),
  };
}

export function createContextFactory(db: Database, { authenticator, ...dependencies }: FormationDependencies) {
  return async (request: Request): Promise<FormationContext> =>
    contextFor(db, await authenticateRequest(authenticator, request), dependencies);
}

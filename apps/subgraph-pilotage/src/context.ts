import type { Principal } from '@navette/auth';
import { withIdentity, type Database, type RequestIdentity } from '@navette/db';
import { dateInFrance } from '@navette/domain';
import { authenticateRequest, type Authenticator } from '@navette/subgraph-server';
import type { Request } from 'express';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * Per-request context. Two ways to the database, on purpose:
 * - `db` for the `pilotage` tables (CTA, their meetings, comité de pilotage, feuille de route, avenants), which hold no
 *   personal data and which only this subgraph writes; who may write what is checked by the services;
 * - `reporting()` for the indicators: runs under row-level security as `navette_app` with the caller's organisation
 *   (packages/db `withIdentity`), where only the `reporting` views (no person) and the directory are readable in full.
 *   A query that strayed into the parcours or formation tables would see none of another organisation's rows.
 */
export interface PilotageContext {
  db: Database;
  reporting<T>(work: (tx: Database) => Promise<T>): Promise<T>;
  loaders: Loaders;
  /** Who is calling, authenticated by this subgraph itself (never trusting the gateway alone). */
  principal: Principal;
  /** Today's date in France, `YYYY-MM-DD` (a clock the tests can fix). */
  today: string;
  /** The server's clock (the same the tests fix): when a provided figure is received, when indicators are computed. */
  now: () => Date;
}

export interface PilotageDependencies {
  authenticator: Authenticator;
  clock?: () => Date;
}

function identityOf(principal: Principal): RequestIdentity {
  return principal.kind === 'user'
    ? { organisationId: principal.organisationId, userId: principal.userId }
    : { organisationId: null, userId: null };
}

/**
 * The context of one call made by `principal`, without HTTP: what `createContextFactory` builds for each request once
 * it has authenticated it, and what the use-case tests build for a principal of their choice.
 */
export function contextFor(
  db: Database,
  principal: Principal,
  { clock = () => new Date() }: Omit<PilotageDependencies, 'authenticator'> = {},
): PilotageContext {
  const identity = identityOf(principal);
  return {
    db,
    reporting: (work) => withIdentity(db, identity, work),
    loaders: createLoaders(db),
    principal,
    today: dateInFrance(clock()),
    now: clock,
  };
}

export function createContextFactory(db: Database, { authenticator, ...dependencies }: PilotageDependencies) {
  return async (request: Request): Promise<PilotageContext> =>
    contextFor(db, await authenticateRequest(authenticator, request), dependencies);
}

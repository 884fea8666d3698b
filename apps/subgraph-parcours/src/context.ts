import type { Principal } from '@navette/auth';
import type { Database } from '@navette/db';
import type { Authenticator } from '@navette/subgraph-server';
import type { Request } from 'express';

export interface ParcoursContext {
  db: Database;
  /** Who is calling, authenticated by this subgraph itself (never trusting the gateway alone). */
  principal: Principal;
  /** Today's date in France, `YYYY-MM-DD` (a clock the tests can fix). */
  today: string;
}

export interface ParcoursDependencies {
  authenticator: Authenticator;
  clock?: () => Date;
}

export function createContextFactory(db: Database, { authenticator, clock = () => new Date() }: ParcoursDependencies) {
  return async (request: Request): Promise<ParcoursContext> => ({
    db,
    principal: await authenticator.authenticate(request.headers.authorization),
    today: clock().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }),
  });
}

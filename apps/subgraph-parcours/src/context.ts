import type { Database } from '@navette/db';

export interface ParcoursContext {
  db: Database;
  /** Today's date in France, `YYYY-MM-DD` (a clock the tests can fix). */
  today: string;
}

export function createContextFactory(db: Database, clock: () => Date = () => new Date()) {
  return async (): Promise<ParcoursContext> => ({
    db,
    today: clock().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }),
  });
}

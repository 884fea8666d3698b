import type { Principal } from '@navette/auth';
import {
  exportPersonForFollower,
  withIdentity,
  type Database,
  type PersonRecordExport,
  type RequestIdentity,
} from '@navette/db';
import { dateInFrance } from '@navette/domain';
import { actorOf, authenticateRequest, type Authenticator, type RateLimiter } from '@navette/subgraph-server';
import type { Request } from 'express';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * Per-request context. There is deliberately no raw database handle here: every read and write goes through
 * `data()`, which runs it under row-level security with the caller's organisation (migration 0004), so a resolver
 * that forgets a filter still sees only what DESIGN §4 allows.
 */
export interface ParcoursContext {
  /** Who is calling, authenticated by this subgraph itself (never trusting the gateway alone). */
  principal: Principal;
  identity: RequestIdentity;
  /** Runs `work` in one transaction bound to the caller's identity. Never nest calls. */
  data<T>(work: (tx: Database) => Promise<T>): Promise<T>;
  /**
   * A person's whole record for the person's request (issue 19 §4), when the caller follows them (checked under its
   * row-level security), with its PERSON_EXPORTED audit event; null when the person is unknown to the caller. The one
   * read of other organisations' rows a request may make (@navette/db `exportPersonForFollower`).
   */
  exportPersonRecord(personId: string): Promise<PersonRecordExport | null>;
  loaders: Loaders;
  /** Actor columns of the audit trail. */
  actor: ReturnType<typeof actorOf>;
  /** Portal or API client that sent the request (`x-navette-client`). */
  client: string | null;
  /** Today's date in France, `YYYY-MM-DD` (a clock the tests can fix). */
  today: string;
  /** People whose record this request has already written to the audit trail. */
  auditedPeople: Set<string>;
  /** Rate limits of the look-ups (issue 11); null when the product runs without. */
  rateLimiter: RateLimiter | null;
  /** The client's address as the gateway worked it out (`x-navette-client-ip`), else this request's peer. */
  clientIp: string | null;
}

export interface ParcoursDependencies {
  authenticator: Authenticator;
  clock?: () => Date;
  rateLimiter?: RateLimiter | undefined;
}

function clientIpOf(request: Request): string | null {
  const forwarded = request.headers['x-navette-client-ip'];
  return (typeof forwarded === 'string' && forwarded.length <= 64 ? forwarded : request.socket.remoteAddress) ?? null;
}

export function identityOf(principal: Principal): RequestIdentity {
  return principal.kind === 'user'
    ? { organisationId: principal.organisationId, userId: principal.userId }
    : { organisationId: null, userId: null };
}

/** What a request brings besides its principal: the headers the gateway passed on. */
export interface RequestFacts {
  client: string | null;
  clientIp: string | null;
}

/**
 * The context of one call made by `principal`, without HTTP: what `createContextFactory` builds for each request once
 * it has authenticated it, and what the use-case tests build for a principal of their choice.
 */
export function contextFor(
  db: Database,
  principal: Principal,
  { clock = () => new Date(), rateLimiter }: Omit<ParcoursDependencies, 'authenticator'> = {},
  { client, clientIp }: RequestFacts = { client: null, clientIp: null },
): ParcoursContext {
  const identity = identityOf(principal);
  const data = <T>(work: (tx: Database) => Promise<T>) => withIdentity(db, identity, work);
  const context: ParcoursContext = {
    principal,
    identity,
    data,
    exportPersonRecord: (personId) =>
      exportPersonForFollower(db, identity, personId, { ...actorOf(principal), client }, clock()),
    loaders: undefined as unknown as Loaders,
    actor: actorOf(principal),
    client,
    today: dateInFrance(clock()),
    auditedPeople: new Set(),
    rateLimiter: rateLimiter ?? null,
    clientIp,
  };
  context.loaders = createLoaders(context);
  return context;
}

export function createContextFactory(db: Database, { authenticator, ...dependencies }: ParcoursDependencies) {
  return async (request: Request): Promise<ParcoursContext> => {
    const principal = await authenticateRequest(authenticator, request);
    const client = request.headers['x-navette-client'];
    return contextFor(db, principal, dependencies, {
      client: typeof client === 'string' ? client.slice(0, 100) : null,
      clientIp: clientIpOf(request),
    });
  };
}

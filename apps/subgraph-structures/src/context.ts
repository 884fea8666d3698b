import type { Principal, TokenIssuer } from '@navette/auth';
import type { Database } from '@navette/db';
import { dateInFrance } from '@navette/domain';
import { authenticateRequest, type Authenticator } from '@navette/subgraph-server';
import type { Request } from 'express';
import { createLoaders, type Loaders } from './loaders.js';
import type { Mailer } from './notifications/mailer.js';

export interface StructuresContext {
  db: Database;
  loaders: Loaders;
  /** Who is calling, authenticated by this subgraph itself. */
  principal: Principal;
  issuer: TokenIssuer;
  /** The portal or API client that sent the request (`x-navette-client`), for the audit trail. */
  client: string | null;
  now: Date;
  /** Today's date in France, `YYYY-MM-DD` (a clock the tests can fix). */
  today: string;
  /** The client's address as the gateway worked it out (`x-navette-client-ip`), else this request's peer (issue 11). */
  clientIp: string | null;
  /** Where password reset links are sent (issue 14 §2); null: none are. */
  mailer: Mailer | null;
  /** Absolute URL the e-mails' links start with. */
  publicUrl: string;
  /** The caller's user agent as the gateway passed it on (`x-navette-user-agent`, issue 14): for the device label. */
  userAgent: string | null;
  /** Webhook receivers on loopback and private networks accepted (a developer's machine and the tests; issue 15 §4). */
  webhooksAllowPrivate: boolean;
  /** The secret OIDC identity assertions are signed with (the gateway's); null: OIDC sign-in refused (issue 15 §6). */
  identityAssertionSecret: string | null;
}

export interface StructuresDependencies {
  authenticator: Authenticator;
  /** Signs access tokens: only this subgraph holds the private key (sign-in lives here). */
  issuer: TokenIssuer;
  clock?: () => Date;
  /** E-mails (password reset links); none when absent. */
  mailer?: Mailer | null;
  /** Absolute URL the e-mails' links start with (default http://127.0.0.1:4000). */
  publicUrl?: string;
  /** Webhook receivers on loopback and private networks accepted (never in production; default false). */
  webhooksAllowPrivate?: boolean;
  /**
   * The secret shared with the gateway (NAVETTE_SUBGRAPH_SECRET): OIDC sign-in's identity assertions are signed with
   * it (issue 15 §6). Absent: signInWithIdentityAssertion refuses every assertion.
   */
  identityAssertionSecret?: string | null;
}

function clientIpOf(request: Request): string | null {
  const forwarded = request.headers['x-navette-client-ip'];
  return (typeof forwarded === 'string' && forwarded.length <= 64 ? forwarded : request.socket.remoteAddress) ?? null;
}

function userAgentOf(request: Request): string | null {
  const forwarded = request.headers['x-navette-user-agent'];
  return typeof forwarded === 'string' ? forwarded.slice(0, 512) : null;
}

/** What a request brings besides its principal: the headers the gateway passed on. */
export interface RequestFacts {
  client: string | null;
  clientIp: string | null;
  userAgent: string | null;
}

/**
 * The context of one call made by `principal`, without HTTP: what `createContextFactory` builds for each request once
 * it has authenticated it, and what the use-case tests build for a principal of their choice.
 */
export function contextFor(
  db: Database,
  principal: Principal,
  dependencies: Omit<StructuresDependencies, 'authenticator'>,
  { client, clientIp, userAgent }: RequestFacts = { client: null, clientIp: null, userAgent: null },
): StructuresContext {
  const { issuer, clock = () => new Date(), mailer = null } = dependencies;
  const now = clock();
  return {
    db,
    loaders: createLoaders(db),
    principal,
    issuer,
    client,
    now,
    today: dateInFrance(now),
    clientIp,
    mailer,
    // Read per request: the embedded product knows its address only once the gateway listens.
    publicUrl: dependencies.publicUrl ?? 'http://127.0.0.1:4000',
    userAgent,
    webhooksAllowPrivate: dependencies.webhooksAllowPrivate ?? false,
    identityAssertionSecret: dependencies.identityAssertionSecret ?? null,
  };
}

export function createContextFactory(db: Database, dependencies: StructuresDependencies) {
  const { authenticator } = dependencies;
  return async (request: Request): Promise<StructuresContext> => {
    const principal = await authenticateRequest(authenticator, request);
    const client = request.headers['x-navette-client'];
    return contextFor(db, principal, dependencies, {
      client: typeof client === 'string' ? client.slice(0, 100) : null,
      clientIp: clientIpOf(request),
      userAgent: userAgentOf(request),
    });
  };
}

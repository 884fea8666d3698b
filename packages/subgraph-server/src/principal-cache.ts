// One authentication per request (issue 16 §1): the gateway verifies a caller once, keeps the verified principal in a
// small cache keyed by a hash of the Authorization header, and passes it to the subgraphs signed (gateway-signature.ts).
// A cached principal is never used after its credential expires (token `exp`, session or API client expiry), nor after
// its session or client is revoked:
// - in this process at once: the identity services announce what they revoke (announceRevocation), after commit;
// - from other processes within REVOCATION_BOUND_MS: before answering from the cache, the cache reads the sessions and
//   API clients revoked since its last look, at most once per bound (one indexed query; docs/security.md).
// If that read fails, the cache is bypassed: the caller is verified against the database as without a cache.
import type { Principal } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { gte, or } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import type { Authenticator, AuthenticateOptions, VerifyingAuthenticator } from './authentication.js';

/** How long a revocation made by another process may go unseen by a gateway's cache. */
export const REVOCATION_BOUND_MS = 1_000;
/** How long a verified principal is kept at most (its credential's expiry comes first when sooner). */
export const PRINCIPAL_CACHE_TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;
/** Rows written with the application's clock: a look back covers a skew between processes' clocks. */
const CLOCK_MARGIN_MS = 5_000;

export type Revocation = { sessionId: string } | { userId: string } | { clientId: string };

const listeners = new Set<(revocation: Revocation) => void>();

/** Called by whoever revokes a session, a user's sessions or an API client, once the change is committed. */
export function announceRevocation(revocation: Revocation): void {
  for (const listener of listeners) listener(revocation);
}

export interface PrincipalCacheOptions {
  ttlMs?: number;
  revocationBoundMs?: number;
  maxEntries?: number;
  /** The time credentials' expiry is judged by (the authenticator's clock; tests move it). Ms since epoch. */
  clock?: () => number;
}

export interface CachingAuthenticator extends Authenticator {
  /** Counters for the benchmark and the tests. */
  readonly stats: { hits: number; misses: number; revocationReads: number; bypasses: number };
  /** Stops listening to this process's revocations. */
  close(): void;
}

type Entry = { principal: Principal; keys: string[]; validUntil: number | null };

export function createPrincipalCache(
  db: Database,
  inner: VerifyingAuthenticator,
  options: PrincipalCacheOptions = {},
): CachingAuthenticator {
  // Elapsed time (entries' age, the revocation bound) is the machine's; expiry is the credentials' clock's.
  const now = () => performance.now();
  const clock = options.clock ?? Date.now;
  const ttlMs = options.ttlMs ?? PRINCIPAL_CACHE_TTL_MS;
  const boundMs = options.revocationBoundMs ?? REVOCATION_BOUND_MS;
  // Which cache keys belong to a session, a user or an API client, to drop them on a revocation.
  const byOwner = new Map<string, Set<string>>();
  const cache = new LRUCache<string, Entry>({
    max: options.maxEntries ?? MAX_ENTRIES,
    ttlAutopurge: false,
    dispose: (entry, key) => {
      for (const owner of entry.keys) {
        const keys = byOwner.get(owner);
        keys?.delete(key);
        if (keys?.size === 0) byOwner.delete(owner);
      }
    },
  });
  const stats = { hits: 0, misses: 0, revocationReads: 0, bypasses: 0 };

  const drop = (owner: string) => {
    for (const key of [...(byOwner.get(owner) ?? [])]) cache.delete(key);
  };
  const onRevocation = (revocation: Revocation) => {
    if ('sessionId' in revocation) drop(`s:${revocation.sessionId}`);
    else if ('userId' in revocation) drop(`u:${revocation.userId}`);
    else drop(`c:${revocation.clientId}`);
  };
  listeners.add(onRevocation);

  // Revocations by other processes: the rows revoked since the last read (with a margin), one read at a time.
  let readSince = clock() - CLOCK_MARGIN_MS;
  let lastRead = Number.NEGATIVE_INFINITY;
  let reading: Promise<void> | null = null;
  const readRevocations = async () => {
    const startedAt = now();
    const startedAtClock = clock();
    const since = new Date(readSince);
    const [sessions, clients] = await Promise.all([
      db.select({ id: tables.sessions.id }).from(tables.sessions).where(gte(tables.sessions.revokedAt, since)),
      // Revoked, or rotated (a secret replaced twice within an overlap must stop at once too).
      db
        .select({ id: tables.apiClients.id })
        .from(tables.apiClients)
        .where(or(gte(tables.apiClients.revokedAt, since), gte(tables.apiClients.secretRotatedAt, since))),
    ]);
    stats.revocationReads += 1;
    for (const { id } of sessions) drop(`s:${id}`);
    for (const { id } of clients) drop(`c:${id}`);
    readSince = startedAtClock - CLOCK_MARGIN_MS;
    lastRead = startedAt;
  };
  const revocationsSeen = async () => {
    if (now() - lastRead < boundMs) return;
    reading ??= readRevocations().finally(() => {
      reading = null;
    });
    await reading;
  };

  return {
    stats,
    close: () => void listeners.delete(onRevocation),
    async authenticate(authorization: string | null | undefined, authenticateOptions?: AuthenticateOptions) {
      if (authorization == null || authorization === '') return inner.authenticate(authorization, authenticateOptions);
      const key = createHash('sha256').update(authorization).digest('base64url');
      if (cache.has(key)) {
        try {
          await revocationsSeen();
        } catch {
          stats.bypasses += 1;
          cache.clear();
          return inner.authenticate(authorization, authenticateOptions);
        }
        const entry = cache.get(key);
        if (entry && (entry.validUntil === null || entry.validUntil > clock())) {
          stats.hits += 1;
          return entry.principal;
        }
      }
      stats.misses += 1;
      const { principal, validUntil } = await inner.verify(authorization, authenticateOptions);
      const ttl = Math.min(ttlMs, validUntil === null ? ttlMs : validUntil - clock());
      if (ttl > 0) {
        const keys =
          principal.kind === 'user'
            ? [`s:${principal.sessionId}`, `u:${principal.userId}`]
            : principal.kind === 'api_client'
              ? [`c:${principal.clientId}`]
              : [];
        cache.set(key, { principal, keys, validUntil }, { ttl });
        for (const owner of keys) {
          let set = byOwner.get(owner);
          if (!set) byOwner.set(owner, (set = new Set()));
          set.add(key);
        }
      }
      return principal;
    },
  };
}

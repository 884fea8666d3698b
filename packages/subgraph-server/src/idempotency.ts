// Idempotent mutations (issue 12; docs/security.md "Idempotent writes"). A client sends `Idempotency-Key: <key>` with
// a mutation (the gateway passes the header on to the subgraphs). The first request with a key, for a principal and a
// subgraph, runs and its answer is kept 24 h with a hash of the request; the same key with the same request replays
// that answer without running again; the same key with another request is refused; a request arriving while the
// first one runs waits for its answer. An answer without data (every field failed: the transaction rolled back, so
// nothing was written) is not kept: the key is released and a retry runs again.
import { createHash } from 'node:crypto';
import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContext,
  type GraphQLResponse,
} from '@apollo/server';
import type { Principal } from '@navette/auth';
import type { Database } from '@navette/db';
import stableStringify from 'fast-json-stable-stringify';
import { sql } from 'drizzle-orm';
import { Kind, OperationTypeNode } from 'graphql';
import { currentLogger, serializeError } from './logging.js';
import { startPeriodicJob } from './periodic-job.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long an answer is kept and replayed (and after which the expiry job removes it). */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
/** Printable ASCII without spaces, as the IETF draft "The Idempotency-Key HTTP Header Field" suggests (a UUID fits). */
const KEY_FORMAT = /^[A-Za-z0-9._:-]{8,100}$/;

export interface IdempotencyOptions<Context extends BaseContext> {
  db: Database;
  subgraph: string;
  /** Who is calling: answers are kept per principal. Anonymous callers get no idempotency. */
  principalOf: (context: Context) => Principal;
  /** Mutations never keyed (their answers hold secrets, e.g. tokens): signIn, renewSession… */
  exclude?: readonly string[];
  /** How long a request waits for the first one with its key before being told it is still running. */
  waitMs?: number;
}

/** SHA-256 of the request as the subgraph received it: document, operation name and variables, keys sorted. */
export function requestHash(request: {
  query?: string | undefined;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | undefined;
}): string {
  const canonical = stableStringify({
    query: request.query ?? '',
    operationName: request.operationName ?? null,
    variables: request.variables ?? {},
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** The key a request carries: undefined when none, null when malformed. */
export function idempotencyKeyOf(value: string | undefined): string | null | undefined {
  if (value === undefined || value === '') return undefined;
  return KEY_FORMAT.test(value) ? value : null;
}

export function principalKey(principal: Principal): string | null {
  if (principal.kind === 'user') return `user:${principal.userId}`;
  if (principal.kind === 'api_client') return `client:${principal.clientId}`;
  return null;
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

function errorResponse(code: string, message: string): GraphQLResponse {
  return {
    http: { status: 200, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { data: null, errors: [{ message, extensions: { code } }] } },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when the answer wrote something (some field has data): it is kept; otherwise the key is released. */
function wroteSomething(body: GraphQLResponse['body']): boolean {
  if (body.kind !== 'single') return false;
  const data = body.singleResult.data;
  return data != null && Object.values(data).some((value) => value != null);
}

export function idempotencyPlugin<Context extends BaseContext>(
  options: IdempotencyOptions<Context>,
): ApolloServerPlugin<Context> {
  const { db, subgraph } = options;
  const exclude = new Set(options.exclude ?? []);
  const waitMs = options.waitMs ?? 5_000;

  return {
    requestDidStart() {
      /** Set when this request owns the key (it inserted the IN_PROGRESS row). */
      let owned: { principal: string; key: string } | null = null;
      return Promise.resolve({
        async responseForOperation(requestContext: GraphQLRequestContext<Context>) {
          const operation = requestContext.operation;
          if (operation?.operation !== OperationTypeNode.MUTATION) return null;
          const key = idempotencyKeyOf(requestContext.request.http?.headers.get(IDEMPOTENCY_HEADER));
          if (key === undefined) return null;
          const fields = operation.selectionSet.selections.flatMap((s) =>
            s.kind === Kind.FIELD ? [s.name.value] : [],
          );
          if (fields.some((f) => exclude.has(f))) return null;
          const principal = principalKey(options.principalOf(requestContext.contextValue));
          if (!principal) return null;
          if (key === null) {
            return errorResponse(
              'BAD_USER_INPUT',
              'En-tête Idempotency-Key invalide : de 8 à 100 caractères parmi lettres, chiffres, « . _ : - ».',
            );
          }
          const hash = requestHash(requestContext.request);
          const deadline = Date.now() + waitMs;
          for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
            // Claim the key; an expired row (the job has not removed it yet) is taken over as if absent.
            const claimed = rowsOf<{ key: string }>(
              await db.execute(sql`
                insert into idempotency.keys (subgraph, principal, key, request_hash)
                values (${subgraph}, ${principal}, ${key}, ${hash})
                on conflict (subgraph, principal, key) do update
                  set request_hash = excluded.request_hash, state = 'IN_PROGRESS', response = null, created_at = now(), completed_at = null
                  where keys.created_at < now() - make_interval(hours => ${IDEMPOTENCY_RETENTION_HOURS})
                returning key`),
            );
            if (claimed.length > 0) {
              owned = { principal, key };
              return null; // run the mutation; willSendResponse keeps its answer
            }
            const [existing] = rowsOf<{ request_hash: string; state: string; response: unknown }>(
              await db.execute(sql`select request_hash, state, response from idempotency.keys
                where subgraph = ${subgraph} and principal = ${principal} and key = ${key}`),
            );
            if (!existing) continue; // released meanwhile: claim it again
            if (existing.request_hash !== hash) {
              return errorResponse(
                'CONFLICT',
                'Cette clé d’idempotence a déjà servi pour une autre demande : envoyez une nouvelle clé pour une nouvelle demande.',
              );
            }
            if (existing.state === 'DONE') {
              const stored = (
                typeof existing.response === 'string' ? JSON.parse(existing.response) : existing.response
              ) as Record<string, unknown>;
              return {
                http: { status: 200, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
                body: { kind: 'single', singleResult: stored },
              };
            }
            if (Date.now() >= deadline) {
              return errorResponse(
                'CONFLICT',
                'Cette demande est déjà en cours de traitement : patientez quelques instants puis rechargez la page.',
              );
            }
            await sleep(pause);
          }
        },

        async willSendResponse(requestContext) {
          if (!owned) return;
          const { principal, key } = owned;
          owned = null;
          const body = requestContext.response.body;
          try {
            if (body.kind === 'single' && wroteSomething(body)) {
              const { data, errors } = body.singleResult;
              const stored = { data, ...(errors ? { errors } : {}) };
              await db.execute(sql`update idempotency.keys set state = 'DONE', response = ${JSON.stringify(stored)}::jsonb, completed_at = now()
                where subgraph = ${subgraph} and principal = ${principal} and key = ${key}`);
            } else {
              await db.execute(
                sql`delete from idempotency.keys where subgraph = ${subgraph} and principal = ${principal} and key = ${key}`,
              );
            }
          } catch (error) {
            // The answer still goes out; a retry with this key will find it IN_PROGRESS until the retention ends.
            currentLogger().error({ subgraph, err: serializeError(error) }, 'idempotency key not recorded');
          }
        },
      });
    },
  };
}

/** Removes the keys older than the retention; returns how many. */
export async function expireIdempotencyKeys(
  db: Database,
  retentionHours = IDEMPOTENCY_RETENTION_HOURS,
): Promise<number> {
  const removed = rowsOf<{ n: number }>(
    await db.execute(sql`with gone as (delete from idempotency.keys where created_at < now() - make_interval(hours => ${retentionHours}) returning 1)
      select count(*)::int as n from gone`),
  );
  return Number(removed[0]?.n ?? 0);
}

/**
 * Runs the expiry now and then every `intervalMs` (like the tacit-grant job); returns a function that stops it and
 * waits for a run in flight. Several processes may run it: a delete is idempotent.
 */
export function startIdempotencyExpiryJob(db: Database, intervalMs = 15 * 60_000): () => Promise<void> {
  return startPeriodicJob({
    name: 'idempotency-expiry',
    intervalMs,
    run: () => expireIdempotencyKeys(db),
    describe: (removed) =>
      removed > 0 ? { level: 'info', fields: { removed }, msg: 'expired idempotency keys removed' } : undefined,
  });
}

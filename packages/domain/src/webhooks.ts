// Change notifications for third parties (issue 15 §4): an API client subscribes to public event types within its
// scopes and receives webhooks signed per the Standard Webhooks scheme (https://www.standardwebhooks.com/). The
// events are read from the same outbox as the notifications (written in the transaction of the change); a webhook
// carries the event's type and ids only — never a person's data, and never an event of data the client may not read.
// The rules here are pure; the delivery (HTTP, signatures, addresses) is the structures subgraph's.
import { ok, refuse, type Result } from './result.js';

/**
 * The public event types, the outbox type each one is read from, and the scope a client must hold to receive it.
 * Conventions are in the directory's public part (DESIGN §4 "conventions locales, référents": API clients, public
 * part only); offers are public offers (§4 "offers"). Indicators are not announced change by change: a per-change
 * signal on a small cell would tell who just entered a parcours, what the statistical secrecy hides (fiche 1).
 */
export const WEBHOOK_EVENT_TYPES = {
  'offer.published': {
    outboxType: 'JOB_OFFER_PUBLISHED',
    scope: 'offers:read',
    description: 'Une SIAE (ou son agence) a publié une offre d’emploi.',
  },
  'offer.closed': {
    outboxType: 'JOB_OFFER_CLOSED',
    scope: 'offers:read',
    description: 'Une offre d’emploi a été clôturée.',
  },
  'convention.signed': {
    outboxType: 'COOPERATION_AGREEMENT_SIGNED',
    scope: 'directory:read',
    description: 'Une convention de coopération locale est signée par la SIAE et son agence (accord, article 2).',
  },
  'convention.terminated': {
    outboxType: 'COOPERATION_AGREEMENT_TERMINATED',
    scope: 'directory:read',
    description: 'Une convention de coopération locale a été résiliée.',
  },
} as const satisfies Record<string, { outboxType: string; scope: string; description: string }>;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_TYPES;
export type WebhookOutboxType = (typeof WEBHOOK_EVENT_TYPES)[WebhookEventType]['outboxType'];

export const WEBHOOK_OUTBOX_TYPES: readonly WebhookOutboxType[] = Object.values(WEBHOOK_EVENT_TYPES).map(
  (t) => t.outboxType,
);

export function isWebhookEventType(value: string): value is WebhookEventType {
  return Object.prototype.hasOwnProperty.call(WEBHOOK_EVENT_TYPES, value);
}

/** The public type of an outbox event, or null when the event is not announced to third parties. */
export function webhookEventTypeOf(outboxType: string): WebhookEventType | null {
  for (const [type, spec] of Object.entries(WEBHOOK_EVENT_TYPES)) {
    if (spec.outboxType === outboxType) return type as WebhookEventType;
  }
  return null;
}

/** At most this many subscriptions per API client. */
export const WEBHOOK_MAX_SUBSCRIPTIONS = 10;
/** A delivery is tried this many times, then given up (FAILED); the client may replay it. */
export const WEBHOOK_MAX_ATTEMPTS = 10;
/** After a secret's rotation the previous one still signs (a second signature) this long. */
export const WEBHOOK_SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;
/** The receiver must answer within this time (else: a failed attempt, retried). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The wait before the next attempt after `attempts` failed ones: 30 s, doubling, at most 6 h — ten attempts span about
 * 17 hours (Standard Webhooks recommends exponential backoff with a cap).
 */
export function webhookRetryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}

export type WebhookSubscriptionRefusal =
  | 'WEBHOOK_URL_INVALID'
  | 'WEBHOOK_URL_NOT_HTTPS'
  | 'WEBHOOK_URL_PRIVATE_ADDRESS'
  | 'WEBHOOK_EVENT_TYPES_EMPTY'
  | 'WEBHOOK_EVENT_TYPE_UNKNOWN'
  | 'WEBHOOK_EVENT_TYPE_NOT_ALLOWED';

/** Host names that name this machine or a private network whatever DNS says. */
const LOCAL_NAMES = /^(localhost|localhost\.localdomain|.*\.localhost|.*\.local|.*\.internal)$/i;

/**
 * The receiver's URL: `https://` with a host name (no user name or password in it), at most 2,000 characters. An IP
 * literal or a local name is refused here (the delivery checks the addresses DNS gives too). `allowPrivate` is for a
 * developer's own machine and the tests (http and loopback then accepted), never in production.
 */
export function validateWebhookUrl(
  raw: string,
  { allowPrivate = false }: { allowPrivate?: boolean } = {},
): Result<string, WebhookSubscriptionRefusal> {
  const text = raw.trim();
  let url: URL;
  try {
    if (text.length === 0 || text.length > 2000) throw new Error('length');
    url = new URL(text);
  } catch {
    return refuse('WEBHOOK_URL_INVALID', 'Adresse de réception invalide : une URL complète est attendue (https://…).');
  }
  if (url.username || url.password || url.hash)
    return refuse(
      'WEBHOOK_URL_INVALID',
      'L’adresse de réception ne doit contenir ni identifiant, ni mot de passe, ni fragment (#).',
    );
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return refuse('WEBHOOK_URL_NOT_HTTPS', 'L’adresse de réception doit commencer par https://.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const ipLiteral = /^[\d.]+$/.test(host) || host.includes(':');
  if (!allowPrivate && (ipLiteral || LOCAL_NAMES.test(host) || !host.includes('.')))
    return refuse(
      'WEBHOOK_URL_PRIVATE_ADDRESS',
      'L’adresse de réception doit être un nom de domaine public (pas une adresse IP ni un nom local).',
    );
  return ok(url.toString());
}

/**
 * The event types asked for: at least one, each known, each within the client's scopes (a client is never told of
 * changes to data it may not read). Returns them sorted, without duplicates.
 */
export function validateWebhookEventTypes(
  types: readonly string[],
  scopes: readonly string[],
): Result<WebhookEventType[], WebhookSubscriptionRefusal> {
  if (types.length === 0) return refuse('WEBHOOK_EVENT_TYPES_EMPTY', 'Choisissez au moins un type d’événement.');
  for (const type of types) {
    if (!isWebhookEventType(type))
      return refuse('WEBHOOK_EVENT_TYPE_UNKNOWN', `Type d’événement inconnu : « ${type} ».`);
    if (!scopes.includes(WEBHOOK_EVENT_TYPES[type].scope))
      return refuse(
        'WEBHOOK_EVENT_TYPE_NOT_ALLOWED',
        `Le type d’événement « ${type} » demande l’autorisation « ${WEBHOOK_EVENT_TYPES[type].scope} », que ce client n’a pas.`,
      );
  }
  return ok([...new Set(types)].sort() as WebhookEventType[]);
}

/** Whether a client holding `scopes` may receive an event of `type` (checked again at each delivery). */
export function mayReceiveWebhook(type: WebhookEventType, scopes: readonly string[]): boolean {
  return scopes.includes(WEBHOOK_EVENT_TYPES[type].scope);
}

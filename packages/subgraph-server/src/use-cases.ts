// The shape every use case shares (STYLE.md, immersion-facile's use cases): an input schema (zod) parsed at the
// boundary, errors from one catalogue per subgraph with a stable `extensions.reason` that clients and tests rely on
// (never the message text), French messages for the people using the portals.
import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import { userError, type UserErrorCode } from './errors.js';

/** One entry of a subgraph's catalogue: the GraphQL code, the stable reason and the French message. */
export type ErrorEntry<P extends unknown[] = never[]> = {
  code: UserErrorCode;
  reason: string;
  message: string | ((...params: P) => string);
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry brings its own parameters
type AnyEntry = ErrorEntry<any[]>;
type Params<E> = E extends { message: (...params: infer P) => string } ? P : [];

export type ErrorCatalogue<C extends Record<string, AnyEntry>> = {
  readonly [K in keyof C]: (...params: Params<C[K]>) => GraphQLError;
} & {
  /** Every entry, for the tests and the developers' documentation (code, reason). */
  readonly entries: Readonly<C>;
};

/**
 * A subgraph's error catalogue: `errors.approvalNotFound()` throws the same code, reason and message wherever it is
 * raised. Reasons must be unique within a catalogue (checked here, at start-up).
 */
export function defineErrorCatalogue<const C extends Record<string, AnyEntry>>(entries: C): ErrorCatalogue<C> {
  const seen = new Map<string, string>();
  const catalogue: Record<string, unknown> = { entries };
  for (const [name, entry] of Object.entries(entries)) {
    const other = seen.get(entry.reason);
    if (other) throw new Error(`error catalogue: reason ${entry.reason} used by both ${other} and ${name}`);
    seen.set(entry.reason, name);
    catalogue[name] = (...params: unknown[]) =>
      userError(entry.code, typeof entry.message === 'function' ? entry.message(...params) : entry.message, {
        reason: entry.reason,
      });
  }
  return catalogue as ErrorCatalogue<C>;
}

// French messages for this parse only (the services' own configuration errors stay in English, for the logs).
const french = z.locales.fr().localeError;

/** Labels of an input's fields as the user sees them on the form (`{ birthDate: 'Date de naissance' }`). */
export type FieldLabels = Readonly<Record<string, string>>;

/**
 * Parses a use case's input with its schema. A refusal is `BAD_USER_INPUT` with reason `INVALID_INPUT`, the first
 * field's label in `field` and a French message (zod's French locale, or the schema's own message); the value sent is
 * never echoed (it may be personal data).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, labels: FieldLabels = {}): z.output<S> {
  const result = schema.safeParse(input, { error: french });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = issue.path.map(String).find((part) => labels[part] !== undefined) ?? issue.path.map(String).join('.');
  const label = labels[key] ?? key;
  const message = label ? `${label} : ${lowerFirst(issue.message)}` : issue.message;
  throw userError('BAD_USER_INPUT', message.endsWith('.') ? message : `${message}.`, {
    reason: 'INVALID_INPUT',
    ...(label ? { field: label } : {}),
  });
}

const lowerFirst = (text: string) =>
  text.length > 1 && text[1] === text[1]!.toLowerCase() ? text[0]!.toLowerCase() + text.slice(1) : text;

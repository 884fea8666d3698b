/**
 * Outcome of an operation that may refuse (same convention as `@navette/domain`).
 *
 * A refusal is never thrown: it is returned as `{ ok: false, code, message }` with a stable
 * machine `code` (UPPER_SNAKE_CASE, part of the public contract) and a French `message` a user
 * can read. Exceptions are reserved for programming or configuration errors (e.g. a malformed
 * signing key).
 */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Refusal<C extends string = string> = {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
};
export type Result<T, C extends string = string> = Ok<T> | Refusal<C>;

/** Wraps a successful value. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Builds a refusal with a stable code and a French message. */
export function refuse<C extends string>(code: C, message: string): Refusal<C> {
  return { ok: false, code, message };
}

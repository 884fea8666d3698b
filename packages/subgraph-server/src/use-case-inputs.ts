// The pieces of input schemas and refusals every subgraph's use cases share (STYLE.md, immersion-facile's use cases):
// dates `YYYY-MM-DD`, free texts trimmed and bounded, and the domain's refusals raised through the subgraph's catalogue.
// The messages read after the field's label once parseInput has prefixed it: « Ordre du jour : champ obligatoire. ».
import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { ErrorCatalogue, ErrorEntry } from './use-cases.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written `YYYY-MM-DD` (not `2026-02-30`), as the `Date` scalar accepts it. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const INVALID_DATE = 'Date invalide (format attendu AAAA-MM-JJ)';
const REQUIRED = 'Champ obligatoire';
/** 10000 → « 10 000 », as a form writes it. */
const frenchNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const atMost = (max: number) => `${frenchNumber(max)} caractères au plus`;

/** A required date `YYYY-MM-DD`; empty or missing is « champ obligatoire ». */
export const dateInput = () =>
  z
    .string()
    .nullish()
    .transform((value) => value ?? '')
    .pipe(z.string().min(1, REQUIRED).refine(isCalendarDate, INVALID_DATE));

/** An optional date `YYYY-MM-DD`: missing or empty is null. */
export const optionalDateInput = () =>
  z
    .string()
    .nullish()
    .transform((value) => (value == null || value === '' ? null : value))
    .refine((value) => value === null || isCalendarDate(value), INVALID_DATE);

/** A required free text, trimmed, of `max` characters at most. */
export const textInput = (max: number) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().min(1, REQUIRED).max(max, atMost(max)));

/** An optional free text, trimmed, of `max` characters at most: missing or blank is null. */
export const optionalTextInput = (max: number) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().max(max, atMost(max)))
    .transform((value) => (value === '' ? null : value));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry brings its own parameters
type ReasonOf<C extends Record<string, ErrorEntry<any[]>>> = C[keyof C]['reason'];

/**
 * A refusal of `@navette/domain` (`{ code, message }`) raised as the catalogue's entry whose reason is its code, with
 * the domain's French message: the entry is `{ reason: 'ACTIVITY_OUTSIDE_PARCOURS', message: (text: string) => text }`.
 * A code the catalogue lacks does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry brings its own parameters
export function refusalError<C extends Record<string, ErrorEntry<any[]>>>(
  catalogue: ErrorCatalogue<C>,
  refusal: { code: ReasonOf<C>; message: string },
): GraphQLError {
  const name = Object.keys(catalogue.entries).find((key) => catalogue.entries[key]!.reason === refusal.code);
  if (name === undefined) throw new Error(`error catalogue: no entry for the refusal ${String(refusal.code)}`);
  const raise = catalogue[name as keyof C] as unknown as (message: string) => GraphQLError;
  return raise(refusal.message);
}

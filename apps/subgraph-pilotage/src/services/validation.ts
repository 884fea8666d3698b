// Input checks at the boundary: a clear French message, nothing written. Business rules stay in @navette/domain.
import { compareIsoDates, formatFrenchDate, parseIsoDate, type IsoDate } from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import { isUuid } from '../loaders.js';

export function isoDate(value: string, label: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw userError('BAD_USER_INPUT', `${label} : date invalide (format attendu AAAA-MM-JJ).`, { field: label });
  return parsed.value;
}

export function optionalIsoDate(value: string | null | undefined, label: string): IsoDate | null {
  return value == null || value === '' ? null : isoDate(value, label);
}

export function requiredIsoDate(value: string | null | undefined, label: string): IsoDate {
  if (value == null || value === '') throw userError('BAD_USER_INPUT', `${label} : champ obligatoire.`, { field: label });
  return isoDate(value, label);
}

export function notAfterToday(date: IsoDate, today: IsoDate, label: string): void {
  if (compareIsoDates(date, today) > 0) {
    throw userError('BAD_USER_INPUT', `${label} (${formatFrenchDate(date)}) ne peut pas être dans le futur.`, { field: label });
  }
}

/** `later` on or after `earlier`, else "dates in the wrong order" in the words of the form. */
export function notBefore(later: IsoDate, earlier: IsoDate, message: string, field: string): void {
  if (compareIsoDates(later, earlier) < 0) throw userError('BAD_USER_INPUT', message, { field });
}

export function requiredText(value: string | null | undefined, label: string, max = 10_000): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw userError('BAD_USER_INPUT', `${label} : champ obligatoire.`, { field: label });
  if (text.length > max) throw userError('BAD_USER_INPUT', `${label} : ${max} caractères au plus.`, { field: label });
  return text;
}

export function optionalText(value: string | null | undefined, label: string, max = 10_000): string | null {
  const text = (value ?? '').trim();
  if (text.length === 0) return null;
  if (text.length > max) throw userError('BAD_USER_INPUT', `${label} : ${max} caractères au plus.`, { field: label });
  return text;
}

/** A year the governance screens may ask about (the accord was signed in 2016; ten years ahead at most). */
export function year(value: number, today: IsoDate, label = 'Année'): number {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(value) || value < 2000 || value > current + 10) {
    throw userError('BAD_USER_INPUT', `${label} : année invalide (de 2000 à ${current + 10}).`, { field: label });
  }
  return value;
}

const DEPARTEMENT_CODE = /^(\d{2,3}|2A|2B)$/;

/** A département code as INSEE writes it ("21", "2A", "971"). */
export function departementCode(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (!DEPARTEMENT_CODE.test(value)) {
    throw userError('BAD_USER_INPUT', `Département : code « ${value.slice(0, 10)} » invalide (par exemple 21, 2A ou 971).`, { field: 'departement' });
  }
  return value;
}

export const notFound = (what: string) => userError('NOT_FOUND', `${what} introuvable.`);

/** An id the caller sent: a malformed id is as unknown as an id of no row. */
export function knownId(id: string, what: string): string {
  if (!isUuid(id)) throw notFound(what);
  return id;
}

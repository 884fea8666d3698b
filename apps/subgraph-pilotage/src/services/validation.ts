// Checks at the boundary that the input schemas cannot make alone (they depend on today or on the row): a French
// message from the catalogue, nothing written. Business rules stay in @navette/domain.
import { compareIsoDates, parseIsoDate, type IsoDate } from '@navette/domain';
import { errors } from '../errors.js';

/** A date argument of a read (the indicators' period); the use cases' dates come through their input schemas. */
export function isoDate(value: string, label: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw errors.invalidDate(label);
  return parsed.value;
}

/** `label` reads as the subject of the sentence: « La date de la réunion (24/11/2026) ne peut pas être dans le futur. » */
export function notAfterToday(date: IsoDate, today: IsoDate, label: string): void {
  if (compareIsoDates(date, today) > 0) throw errors.dateInFuture(label, date);
}

/** A year the governance screens may ask about (the accord was signed in 2016; ten years ahead at most). */
export function year(value: number, today: IsoDate, label = 'Année'): number {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(value) || value < 2000 || value > current + 10)
    throw errors.yearOutOfRange(label, current + 10);
  return value;
}

const DEPARTEMENT_CODE = /^(\d{2,3}|2A|2B)$/;

/** A département code as INSEE writes it ("21", "2A", "971"). */
export function departementCode(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (!DEPARTEMENT_CODE.test(value)) throw errors.invalidDepartementCode(value);
  return value;
}

/** An id the caller sent, malformed ids answered as unknown ones (one check for every subgraph). */
export { knownId } from '@navette/subgraph-server';

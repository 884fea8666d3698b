// French labels of the API's enums, shared by every portal (UI in French, schema in English).

import {
  EMPLOYMENT_SERVICE_KIND_LABELS,
  EMPLOYMENT_SERVICE_KINDS,
  isOneOf,
  labelOf,
  PRESCRIBER_KIND_LABELS,
  PRESCRIBER_KINDS,
  SIAE_KIND_LABELS,
  SIAE_KINDS,
  type EmploymentServiceKind,
  type PrescriberKind,
  type SiaeKind,
} from '@navette/domain';

// The lists and their words are @navette/domain's, the API's own (issue 13): no copy here.
export { EMPLOYMENT_SERVICE_KINDS, PRESCRIBER_KINDS, SIAE_KINDS };
export type SiaeKindCode = SiaeKind;
export type PrescriberKindCode = PrescriberKind;
export type EmploymentServiceKindCode = EmploymentServiceKind;

export function isSiaeKind(value: string): value is SiaeKindCode {
  return isOneOf(SIAE_KINDS, value);
}

/** "Atelier et chantier d'insertion" for ACI; the code itself for a kind this version does not know. */
export function siaeKindLabel(kind: string): string {
  return labelOf(SIAE_KIND_LABELS, kind);
}

/** The acronym with its meaning, e.g. "ACI – Atelier et chantier d'insertion", for select options. */
export function siaeKindOptionLabel(kind: SiaeKindCode): string {
  return `${kind} – ${SIAE_KIND_LABELS[kind]}`;
}

export function prescriberKindLabel(kind: string): string {
  return labelOf(PRESCRIBER_KIND_LABELS, kind);
}

export function employmentServiceKindLabel(kind: string): string {
  return labelOf(EMPLOYMENT_SERVICE_KIND_LABELS, kind);
}

/** "1 structure", "42 structures", "Aucune structure" (French plural: 0 and 1 are singular). */
export function countLabel(count: number, singular: string, plural: string, none?: string): string {
  if (count === 0 && none !== undefined) return none;
  return `${new Intl.NumberFormat('fr-FR').format(count)} ${count <= 1 ? singular : plural}`;
}

import { compareIsoDates, isWithin, toPlainDate, type IsoDate, formatFrenchDate as frDate } from './iso-date.js';
import { ok, refuse, type Result } from './result.js';

/**
 * Who may prescribe a parcours (accord, annexe 4 §2.1 and §3 "La prescription"): the
 * prescripteurs de droit — Pôle emploi, Missions locales, Cap emploi — and the prescripteurs
 * habilités par le Préfet après avis du CDIAE. Any other organisation may only orient.
 */
export const PRESCRIBER_KINDS = ['POLE_EMPLOI', 'MISSION_LOCALE', 'CAP_EMPLOI', 'HABILITE'] as const;
export type PrescriberKind = (typeof PRESCRIBER_KINDS)[number];

export const RIGHTFUL_PRESCRIBER_KINDS: readonly PrescriberKind[] = ['POLE_EMPLOI', 'MISSION_LOCALE', 'CAP_EMPLOI'];

export const PRESCRIBER_KIND_LABELS: Readonly<Record<PrescriberKind, string>> = {
  POLE_EMPLOI: 'Pôle emploi',
  MISSION_LOCALE: 'Mission locale',
  CAP_EMPLOI: 'Cap emploi',
  HABILITE: 'Prescripteur habilité par le Préfet',
};

/** A habilitation by the Préfet, both days included; no end date = until further notice. */
export interface Habilitation {
  readonly startOn: IsoDate;
  readonly endOn?: IsoDate | null;
}

export interface PrescriberOrganisation {
  readonly kind: PrescriberKind;
  /** For HABILITE: the habilitation periods (a renewed habilitation adds a period). */
  readonly habilitations?: readonly Habilitation[];
}

export type PrescriptionRefusalCode =
  'PRESCRIBER_NOT_HABILITATED' | 'HABILITATION_NOT_STARTED' | 'HABILITATION_EXPIRED';

export type PrescriptionBasis = 'DE_DROIT' | 'HABILITATION';

/**
 * May the organisation prescribe on `on`? (accord, annexe 4 §2.1; fiche 2 "liste préfectorale
 * habilitant les prescripteurs hors du droit commun").
 * Prescripteurs de droit always may (value "DE_DROIT"); a habilité only within one of its
 * habilitation periods (value "HABILITATION"). Returns a Result: test `.ok`.
 */
export function canPrescribe(
  organisation: PrescriberOrganisation,
  on: IsoDate,
): Result<PrescriptionBasis, PrescriptionRefusalCode> {
  toPlainDate(on);
  if (RIGHTFUL_PRESCRIBER_KINDS.includes(organisation.kind)) return ok('DE_DROIT');
  const periods = organisation.habilitations ?? [];
  if (periods.some((h) => isWithin(on, h.startOn, h.endOn))) return ok('HABILITATION');
  if (periods.length === 0) {
    return refuse(
      'PRESCRIBER_NOT_HABILITATED',
      "Cette structure n'est pas habilitée par le Préfet à prescrire un parcours d'insertion par l'activité économique.",
    );
  }
  if (periods.every((h) => compareIsoDates(on, h.startOn) < 0)) {
    return refuse(
      'HABILITATION_NOT_STARTED',
      `L'habilitation de cette structure ne commence que le ${frDate(periods.map((h) => h.startOn).sort()[0] ?? on)}.`,
    );
  }
  return refuse(
    'HABILITATION_EXPIRED',
    "L'habilitation de cette structure à prescrire n'est plus valide à cette date ; elle doit être renouvelée par le Préfet.",
  );
}

/** The kinds of organisation whose agents diagnose and prescribe (values of the principal's organisation kind). */
export type PrescribingOrganisationKind = 'PRESCRIBER_ORGANISATION' | 'AGENCY';

export type PrescribingOrganisationRefusal = 'ONLY_PRESCRIBERS_PRESCRIBE';

/**
 * Whose agents diagnose and prescribe a parcours (accord, annexe 4 §3 "La prescription — pouvant être réalisée
 * uniquement par les prescripteurs de droit (Pôle-emploi, Mission locale et cap emploi) et les prescripteurs
 * habilités"; seed 004: Pôle emploi "endosse à la fois les rôles d'orienteur, de prescripteur et d'organisme
 * d'agrémentation"): the prescripteurs' organisations and the agences Pôle emploi, the latter as prescripteurs de
 * droit of kind POLE_EMPLOI. The decision on the agrément stays with another agent of the agence (mayDecideApproval).
 * SIAE, services of the État and the comité orient at most.
 */
export function mayPrescribeAs(
  organisationKind: string,
): Result<PrescribingOrganisationKind, PrescribingOrganisationRefusal> {
  if (organisationKind === 'PRESCRIBER_ORGANISATION' || organisationKind === 'AGENCY') return ok(organisationKind);
  return refuse(
    'ONLY_PRESCRIBERS_PRESCRIBE',
    'Seuls les prescripteurs de droit (Pôle emploi, Mission locale, Cap emploi) et les prescripteurs habilités établissent un diagnostic et prescrivent un parcours ; orientez la personne vers l’un d’eux.',
  );
}

export type DiagnosisDateRefusal = 'DIAGNOSIS_BEFORE_BIRTH' | 'DIAGNOSIS_BEFORE_ACCORD';

/**
 * The day a prescripteur says it diagnosed the person, bounded by reality (issue 13: a past event recorded later is
 * not in the future — checked with the other dates — nor before what it belongs to): not before the person was born,
 * nor before the accord whose criteria it ticks (annexe 2 "Éléments d'appréciation de l'éligibilité"; the accord
 * "entre en vigueur à compter de la date de sa signature", art. 4: `accordInForceFrom`). The server stores who recorded
 * it and when (`author_user_id`, `created_at`); the client only proposes the day.
 */
export function validateDiagnosisDate(
  diagnosedOn: IsoDate,
  facts: { birthDate: IsoDate; accordInForceFrom: IsoDate },
): Result<IsoDate, DiagnosisDateRefusal> {
  if (compareIsoDates(diagnosedOn, facts.birthDate) < 0)
    return refuse(
      'DIAGNOSIS_BEFORE_BIRTH',
      `La date du diagnostic (${frDate(diagnosedOn)}) est antérieure à la naissance de la personne (${frDate(facts.birthDate)}).`,
    );
  if (compareIsoDates(diagnosedOn, facts.accordInForceFrom) < 0)
    return refuse(
      'DIAGNOSIS_BEFORE_ACCORD',
      `La date du diagnostic (${frDate(diagnosedOn)}) est antérieure à l’accord régional dont il applique les critères (en vigueur depuis le ${frDate(facts.accordInForceFrom)}).`,
    );
  return ok(diagnosedOn);
}

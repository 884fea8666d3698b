/**
 * Conventions de coopération locale between a SIAE and its agence Pôle emploi (accord, article 2: "L'accord régional
 * nourrira les conventions de coopération locale entre les SIAE et les agences Pôle emploi de leur zone de
 * compétence"; fiches 2, 4, 5). For an association intermédiaire the convention is mandatory (annexe 4 §2.2.8: "une
 * convention de coopération locale doit être négociée entre l'AI et son Pôle Emploi de référence").
 */
import { compareIsoDates, formatFrenchDate, isWithin, type IsoDate } from './iso-date.js';
import { ok, refuse, type Result } from './result.js';
import type { SiaeKind } from './siae.js';

export const COOPERATION_AGREEMENT_STATUSES = ['DRAFT', 'SIGNED', 'EXPIRED', 'TERMINATED'] as const;
export type CooperationAgreementStatus = (typeof COOPERATION_AGREEMENT_STATUSES)[number];

export const COOPERATION_AGREEMENT_STATUS_LABELS: Readonly<Record<CooperationAgreementStatus, string>> = {
  DRAFT: 'En préparation',
  SIGNED: 'Signée',
  EXPIRED: 'Échue',
  TERMINATED: 'Résiliée',
};

/** The headings of a convention (accord, article 2 and fiches 2, 4, 5, 7). */
export const COOPERATION_AGREEMENT_HEADINGS = {
  prescription: 'Prescription et recrutement (fiche 4)',
  referents: 'Référents et correspondants (fiche 2)',
  offers: 'Offres d’emploi déposées à Pôle emploi (fiche 4)',
  exits: 'Préparation des sorties (fiche 7)',
} as const;

/** accord, annexe 4 §2.2.8: mandatory for an AI only. */
export function isCooperationAgreementMandatory(kind: SiaeKind): boolean {
  return kind === 'AI';
}

export interface CooperationAgreementDates {
  readonly status: CooperationAgreementStatus;
  readonly startOn: IsoDate;
  readonly endOn?: IsoDate | null;
  readonly terminatedOn?: IsoDate | null;
}

/** The status on a day: a signed convention whose end has passed is EXPIRED; a terminated one stays TERMINATED. */
export function cooperationAgreementStatusOn(
  agreement: CooperationAgreementDates,
  on: IsoDate,
): CooperationAgreementStatus {
  if (agreement.status === 'SIGNED' && agreement.endOn != null && compareIsoDates(on, agreement.endOn) > 0)
    return 'EXPIRED';
  return agreement.status;
}

/** Signed and covering that day (a convention signed for a later start is not in force yet). */
export function isCooperationAgreementInForce(agreement: CooperationAgreementDates, on: IsoDate): boolean {
  return (
    cooperationAgreementStatusOn(agreement, on) === 'SIGNED' && isWithin(on, agreement.startOn, agreement.endOn ?? null)
  );
}

export type CooperationAgreementRefusal =
  'AGREEMENT_DATES_OUT_OF_ORDER' | 'AGREEMENT_NOT_A_DRAFT' | 'AGREEMENT_NOT_SIGNED' | 'AGREEMENT_OVERLAPS_ANOTHER';

/** Dates of a draft: end (if any) on or after start. */
export function validateCooperationAgreementDates(
  startOn: IsoDate,
  endOn: IsoDate | null,
): Result<true, CooperationAgreementRefusal> {
  if (endOn != null && compareIsoDates(endOn, startOn) < 0) {
    return refuse(
      'AGREEMENT_DATES_OUT_OF_ORDER',
      `La fin de la convention (${formatFrenchDate(endOn)}) ne peut pas précéder son début (${formatFrenchDate(startOn)}).`,
    );
  }
  return ok(true);
}

/**
 * Signing a draft on `signedOn`: a SIAE has at most one convention in force at a time with its agence, so the new
 * period must not overlap another signed one (terminated ones end on their termination day).
 */
export function validateCooperationAgreementSignature(
  draft: CooperationAgreementDates,
  others: readonly CooperationAgreementDates[],
): Result<true, CooperationAgreementRefusal> {
  if (draft.status !== 'DRAFT')
    return refuse('AGREEMENT_NOT_A_DRAFT', 'Seule une convention en préparation peut être signée.');
  const overlapping = others.find((o) => {
    if (o.status !== 'SIGNED' && o.status !== 'TERMINATED') return false;
    const end = o.status === 'TERMINATED' ? (o.terminatedOn ?? o.endOn ?? null) : (o.endOn ?? null);
    const startsBeforeOtherEnds = end == null || compareIsoDates(draft.startOn, end) <= 0;
    const endsAfterOtherStarts = draft.endOn == null || compareIsoDates(draft.endOn, o.startOn) >= 0;
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  });
  if (overlapping) {
    return refuse(
      'AGREEMENT_OVERLAPS_ANOTHER',
      `Une convention signée couvre déjà la période à partir du ${formatFrenchDate(overlapping.startOn)} : résiliez-la ou choisissez d’autres dates.`,
    );
  }
  return ok(true);
}

/** Terminating a signed convention on `on`. */
export function validateCooperationAgreementTermination(
  agreement: CooperationAgreementDates,
  on: IsoDate,
): Result<true, CooperationAgreementRefusal> {
  if (cooperationAgreementStatusOn(agreement, on) !== 'SIGNED') {
    return refuse('AGREEMENT_NOT_SIGNED', 'Seule une convention signée et en cours peut être résiliée.');
  }
  return ok(true);
}

/**
 * Validation des profils (issue 18 §3): an agence Pôle emploi pre-validates a person's profile for an ETTI or an AI it
 * has a convention de coopération with, for a period; a demande d'agrément of that SIAE for that person received
 * within the period is decided the same day.
 *
 * accord, annexe 4 §2.2.2 (last paragraph): "Les modalités permettant de garantir voire réduire ces délais, notamment
 * le système de validation des profils et le repérage des publics par Pôle-emploi en amont des recrutements sont à
 * développer et privilégier afin de prendre en compte les contraintes et la réalité économique des SIAE notamment
 * pour les outils de mise à disposition de personnel (ETTI et AI)."
 * accord, annexe 4 §2.2.8: "Cette convention de coopération pourra intégrer une partie relative à la validation des
 * profils et au repérage des publics afin d'accélérer le cas échéant l'accord de Pôle Emploi pour l'agrément des
 * personnes".
 *
 * The accord names the kinds (ETTI and AI) and the frame (the convention de coopération); it is silent on the
 * period's length, on how far ahead a period may start and on when a renewal is announced: those are CHOSEN by the
 * platform (marked "chosen" below).
 */
import { addWorkingDays, isWorkingDay } from './calendar.js';
import { isCooperationAgreementInForce, type CooperationAgreementDates } from './cooperation-agreement.js';
import type { Departement } from './departement.js';
import {
  addDays,
  compareIsoDates,
  formatFrenchDate as fr,
  isWithin,
  minIsoDate,
  periodEnd,
  type IsoDate,
} from './iso-date.js';
import { ok, refuse, type Result } from './result.js';
import type { SiaeKind } from './siae.js';

export const PROFILE_PREVALIDATION_SOURCE =
  'accord régional IAE Bourgogne-Franche-Comté, annexe 4 §2.2.2 (dernier alinéa : "le système de validation des profils … notamment pour les outils de mise à disposition de personnel (ETTI et AI)") et §2.2.8 ("Cette convention de coopération pourra intégrer une partie relative à la validation des profils")';

/** annexe 4 §2.2.2: "les outils de mise à disposition de personnel (ETTI et AI)". */
export const PROFILE_PREVALIDATION_SIAE_KINDS: readonly SiaeKind[] = ['ETTI', 'AI'];
/** Chosen (the accord is silent on the period): a pre-validation lasts at most 3 months. */
export const PROFILE_PREVALIDATION_MONTHS = 3;
/** Chosen: a period may start at most this many days ahead (a renewal is prepared before the current one ends). */
export const PROFILE_PREVALIDATION_MAX_DAYS_AHEAD = 30;
/** Chosen: a pre-validation ending within this many days, not renewed yet, is listed to renew. */
export const PROFILE_PREVALIDATION_RENEWAL_NOTICE_DAYS = 15;
/** The kinds of request a pre-validated profile speeds up: the person's recruitment (initial or extension). */
export const PROFILE_PREVALIDATION_REQUEST_KINDS = ['INITIAL', 'EXTENSION'] as const;

export type ProfilePrevalidationRefusal =
  | 'PREVALIDATION_SIAE_KIND'
  | 'PREVALIDATION_NO_CONVENTION'
  | 'PREVALIDATION_BACKDATED'
  | 'PREVALIDATION_START_TOO_FAR'
  | 'PREVALIDATION_DATES_OUT_OF_ORDER'
  | 'PREVALIDATION_TOO_LONG'
  | 'PREVALIDATION_BEYOND_CONVENTION';

export interface ProfilePrevalidationRequest {
  /** Kind of the SIAE the profile is pre-validated for. */
  readonly siaeKind: SiaeKind;
  /** The conventions de coopération between the agence and that SIAE (any status). */
  readonly agreements: readonly CooperationAgreementDates[];
  /** The server's day (France). */
  readonly today: IsoDate;
  /** Proposed first day; the server's today when left out. */
  readonly startsOn?: IsoDate | null;
  /** Proposed last day; the longest period allowed when left out. */
  readonly endsOn?: IsoDate | null;
}

export interface ProfilePrevalidationPeriod {
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
}

/** Last day a convention covers (its end, or its termination day; null when open-ended). */
function agreementLastDay(a: CooperationAgreementDates): IsoDate | null {
  if (a.terminatedOn != null) return a.endOn != null ? minIsoDate(a.terminatedOn, a.endOn) : a.terminatedOn;
  return a.endOn ?? null;
}

/**
 * The period of a pre-validation the agence asks for, or why not (annexe 4 §2.2.2 and §2.2.8): the SIAE is an ETTI or
 * an AI; a convention de coopération with it is in force on the first day; the period starts neither before today
 * (the server's day: a pre-validation is never backdated) nor more than PROFILE_PREVALIDATION_MAX_DAYS_AHEAD ahead,
 * lasts at most PROFILE_PREVALIDATION_MONTHS months, and ends within the convention. Left out, the end is the longest
 * allowed (3 months, or the convention's end if sooner).
 */
export function validateProfilePrevalidation(
  request: ProfilePrevalidationRequest,
): Result<ProfilePrevalidationPeriod, ProfilePrevalidationRefusal> {
  const { today, siaeKind } = request;
  if (!PROFILE_PREVALIDATION_SIAE_KINDS.includes(siaeKind)) {
    return refuse(
      'PREVALIDATION_SIAE_KIND',
      'La validation des profils concerne les structures de mise à disposition de personnel : ETTI et AI (annexe 4 §2.2.2).',
    );
  }
  const startsOn = request.startsOn ?? today;
  if (compareIsoDates(startsOn, today) < 0) {
    return refuse(
      'PREVALIDATION_BACKDATED',
      `La période de validation ne peut pas commencer avant aujourd’hui (${fr(today)}).`,
    );
  }
  const latestStart = addDays(today, PROFILE_PREVALIDATION_MAX_DAYS_AHEAD);
  if (compareIsoDates(startsOn, latestStart) > 0) {
    return refuse(
      'PREVALIDATION_START_TOO_FAR',
      `La période de validation doit commencer au plus tard le ${fr(latestStart)} (${PROFILE_PREVALIDATION_MAX_DAYS_AHEAD} jours).`,
    );
  }
  const agreement = request.agreements.find((a) => isCooperationAgreementInForce(a, startsOn));
  if (!agreement) {
    return refuse(
      'PREVALIDATION_NO_CONVENTION',
      `Aucune convention de coopération signée avec cette structure n’est en vigueur le ${fr(startsOn)} : la validation des profils en fait partie (annexe 4 §2.2.8).`,
    );
  }
  const longest = periodEnd(startsOn, PROFILE_PREVALIDATION_MONTHS);
  const conventionEnd = agreementLastDay(agreement);
  const endsOn = request.endsOn ?? (conventionEnd != null ? minIsoDate(longest, conventionEnd) : longest);
  if (compareIsoDates(endsOn, startsOn) < 0) {
    return refuse(
      'PREVALIDATION_DATES_OUT_OF_ORDER',
      `La fin de la période (${fr(endsOn)}) ne peut pas précéder son début (${fr(startsOn)}).`,
    );
  }
  if (compareIsoDates(endsOn, longest) > 0) {
    return refuse(
      'PREVALIDATION_TOO_LONG',
      `Une validation de profil dure au plus ${PROFILE_PREVALIDATION_MONTHS} mois : jusqu’au ${fr(longest)} au plus tard.`,
    );
  }
  if (conventionEnd != null && compareIsoDates(endsOn, conventionEnd) > 0) {
    return refuse(
      'PREVALIDATION_BEYOND_CONVENTION',
      `La période ne peut pas dépasser la fin de la convention de coopération (${fr(conventionEnd)}).`,
    );
  }
  return ok({ startsOn, endsOn });
}

export interface StoredProfilePrevalidation extends ProfilePrevalidationPeriod {
  /** The conventions de coopération between its agence and its SIAE (any status), read when it is used. */
  readonly agreements: readonly CooperationAgreementDates[];
}

/**
 * Whether a stored pre-validation speeds up a request received on `on`: the day lies in its period and a convention
 * de coopération is still in force that day (a terminated convention ends its "partie relative à la validation des
 * profils", §2.2.8).
 */
export function isProfilePrevalidationInForce(p: StoredProfilePrevalidation, on: IsoDate): boolean {
  return isWithin(on, p.startsOn, p.endsOn) && p.agreements.some((a) => isCooperationAgreementInForce(a, on));
}

/**
 * The decision deadline of a request for a pre-validated person (annexe 4 §2.2.2 last paragraph, "réduire ces
 * délais"): the day of receipt when it is a working day, else the next working day — the request is decidable the
 * day it arrives.
 */
export function prevalidatedDecisionDeadline(receivedOn: IsoDate, departement: Departement): IsoDate {
  return isWorkingDay(receivedOn, { departement }) ? receivedOn : addWorkingDays(receivedOn, 1, { departement });
}

/**
 * Whether a pre-validation is to renew on `today`: it ends within PROFILE_PREVALIDATION_RENEWAL_NOTICE_DAYS (or
 * today) and no later one for the same person and SIAE starts after it.
 */
export function isProfilePrevalidationToRenew(
  p: ProfilePrevalidationPeriod & { readonly renewed: boolean },
  today: IsoDate,
): boolean {
  if (p.renewed) return false;
  return isWithin(p.endsOn, today, addDays(today, PROFILE_PREVALIDATION_RENEWAL_NOTICE_DAYS));
}

/** The start a renewal proposes: the day after the current period ends, or today if that is already past. */
export function profilePrevalidationRenewalStart(p: ProfilePrevalidationPeriod, today: IsoDate): IsoDate {
  const next = addDays(p.endsOn, 1);
  return compareIsoDates(next, today) < 0 ? today : next;
}

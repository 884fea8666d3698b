// The accord régional's own lifecycle: its term (article 4), its prolongation by avenant (article 5), its résiliation
// with 3 months' notice and an extraordinary comité (article 6).
import { isWorkingDay } from './calendar.js';
import { addDays, addMonths, compareIsoDates, maxIsoDate, minIsoDate, periodEnd, type IsoDate } from './iso-date.js';
import { ok, refuse, type Result } from './result.js';

/** accord, article 6: "Un préavis de 3 mois doit être respecté à compter de la réception par les autres signataires". */
export const ACCORD_TERMINATION_NOTICE_MONTHS = 3;

/**
 * The platform's choice where article 6 only says the extraordinary comité meets "au cours" of the notice: one month
 * after the receipt (moved to the next working day), so that its documents can go out 10 days before (article 3) and
 * the comité still meets two months before the résiliation takes effect.
 */
export const EXTRAORDINARY_STEERING_MEETING_AFTER_MONTHS = 1;

/** The comité sits in Dijon ("Fait à Dijon"), whose public holidays apply to its meetings. */
const STEERING_SEAT_DEPARTEMENT = '21';

export type AccordState = 'NOT_YET_IN_FORCE' | 'IN_FORCE' | 'UNDER_NOTICE' | 'ENDED';

export interface AccordTerm {
  /** article 4: "Il entre en vigueur à compter de la date de sa signature". */
  readonly signedOn: IsoDate;
  /** article 4: "conclu pour une durée courant jusqu'au 31 décembre 2018". */
  readonly initialEndsOn: IsoDate;
}

/** A résiliation request as the lifecycle needs it: its notice, and its withdrawal when withdrawn. */
export interface AccordTerminationNotice {
  readonly receivedOn: IsoDate;
  readonly withdrawnOn?: IsoDate | null;
}

/**
 * The last day of the term: article 4's, unless an avenant carried it further (article 5: "Le présent accord peut être
 * modifié par voie d'avenant"; the accord has no renewal clause, so a later term only comes from an avenant).
 */
export function accordTermEndsOn(term: AccordTerm, extensions: readonly IsoDate[]): IsoDate {
  return maxIsoDate(term.initialEndsOn, ...extensions);
}

/**
 * Last day of the notice of a résiliation received on `receivedOn` (article 6: 3 months "à compter de la réception"),
 * de quantième à quantième like every period of the platform: received on 3 December, the notice runs to 2 March.
 */
export function terminationNoticeEndsOn(receivedOn: IsoDate): IsoDate {
  return periodEnd(receivedOn, ACCORD_TERMINATION_NOTICE_MONTHS);
}

/** The first day the accord is no longer in force once the notice has run (article 6). */
export function terminationEffectiveOn(receivedOn: IsoDate): IsoDate {
  return addDays(terminationNoticeEndsOn(receivedOn), 1);
}

/** The day the extraordinary comité of article 6 is called for, within the notice (see the constant above). */
export function extraordinarySteeringMeetingOn(receivedOn: IsoDate): IsoDate {
  let day = addMonths(receivedOn, EXTRAORDINARY_STEERING_MEETING_AFTER_MONTHS);
  while (!isWorkingDay(day, { departement: STEERING_SEAT_DEPARTEMENT })) day = addDays(day, 1);
  return day;
}

function isLive(termination: AccordTerminationNotice | null | undefined): termination is AccordTerminationNotice {
  return termination != null && termination.withdrawnOn == null;
}

/** The last day the accord is in force: its term, or the end of the notice of a résiliation not withdrawn. */
export function accordEndsOn(termEndsOn: IsoDate, termination?: AccordTerminationNotice | null): IsoDate {
  return isLive(termination) ? minIsoDate(termEndsOn, terminationNoticeEndsOn(termination.receivedOn)) : termEndsOn;
}

/** Where the accord stands on `today`: in force, under notice (article 6), or ended (term or résiliation). */
export function accordState(
  term: AccordTerm,
  termEndsOn: IsoDate,
  termination: AccordTerminationNotice | null | undefined,
  today: IsoDate,
): AccordState {
  if (compareIsoDates(today, term.signedOn) < 0) return 'NOT_YET_IN_FORCE';
  if (compareIsoDates(today, accordEndsOn(termEndsOn, termination)) > 0) return 'ENDED';
  return isLive(termination) ? 'UNDER_NOTICE' : 'IN_FORCE';
}

export const ACCORD_STATE_LABELS: Readonly<Record<AccordState, string>> = {
  NOT_YET_IN_FORCE: 'Pas encore en vigueur',
  IN_FORCE: 'En vigueur',
  UNDER_NOTICE: 'En préavis de résiliation',
  ENDED: 'Terminé',
};

export type TerminationRefusal = 'ACCORD_NOT_IN_FORCE' | 'ACCORD_ENDED' | 'TERMINATION_ALREADY_REQUESTED';

/** Whether a signatory may ask for the résiliation today (article 6: "peut être demandée par l'une des parties"). */
export function mayRequestTermination(state: AccordState): Result<true, TerminationRefusal> {
  switch (state) {
    case 'IN_FORCE':
      return ok(true);
    case 'UNDER_NOTICE':
      return refuse(
        'TERMINATION_ALREADY_REQUESTED',
        'Une demande de résiliation est déjà en cours de préavis : elle doit être retirée avant toute nouvelle demande.',
      );
    case 'ENDED':
      return refuse('ACCORD_ENDED', 'L’accord a pris fin : il ne peut plus être résilié.');
    case 'NOT_YET_IN_FORCE':
      return refuse('ACCORD_NOT_IN_FORCE', 'L’accord n’est pas encore en vigueur.');
  }
}

export type WithdrawalRefusal = 'TERMINATION_ALREADY_WITHDRAWN' | 'TERMINATION_ALREADY_EFFECTIVE';

/**
 * Whether a résiliation request may be withdrawn on `today`. Article 6 is silent on a withdrawal; the platform's
 * choice: its extraordinary comité meets "pour examiner la demande, entendre les différents avis et prendre toute
 * décision utile", so the request may be withdrawn while the notice runs (until its last day), never once the
 * résiliation has taken effect.
 */
export function mayWithdrawTermination(
  termination: AccordTerminationNotice,
  today: IsoDate,
): Result<true, WithdrawalRefusal> {
  if (termination.withdrawnOn != null)
    return refuse('TERMINATION_ALREADY_WITHDRAWN', 'Cette demande de résiliation a déjà été retirée.');
  if (compareIsoDates(today, terminationNoticeEndsOn(termination.receivedOn)) > 0)
    return refuse(
      'TERMINATION_ALREADY_EFFECTIVE',
      'Le préavis est écoulé : la résiliation a pris effet et ne peut plus être retirée.',
    );
  return ok(true);
}

/** The parties that signed the accord (its last page): the État, Pôle emploi and the réseaux de l'IAE. */
export type AccordParty = 'STATE' | 'POLE_EMPLOI' | 'IAE_NETWORK';

/**
 * Whose résiliation (or its withdrawal) a user of the platform may record, by role (least privilege). The comité de
 * pilotage is "composé des représentants des signataires" and Pôle emploi "assure le secrétariat" (article 3): it
 * records the request of any signatory. A service of the État acts for the État only. Nobody else: the SIAE, the
 * agences and the prescripteurs read the accord.
 */
export function mayActForSignatory(role: string, party: AccordParty): boolean {
  if (role === 'STEERING') return true;
  return role === 'STATE' && party === 'STATE';
}

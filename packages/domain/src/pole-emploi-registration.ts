/**
 * Inscription à Pôle emploi of the people in parcours (accord, fiche 5, mise en œuvre: "Inscrire ou maintenir
 * l'inscription à Pôle emploi des salariés en parcours IAE comme demandeurs d'emploi afin qu'ils puissent accéder aux
 * prestations dont bénéficient ces derniers"), and its check 6 months after the agrément's end (fiche 7, suivi:
 * "Pourcentage de personnes inscrites à Pôle emploi 6 mois après la fin de leur agrément"; annexe 1, fiches 5 and 7).
 *
 * Two moments are recorded on a parcours (an agrément), each once (a new record replaces the previous one):
 * - DURING_PARCOURS: the situation while the agrément runs, recorded by the SIAE of the parcours or by the agence of
 *   its territory (both follow the person: fiche 5);
 * - SIX_MONTHS_AFTER_END: the situation once 6 months have passed since the end of the agrément, recorded by the
 *   agence only: the SIAE no longer employs the person and Pôle emploi holds the registrations (the platform's reading;
 *   the accord names Pôle emploi as the indicator's provider, annexe 1, fiche 7).
 * The day of the record is the server's (`checkedOn`); the user proposes the registration day, which must be possible.
 * Pure: no I/O.
 */
import {
  addMonths,
  compareIsoDates,
  formatFrenchDate as fr,
  fromPlainDate,
  toPlainDate,
  type IsoDate,
} from './iso-date.js';
import { IAE_MIN_AGE } from './reality.js';
import { ok, refuse, type Result } from './result.js';

export const REGISTRATION_CHECKPOINTS = ['DURING_PARCOURS', 'SIX_MONTHS_AFTER_END'] as const;
export type RegistrationCheckpoint = (typeof REGISTRATION_CHECKPOINTS)[number];

export const REGISTRATION_CHECKPOINT_LABELS: Readonly<Record<RegistrationCheckpoint, string>> = {
  DURING_PARCOURS: 'Pendant le parcours',
  SIX_MONTHS_AFTER_END: '6 mois après la fin de l’agrément',
};

/** Months after the agrément's end at which the registration is checked (accord, fiche 7 and annexe 1). */
export const REGISTRATION_CHECK_MONTHS = 6;

/** Who records: the SIAE of the parcours or the agence of its territory. */
export type RegistrationRecorder = 'SIAE' | 'AGENCY';

export type RegistrationRefusalCode =
  | 'REGISTRATION_DATE_REQUIRED'
  | 'REGISTRATION_DATE_WITHOUT_REGISTRATION'
  | 'REGISTRATION_DATE_IN_FUTURE'
  | 'REGISTRATION_DATE_BEFORE_MIN_AGE'
  | 'REGISTRATION_PARCOURS_ENDED'
  | 'REGISTRATION_CHECK_NOT_DUE'
  | 'REGISTRATION_CHECK_AGENCY_ONLY';

/** The first day the 6-month check may be recorded: 6 months after the agrément's last day (fiche 7). */
export function registrationCheckDueOn(approvalEndOn: IsoDate): IsoDate {
  return addMonths(approvalEndOn, REGISTRATION_CHECK_MONTHS);
}

/**
 * The latest agrément end whose 6-month check is due on `today` (`registrationCheckDueOn(end) <= today`), for the
 * agence's worklist to select with one comparison on the end date. Month arithmetic clamps (31 August + 6 months is
 * 28 February), so on the last day of a month every end of the month 6 months earlier is due.
 */
export function lastApprovalEndDueForCheck(today: IsoDate): IsoDate {
  const back = toPlainDate(addMonths(today, -REGISTRATION_CHECK_MONTHS));
  const day = toPlainDate(today);
  if (day.day !== day.daysInMonth) return fromPlainDate(back);
  return fromPlainDate(back.with({ day: back.daysInMonth }));
}

export interface RegistrationFacts {
  readonly checkpoint: RegistrationCheckpoint;
  readonly recorder: RegistrationRecorder;
  /** Registered at Pôle emploi as a job seeker on the day of the record. */
  readonly registered: boolean;
  /** The day of the (last) registration, as proposed by the user; required when registered, absent otherwise. */
  readonly registeredOn: IsoDate | null;
  /** The day of the record, in France (the server's). */
  readonly today: IsoDate;
  /** The person's date of birth, from their record. */
  readonly birthDate: IsoDate;
  /** The agrément's current last day. */
  readonly approvalEndOn: IsoDate;
}

/**
 * Whether a registration status may be recorded as proposed:
 * - registered ⇔ a registration day — REGISTRATION_DATE_REQUIRED, REGISTRATION_DATE_WITHOUT_REGISTRATION;
 * - the registration happened, so not after today — REGISTRATION_DATE_IN_FUTURE;
 * - not before the person could register: the age of 16 from the birth date of their record (IAE_MIN_AGE, the age
 *   from which the platform records a person in parcours) — REGISTRATION_DATE_BEFORE_MIN_AGE;
 * - DURING_PARCOURS while the agrément runs (until its last day; afterwards it is the 6-month check) —
 *   REGISTRATION_PARCOURS_ENDED;
 * - SIX_MONTHS_AFTER_END once due (6 months after the agrément's end, fiche 7) — REGISTRATION_CHECK_NOT_DUE, and by
 *   the agence — REGISTRATION_CHECK_AGENCY_ONLY.
 * A registration day before the parcours is accepted: "maintenir l'inscription" (fiche 5) is the usual case.
 */
export function validateRegistration(f: RegistrationFacts): Result<RegistrationFacts, RegistrationRefusalCode> {
  if (f.checkpoint === 'SIX_MONTHS_AFTER_END' && f.recorder !== 'AGENCY') {
    return refuse(
      'REGISTRATION_CHECK_AGENCY_ONLY',
      'La situation 6 mois après la fin de l’agrément est enregistrée par l’agence Pôle emploi (fiche 7).',
    );
  }
  if (f.registered && f.registeredOn == null) {
    return refuse('REGISTRATION_DATE_REQUIRED', 'Indiquez la date d’inscription à Pôle emploi.');
  }
  if (!f.registered && f.registeredOn != null) {
    return refuse(
      'REGISTRATION_DATE_WITHOUT_REGISTRATION',
      'Une date d’inscription ne s’indique que pour une personne inscrite à Pôle emploi.',
    );
  }
  if (f.registeredOn != null) {
    if (compareIsoDates(f.registeredOn, f.today) > 0) {
      return refuse(
        'REGISTRATION_DATE_IN_FUTURE',
        `La date d’inscription (${fr(f.registeredOn)}) est dans le futur : indiquez une inscription déjà faite.`,
      );
    }
    const minAge = addMonths(f.birthDate, IAE_MIN_AGE * 12);
    if (compareIsoDates(f.registeredOn, minAge) < 0) {
      return refuse(
        'REGISTRATION_DATE_BEFORE_MIN_AGE',
        `La date d’inscription (${fr(f.registeredOn)}) précède les ${IAE_MIN_AGE} ans de la personne (${fr(minAge)}).`,
      );
    }
  }
  if (f.checkpoint === 'DURING_PARCOURS' && compareIsoDates(f.today, f.approvalEndOn) > 0) {
    return refuse(
      'REGISTRATION_PARCOURS_ENDED',
      `L’agrément a pris fin le ${fr(f.approvalEndOn)} : la situation se relève désormais 6 mois après la fin (fiche 7).`,
    );
  }
  if (f.checkpoint === 'SIX_MONTHS_AFTER_END') {
    const due = registrationCheckDueOn(f.approvalEndOn);
    if (compareIsoDates(f.today, due) < 0) {
      return refuse(
        'REGISTRATION_CHECK_NOT_DUE',
        `La situation 6 mois après la fin de l’agrément (fin le ${fr(f.approvalEndOn)}) se relève à partir du ${fr(due)}.`,
      );
    }
  }
  return ok(f);
}

/** Who may record at a checkpoint (the portals show the action only to them; the API refuses the others). */
export function mayRecordRegistration(recorder: RegistrationRecorder, checkpoint: RegistrationCheckpoint): boolean {
  return checkpoint === 'DURING_PARCOURS' || recorder === 'AGENCY';
}

/**
 * Activities during the parcours entered by the SIAE: training (accord, fiche 6: "heures de formation réalisées
 * pendant le parcours"), PMSMP (fiche 5), Pôle emploi services (fiche 5) and POE (fiche 7). They count for the
 * indicators of annexe 1 only when they fall within the agrément: "pendant le parcours".
 */
import { compareIsoDates, formatFrenchDate, type IsoDate } from './iso-date.js';
import { ok, refuse, type Result } from './result.js';

export const TRAINING_KINDS = ['QUALIFYING', 'CERTIFYING', 'PRE_QUALIFYING', 'ADAPTATION', 'BASIC_SKILLS'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const TRAINING_KIND_LABELS: Readonly<Record<TrainingKind, string>> = {
  QUALIFYING: 'Formation qualifiante',
  CERTIFYING: 'Formation certifiante',
  PRE_QUALIFYING: 'Formation préqualifiante',
  ADAPTATION: 'Adaptation au poste de travail',
  BASIC_SKILLS: 'Savoirs de base',
};

/** Longest single training record the platform accepts (a full-time year). */
export const MAX_TRAINING_HOURS = 2000;

export type ActivityRefusal = 'ACTIVITY_DATES_OUT_OF_ORDER' | 'ACTIVITY_OUTSIDE_PARCOURS' | 'ACTIVITY_HOURS_INVALID';

export interface Activity {
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  readonly hours?: number | null;
}

/** An activity of the parcours: dates in order, within the agrément, hours (when counted) between 1 and the maximum. */
export function validateParcoursActivity(
  activity: Activity,
  approval: { readonly startOn: IsoDate; readonly endOn: IsoDate },
  label: string,
): Result<true, ActivityRefusal> {
  if (compareIsoDates(activity.startOn, activity.endOn) > 0) {
    return refuse(
      'ACTIVITY_DATES_OUT_OF_ORDER',
      `${label} : la date de fin (${formatFrenchDate(activity.endOn)}) précède la date de début (${formatFrenchDate(activity.startOn)}).`,
    );
  }
  if (compareIsoDates(activity.startOn, approval.startOn) < 0 || compareIsoDates(activity.endOn, approval.endOn) > 0) {
    return refuse(
      'ACTIVITY_OUTSIDE_PARCOURS',
      `${label} doit se dérouler pendant le parcours, du ${formatFrenchDate(approval.startOn)} au ${formatFrenchDate(approval.endOn)}.`,
    );
  }
  if (
    activity.hours != null &&
    (!Number.isInteger(activity.hours) || activity.hours < 1 || activity.hours > MAX_TRAINING_HOURS)
  ) {
    return refuse(
      'ACTIVITY_HOURS_INVALID',
      `${label} : le nombre d’heures doit être un entier entre 1 et ${MAX_TRAINING_HOURS}.`,
    );
  }
  return ok(true);
}

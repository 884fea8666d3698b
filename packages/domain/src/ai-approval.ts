import {
  ACCORD_BFC_IN_FORCE_FROM,
  ACCORD_BFC_SOURCE,
  currentRuleVersion,
  defineDatedRule,
  ruleValueOn,
  type DatedRuleSet,
} from './dated-rules.js';
import type { IsoDate } from './iso-date.js';

/**
 * Agrément for people hired by an association intermédiaire (accord, annexe 4 §2.2.8):
 * "l'agrément est obligatoire uniquement pour les personnes mises à disposition dans une
 * entreprise en secteur dit marchand pour des missions comprises entre 16 et 480 heures sur 2 ans."
 */
export const AI_SECTORS = ['MARCHAND', 'NON_MARCHAND'] as const;
export type AiSector = (typeof AI_SECTORS)[number];

export const AI_APPROVAL_MIN_HOURS = 16;
export const AI_APPROVAL_MAX_HOURS_OVER_TWO_YEARS = 480;

export interface AiApprovalHours {
  /** Fewest cumulated hours in the secteur marchand from which the agrément is compulsory. */
  readonly minHours: number;
  /** Most cumulated hours over 2 years within the frame of the text. */
  readonly maxHoursOverTwoYears: number;
}

/** The AI hours rule as a dated rule, looked up on the day of the mise à disposition. */
export const AI_APPROVAL_HOURS_RULE: DatedRuleSet<AiApprovalHours> = defineDatedRule('AI approval hours', [
  {
    from: ACCORD_BFC_IN_FORCE_FROM,
    to: null,
    source: `${ACCORD_BFC_SOURCE}, annexe 4 §2.2.8 ("des missions comprises entre 16 et 480 heures sur 2 ans")`,
    value: { minHours: AI_APPROVAL_MIN_HOURS, maxHoursOverTwoYears: AI_APPROVAL_MAX_HOURS_OVER_TWO_YEARS },
  },
]);

/** The hours of AI_APPROVAL_HOURS_RULE in force on `on`, or of its current version when no date is given. */
export function aiApprovalHoursOn(on?: IsoDate | null): AiApprovalHours {
  return on == null ? currentRuleVersion(AI_APPROVAL_HOURS_RULE).value : ruleValueOn(AI_APPROVAL_HOURS_RULE, on);
}

export interface AiPlacement {
  /** Sector of the user (the entreprise where the person is mis à disposition). */
  readonly sector: AiSector;
  /** Hours of the mission being arranged. */
  readonly missionHours: number;
  /**
   * Hours of mise à disposition of the person in the secteur marchand over the 2 years ending
   * with this mission, this mission included. If a smaller figure is given, the mission alone counts.
   */
  readonly hoursOverTwoYears: number;
  /** Day of the mise à disposition: the version of the hours rule in force that day applies (current one if absent). */
  readonly on?: IsoDate | null;
}

export type AiApprovalRequirement = 'NOT_REQUIRED' | 'REQUIRED' | 'BEYOND_480_HOURS';

/**
 * Detailed reading of §2.2.8. "Missions … sur 2 ans" counts the hours cumulated over 2 years
 * (several short missions add up), both bounds included ("comprises entre 16 et 480"):
 * - NON_MARCHAND: NOT_REQUIRED, whatever the hours;
 * - MARCHAND, cumulated hours < 16: NOT_REQUIRED;
 * - MARCHAND, 16 ≤ cumulated hours ≤ 480: REQUIRED;
 * - MARCHAND, cumulated hours > 480: BEYOND_480_HOURS — outside the frame the text describes
 *   (480 hours over 2 years is the ceiling of AI mises à disposition in entreprises); the
 *   platform must flag it rather than say "no agrément needed".
 */
export function aiApprovalRequirement({
  sector,
  missionHours,
  hoursOverTwoYears,
  on,
}: AiPlacement): AiApprovalRequirement {
  for (const [name, value] of [
    ['missionHours', missionHours],
    ['hoursOverTwoYears', hoursOverTwoYears],
  ] as const) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`${name} must be a non-negative number, got ${value}`);
  }
  if (sector === 'NON_MARCHAND') return 'NOT_REQUIRED';
  const { minHours, maxHoursOverTwoYears } = aiApprovalHoursOn(on);
  const cumulated = Math.max(missionHours, hoursOverTwoYears);
  if (cumulated < minHours) return 'NOT_REQUIRED';
  if (cumulated > maxHoursOverTwoYears) return 'BEYOND_480_HOURS';
  return 'REQUIRED';
}

/**
 * True only when the seed makes the agrément compulsory: secteur marchand and 16 to 480 hours
 * (inclusive) cumulated over 2 years (accord, annexe 4 §2.2.8). Beyond 480 hours it returns
 * false because the text does not require an agrément there — use aiApprovalRequirement to
 * tell that case ("BEYOND_480_HOURS") apart from a short mission.
 */
export function isApprovalRequiredForAi(placement: AiPlacement): boolean {
  return aiApprovalRequirement(placement) === 'REQUIRED';
}

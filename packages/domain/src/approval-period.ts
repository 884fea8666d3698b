import type { ApprovalHistory, Prolongation, Suspension } from './approval-history.js';
import {
  ACCORD_BFC_IN_FORCE_FROM,
  ACCORD_BFC_SOURCE,
  defineDatedRule,
  ruleValueOn,
  type DatedRuleSet,
} from './dated-rules.js';
import { addDays, compareIsoDates, daysInclusive, isWithin, periodEnd, type IsoDate } from './iso-date.js';

/** accord, annexe 4 §2.1: "une période de 24 mois à compter de la date de sa première embauche" (the version in force today). */
export const APPROVAL_PERIOD_MONTHS = 24;

/**
 * The agrément's duration as a dated rule, judged on the agrément's start (the first hiring, annexe 4 §2.1): an
 * agrément keeps the duration in force on the day it started, whatever a later avenant sets.
 * Like the decision delay (DECISION_DELAY_RULE) and the AI hours, the version starts with the accord régional (8
 * December 2016, the text the platform applies; annexe 4 reproduces annexe 2 of the accord-cadre national of 10
 * September 2015). Before that day no version is in force and the duration is refused (RangeError) rather than
 * guessed: the platform records no parcours started before the accord (recordContract refuses such a start).
 */
export const APPROVAL_DURATION_RULE: DatedRuleSet<{ readonly months: number }> = defineDatedRule('approval duration', [
  {
    from: ACCORD_BFC_IN_FORCE_FROM,
    to: null,
    source: `${ACCORD_BFC_SOURCE}, annexe 4 §2.1 ("une période de 24 mois à compter de la date de sa première embauche dans la structure")`,
    value: { months: APPROVAL_PERIOD_MONTHS },
  },
]);

/** Months of an agrément started on `startOn` (the version of APPROVAL_DURATION_RULE in force that day). */
export function approvalDurationMonthsOn(
  startOn: IsoDate,
  rule: DatedRuleSet<{ readonly months: number }> = APPROVAL_DURATION_RULE,
): number {
  return ruleValueOn(rule, startOn).months;
}

/** Whether an agrément may start on `startOn`: a version of its duration is in force that day. */
export function isApprovalStartCovered(
  startOn: IsoDate,
  rule: DatedRuleSet<{ readonly months: number }> = APPROVAL_DURATION_RULE,
): boolean {
  return rule.versions.some(
    (v) => compareIsoDates(v.from, startOn) <= 0 && (v.to === null || compareIsoDates(startOn, v.to) <= 0),
  );
}

export interface ApprovalPeriodInput {
  readonly startOn: IsoDate;
  readonly suspensions?: readonly Suspension[];
  readonly prolongations?: readonly Prolongation[];
}

/**
 * Last day of the agrément.
 * - Base (accord, annexe 4 §2.1): start + 24 months − 1 day (APPROVAL_DURATION_RULE in force on the start), "de quantième à quantième"
 *   (see periodEnd: an agrément opened on 29 February 2024 ends on 28 February 2026).
 * - Each suspension pushes the end by its length in days, both ends included
 *   (accord, annexe 4 §2.2.4: "repousser la date de fin … d'une durée égale à celle de cette suspension").
 * - Each granted prolongation carries the end to its own end date when later (accord, annexe 4 §2.2.6).
 * Events are applied in the order of their start dates, so a suspension taken during a
 * prolongation also pushes the prolongation's end, while a prolongation decided after a
 * suspension (whose end date already accounts for it) is not pushed twice.
 * The history is assumed valid (see validateSuspension / validateProlongation).
 */
export function approvalEndDate(input: ApprovalPeriodInput): IsoDate {
  return approvalEndDateUnder(APPROVAL_DURATION_RULE, input);
}

/**
 * approvalEndDate under the given versions of the duration (the version in force on `startOn`); RangeError when none
 * is in force on that day.
 */
export function approvalEndDateUnder(
  rule: DatedRuleSet<{ readonly months: number }>,
  { startOn, suspensions = [], prolongations = [] }: ApprovalPeriodInput,
): IsoDate {
  type Event = { readonly on: IsoDate; readonly apply: (end: IsoDate) => IsoDate; readonly order: number };
  const events: Event[] = [
    ...suspensions.map((s) => ({
      on: s.startOn,
      order: 0,
      apply: (end: IsoDate) => addDays(end, Math.max(0, daysInclusive(s.startOn, s.endOn))),
    })),
    ...prolongations.map((p) => ({
      on: p.startOn,
      order: 1,
      apply: (end: IsoDate) => (compareIsoDates(p.endOn, end) > 0 ? p.endOn : end),
    })),
  ].sort((a, b) => compareIsoDates(a.on, b.on) || a.order - b.order);
  return events.reduce((end, event) => event.apply(end), periodEnd(startOn, approvalDurationMonthsOn(startOn, rule)));
}

export const APPROVAL_STATUSES = ['NOT_STARTED', 'ACTIVE', 'SUSPENDED', 'ENDED'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/**
 * State of the agrément on a day: NOT_STARTED before its start, ENDED after approvalEndDate,
 * SUSPENDED during a suspension, ACTIVE otherwise. A suspended agrément is still "en cours"
 * (isApprovalActive is true): suspension only shifts its end.
 */
export function approvalStatusOn(history: ApprovalHistory, on: IsoDate): ApprovalStatus {
  if (compareIsoDates(on, history.startOn) < 0) return 'NOT_STARTED';
  if (compareIsoDates(on, approvalEndDate(history)) > 0) return 'ENDED';
  if (history.exitOn != null && compareIsoDates(on, history.exitOn) >= 0) {
    const exitOn = history.exitOn;
    const resumed = (history.contracts ?? []).some(
      (c) => compareIsoDates(c.startOn, exitOn) > 0 && compareIsoDates(c.startOn, on) <= 0,
    );
    if (!resumed) return 'ENDED';
  }
  if ((history.suspensions ?? []).some((s) => isWithin(on, s.startOn, s.endOn))) return 'SUSPENDED';
  return 'ACTIVE';
}

/** True from the start of the agrément to its end date, suspensions included. */
export function isApprovalActive(history: ApprovalHistory, on: IsoDate): boolean {
  const status = approvalStatusOn(history, on);
  return status === 'ACTIVE' || status === 'SUSPENDED';
}

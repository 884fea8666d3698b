import type { ApprovalHistory, Prolongation, Suspension } from './approval-history.js';
import { addDays, compareIsoDates, daysInclusive, isWithin, periodEnd, type IsoDate } from './iso-date.js';

/** accord, annexe 4 §2.1: "une période de 24 mois à compter de la date de sa première embauche". */
export const APPROVAL_PERIOD_MONTHS = 24;

export interface ApprovalPeriodInput {
  readonly startOn: IsoDate;
  readonly suspensions?: readonly Suspension[];
  readonly prolongations?: readonly Prolongation[];
}

/**
 * Last day of the agrément.
 * - Base (accord, annexe 4 §2.1): start + 24 months − 1 day, "de quantième à quantième"
 *   (see periodEnd: an agrément opened on 29 February 2024 ends on 28 February 2026).
 * - Each suspension pushes the end by its length in days, both ends included
 *   (accord, annexe 4 §2.2.4: "repousser la date de fin … d'une durée égale à celle de cette suspension").
 * - Each granted prolongation carries the end to its own end date when later (accord, annexe 4 §2.2.6).
 * Events are applied in the order of their start dates, so a suspension taken during a
 * prolongation also pushes the prolongation's end, while a prolongation decided after a
 * suspension (whose end date already accounts for it) is not pushed twice.
 * The history is assumed valid (see validateSuspension / validateProlongation).
 */
export function approvalEndDate({ startOn, suspensions = [], prolongations = [] }: ApprovalPeriodInput): IsoDate {
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
  return events.reduce((end, event) => event.apply(end), periodEnd(startOn, APPROVAL_PERIOD_MONTHS));
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
    const resumed = (history.contracts ?? []).some((c) => compareIsoDates(c.startOn, exitOn) > 0 && compareIsoDates(c.startOn, on) <= 0);
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

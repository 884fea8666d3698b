/**
 * Life of a fiche navette (accord, fiche 4): sent by the prescripteur, seen, accepted or refused
 * with a reason by the SIAE, withdrawn by the prescripteur, and hired once a contract starts.
 * Statuses and who may move it where, once; the platform applies them under a row lock.
 */
import { ok, refuse, type Result } from './result.js';

export const PRESCRIPTION_STATUSES = ['SENT', 'SEEN', 'ACCEPTED', 'REFUSED', 'WITHDRAWN', 'HIRED'] as const;
export type PrescriptionStatus = (typeof PRESCRIPTION_STATUSES)[number];

export const PRESCRIPTION_STATUS_LABELS: Readonly<Record<PrescriptionStatus, string>> = {
  SENT: 'Envoyée',
  SEEN: 'Consultée par la SIAE',
  ACCEPTED: 'Acceptée',
  REFUSED: 'Refusée',
  WITHDRAWN: 'Retirée par le prescripteur',
  HIRED: 'Embauche',
};

/** What can happen to a prescription, and who does it. */
export const PRESCRIPTION_ACTIONS = ['SEE', 'ACCEPT', 'REFUSE', 'WITHDRAW', 'HIRE'] as const;
export type PrescriptionAction = (typeof PRESCRIPTION_ACTIONS)[number];

const TRANSITIONS: Readonly<
  Record<PrescriptionAction, { from: readonly PrescriptionStatus[]; to: PrescriptionStatus }>
> = {
  // The SIAE opens the fiche: only the first time counts.
  SEE: { from: ['SENT'], to: 'SEEN' },
  ACCEPT: { from: ['SENT', 'SEEN'], to: 'ACCEPTED' },
  // fiche 4: "le refus de recruter une personne prescrite" is motivated; the SIAE may still refuse after accepting,
  // as long as no contract has started.
  REFUSE: { from: ['SENT', 'SEEN', 'ACCEPTED'], to: 'REFUSED' },
  // The prescripteur withdraws a fiche the SIAE has not answered yet.
  WITHDRAW: { from: ['SENT', 'SEEN'], to: 'WITHDRAWN' },
  // First contract under the agrément obtained for this prescription.
  HIRE: { from: ['ACCEPTED'], to: 'HIRED' },
};

export type PrescriptionTransitionRefusal = 'PRESCRIPTION_TRANSITION_NOT_ALLOWED';

/** The statuses an action may start from (for a conditional update). */
export function prescriptionActionSources(action: PrescriptionAction): readonly PrescriptionStatus[] {
  return TRANSITIONS[action].from;
}

/** The status after `action`, or a French explanation of why it cannot happen from `current`. */
export function prescriptionTransition(
  current: PrescriptionStatus,
  action: PrescriptionAction,
): Result<PrescriptionStatus, PrescriptionTransitionRefusal> {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(current)) return ok(rule.to);
  const label = PRESCRIPTION_STATUS_LABELS[current].toLowerCase();
  const what: Record<PrescriptionAction, string> = {
    SEE: 'marquée comme consultée',
    ACCEPT: 'acceptée',
    REFUSE: 'refusée',
    WITHDRAW: 'retirée',
    HIRE: 'transformée en embauche',
  };
  return refuse(
    'PRESCRIPTION_TRANSITION_NOT_ALLOWED',
    `Cette prescription est « ${label} » : elle ne peut plus être ${what[action]}.`,
  );
}

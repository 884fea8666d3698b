import { PRESCRIPTION_STATUS_LABELS, SIAE_REFUSAL_REASONS } from '@navette/domain';
import type { PrescriptionEventResolvers } from '../generated/resolvers-types.js';
import { reasonOf } from '../services/reasons.js';

export const PrescriptionEvent: PrescriptionEventResolvers = {
  statusLabel: (e) => PRESCRIPTION_STATUS_LABELS[e.status],
  reason: (e) => reasonOf(SIAE_REFUSAL_REASONS, e.reason),
};

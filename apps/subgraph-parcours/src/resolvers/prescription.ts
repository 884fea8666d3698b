import { PRESCRIPTION_STATUS_LABELS, SIAE_REFUSAL_REASONS } from '@navette/domain';
import { errors } from '../errors.js';
import type { PrescriptionResolvers } from '../generated/resolvers-types.js';
import { reasonOf } from '../services/reasons.js';
import { must } from './load.js';

export const Prescription: PrescriptionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.prescription.load(ref.id),
  person: async (p, _, ctx) => must(await ctx.loaders.person.load(p.personId), errors.personNotFound),
  diagnosis: async (p, _, ctx) => must(await ctx.loaders.diagnosis.load(p.diagnosisId), errors.diagnosisNotFound),
  prescriberOrganisation: (p) => ({ id: p.prescriberOrganisationId }),
  // Deprecated spelling, until 2027-06-04 (issue 17 §2).
  prescriberOrganization: (p) => ({ id: p.prescriberOrganisationId }),
  siae: (p) => ({ id: p.siaeId }),
  jobOffer: (p) => (p.jobOfferId ? { id: p.jobOfferId } : null),
  statusLabel: (p) => PRESCRIPTION_STATUS_LABELS[p.status],
  refusalReason: (p) => reasonOf(SIAE_REFUSAL_REASONS, p.refusalReason),
  history: (p, _, ctx) => ctx.loaders.eventsByPrescription.load(p.id),
  approvalRequests: (p, _, ctx) => ctx.loaders.requestsByPrescription.load(p.id),
};

import {
  APPROVAL_REFUSAL_REASONS,
  APPROVAL_REQUEST_KIND_LABELS,
  APPROVAL_REQUEST_STATUS_LABELS,
  SUSPENSION_REASONS,
} from '@navette/domain';
import type { ApprovalRequestResolvers } from '../generated/resolvers-types.js';
import { detailsOf } from '../services/approval-history.js';
import { reasonOf } from '../services/reasons.js';
import { appealOf, requestStatus, workingDaysLeft } from '../services/request-view.js';

export const ApprovalRequest: ApprovalRequestResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.approvalRequest.load(ref.id),
  kindLabel: (r) => APPROVAL_REQUEST_KIND_LABELS[r.kind],
  // Row-level security (migration 0015) hides the person from an extension's SIAE until the extension is granted.
  person: (r, _, ctx) => ctx.loaders.person.load(r.personId),
  siae: (r) => ({ id: r.siaeId }),
  agency: (r) => ({ id: r.agencyId }),
  prescription: (r, _, ctx) => (r.prescriptionId ? ctx.loaders.prescription.load(r.prescriptionId) : null),
  approval: (r, _, ctx) => (r.approvalId ? ctx.loaders.approval.load(r.approvalId) : null),
  resultingApproval: (r, _, ctx) => (r.resultingApprovalId ? ctx.loaders.approval.load(r.resultingApprovalId) : null),
  status: (r, _, ctx) => requestStatus(r, ctx.today),
  statusLabel: (r, _, ctx) => APPROVAL_REQUEST_STATUS_LABELS[requestStatus(r, ctx.today)],
  workingDaysLeft: (r, _, ctx) => workingDaysLeft(r, ctx.today),
  refusalReason: (r) => reasonOf(APPROVAL_REFUSAL_REASONS, r.refusalReason),
  appeal: (r) => appealOf(r),
  contractStartOn: (r) => detailsOf(r).contractStartOn ?? null,
  contractEndOn: (r) => detailsOf(r).contractEndOn ?? null,
  suspensionStartOn: (r) => detailsOf(r).suspensionStartOn ?? null,
  suspensionEndOn: (r) => detailsOf(r).suspensionEndOn ?? null,
  suspensionReason: (r) => reasonOf(SUSPENSION_REASONS, detailsOf(r).suspensionReason ?? null),
  prolongationReason: (r) => detailsOf(r).prolongationReason ?? null,
  prolongationEndOn: (r) => detailsOf(r).prolongationEndOn ?? null,
  trainingStartOn: (r) => detailsOf(r).trainingStartOn ?? null,
  trainingEndOn: (r) => detailsOf(r).trainingEndOn ?? null,
  jointAssessmentDone: (r) => detailsOf(r).jointAssessmentDone ?? null,
  documents: (r, _, ctx) => ctx.loaders.documentsByRequest.load(r.id),
};

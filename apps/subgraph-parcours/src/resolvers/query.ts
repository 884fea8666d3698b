import {
  APPROVAL_REFUSAL_REASONS,
  ELIGIBILITY_CRITERIA,
  SIAE_REFUSAL_REASONS,
  SUSPENSION_REASONS,
} from '@navette/domain';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { listExitInterviewsDue } from '../services/exit-interviews-due.js';
import { listApprovalRequests, listApprovals } from '../services/lists.js';
import { listOrientations, orientationStatistics } from '../services/orientations.js';
import { listProfilePrevalidations } from '../services/profile-prevalidations.js';
import { listPeople } from '../services/people.js';
import { listPrescriptions } from '../services/prescriptions.js';
import { listRegistrationChecksDue } from '../services/registration-checks.js';
import { approvalStatistics } from '../services/statistics.js';

export const Query: QueryResolvers = {
  eligibilityCriteria: () => [...ELIGIBILITY_CRITERIA],
  siaeRefusalReasons: () => SIAE_REFUSAL_REASONS.map(({ code, label }) => ({ code, label })),
  approvalRefusalReasons: () => APPROVAL_REFUSAL_REASONS.map(({ code, label }) => ({ code, label })),
  suspensionReasons: () => SUSPENSION_REASONS.map(({ code, label }) => ({ code, label })),
  people: (_, args, ctx) => listPeople(ctx, args),
  person: (_, { id }, ctx) => ctx.loaders.person.load(id),
  prescriptions: (_, args, ctx) => listPrescriptions(ctx, args),
  prescription: (_, { id }, ctx) => ctx.loaders.prescription.load(id),
  approvalRequests: (_, args, ctx) => listApprovalRequests(ctx, args),
  approvalRequest: (_, { id }, ctx) => ctx.loaders.approvalRequest.load(id),
  approvals: (_, args, ctx) => listApprovals(ctx, args),
  approval: (_, { id }, ctx) => ctx.loaders.approval.load(id),
  exitInterviewsDue: (_, __, ctx) => listExitInterviewsDue(ctx),
  registrationChecksDue: (_, args, ctx) => listRegistrationChecksDue(ctx, args),
  orientations: (_, args, ctx) => listOrientations(ctx, args),
  orientation: (_, { id }, ctx) => ctx.loaders.orientation.load(id),
  orientationStatistics: (_, args, ctx) => orientationStatistics(ctx, args),
  profilePrevalidations: (_, args, ctx) => listProfilePrevalidations(ctx, args),
  approvalStatistics: async (_, args, ctx) => {
    const { rows, refusalsByReason } = await approvalStatistics(ctx, args);
    return {
      rows: rows.map((row) => ({ ...row, departement: { code: row.departement }, siaeKind: row.siaeKind as 'ACI' })),
      refusalsByReason,
    };
  },
};

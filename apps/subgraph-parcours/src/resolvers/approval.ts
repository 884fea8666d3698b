import { registrationCheckDueOn } from '@navette/domain';
import type { ApprovalResolvers } from '../generated/resolvers-types.js';
import {
  alertsOf,
  approvalStatusToday,
  exitInterviewShown,
  extensionsOf,
  prolongationsOf,
  suspensionsOf,
} from '../services/approval-view.js';

export const Approval: ApprovalResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.approval.load(ref.id),
  person: (a, _, ctx) => ctx.loaders.person.load(a.personId),
  siae: (a) => ({ id: a.siaeId }),
  status: (a, _, ctx) => approvalStatusToday(ctx, a),
  suspensions: (a, _, ctx) => suspensionsOf(ctx, a),
  prolongations: (a, _, ctx) => prolongationsOf(ctx, a),
  extensions: (a, _, ctx) => extensionsOf(ctx, a),
  contracts: (a, _, ctx) => ctx.loaders.contractsByApproval.load(a.id),
  requests: (a, _, ctx) => ctx.loaders.requestsByApproval.load(a.id),
  exitInterview: (a, _, ctx) => exitInterviewShown(ctx, a),
  exit: async (a, _, ctx) => (await ctx.loaders.exitsByApproval.load(a.id))[0] ?? null,
  alerts: (a, _, ctx) => alertsOf(ctx, a),
  // Row-level security shows them to the SIAE of the parcours and the agence of its territory only (migration 0036).
  poleEmploiRegistration: async (a, _, ctx) =>
    (await ctx.loaders.registrationsByApproval.load(a.id)).find((r) => r.checkpoint === 'DURING_PARCOURS') ?? null,
  poleEmploiRegistrationAfterEnd: async (a, _, ctx) =>
    (await ctx.loaders.registrationsByApproval.load(a.id)).find((r) => r.checkpoint === 'SIX_MONTHS_AFTER_END') ?? null,
  registrationCheckDueOn: (a) => registrationCheckDueOn(a.endOn),
};

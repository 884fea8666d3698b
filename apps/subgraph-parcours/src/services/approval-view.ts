// What an agrément shows besides its columns, read through the request's loaders (rules in @navette/domain): its
// status today, its periods, the exit bilan the caller may read and its alerts.
import {
  approvalAlerts,
  approvalStatusOn,
  compareIsoDates,
  daysInclusive,
  exitBilanForPrescriber,
} from '@navette/domain';
import type { ParcoursContext } from '../context.js';
import type { ApprovalRow } from '../rows.js';
import { historyFrom } from './approval-history.js';

type Ctx = Pick<ParcoursContext, 'loaders' | 'principal' | 'today'>;

/** The agrément's status today (domain approvalStatusOn), from its events, contracts and sorties. */
export async function approvalStatusToday(ctx: Ctx, approval: ApprovalRow) {
  const [events, contracts, exits] = await Promise.all([
    ctx.loaders.eventsByApproval.load(approval.id),
    ctx.loaders.contractsByApproval.load(approval.id),
    ctx.loaders.exitsByApproval.load(approval.id),
  ]);
  // The latest sortie ends the parcours (fiche 7; domain approvalStatusOn), unless a later contract resumes it.
  const exitOn =
    exits
      .map((x) => x.exitOn)
      .sort(compareIsoDates)
      .at(-1) ?? null;
  return approvalStatusOn({ ...historyFrom(approval, events, contracts), exitOn }, ctx.today);
}

/** The ended suspensions, with their length in days. */
export async function suspensionsOf(ctx: Ctx, approval: ApprovalRow) {
  return (await ctx.loaders.eventsByApproval.load(approval.id))
    .filter((e) => e.kind === 'SUSPENSION' && e.endOn)
    .map((e) => ({ startOn: e.startOn, endOn: e.endOn!, days: daysInclusive(e.startOn, e.endOn!) }));
}

/** The prolongations with their end. */
export async function prolongationsOf(ctx: Ctx, approval: ApprovalRow) {
  return (await ctx.loaders.eventsByApproval.load(approval.id))
    .filter((e) => e.kind === 'PROLONGATION' && e.endOn)
    .map((e) => ({ startOn: e.startOn, endOn: e.endOn!, reason: e.reason as 'TRAINING' }));
}

/** The extensions to other SIAE. */
export async function extensionsOf(ctx: Ctx, approval: ApprovalRow) {
  return (await ctx.loaders.eventsByApproval.load(approval.id)).filter((e) => e.kind === 'EXTENSION');
}

/**
 * The exit interview the caller may read. fiche 7: the prescripteur reads the bilan once the SIAE has sent it (domain
 * exitBilanForPrescriber); row-level security holds the same rule (policy exit_interviews_access).
 */
export async function exitInterviewShown(ctx: Ctx, approval: ApprovalRow) {
  const interviews = await ctx.loaders.interviewsByApproval.load(approval.id);
  const p = ctx.principal;
  if (p.kind === 'user' && p.organisationKind === 'PRESCRIBER_ORGANISATION') return exitBilanForPrescriber(interviews);
  return interviews[0] ?? null;
}

/** One rule (domain approvalAlerts): pending requests, the end within 3 months, the interview of fiche 7 due or planned. */
export async function alertsOf(ctx: Ctx, approval: ApprovalRow): Promise<string[]> {
  const [requests, contracts, exits, interviews] = await Promise.all([
    ctx.loaders.requestsByApproval.load(approval.id),
    ctx.loaders.contractsByApproval.load(approval.id),
    ctx.loaders.exitsByApproval.load(approval.id),
    ctx.loaders.interviewsByApproval.load(approval.id),
  ]);
  const alerts = approvalAlerts(
    {
      approvalEndOn: approval.endOn,
      contracts,
      requests,
      exited: exits.length > 0,
      interviewsHeldOn: interviews.map((i) => i.heldOn),
      interviewPlannedOn: approval.exitInterviewPlannedOn,
    },
    ctx.today,
  );
  return alerts.map((alert) => alert.message);
}

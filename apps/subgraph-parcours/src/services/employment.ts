// Contracts under an agrément, the tripartite interview and the exit (annexe 4 §2.1, §2.2.8; fiche 7).
import { tables, type Database } from '@navette/db';
import {
  ACCORD_BFC_IN_FORCE_FROM,
  addMonths,
  approvalEndDate,
  isApprovalStartCovered,
  compareIsoDates,
  contractEndForExit,
  EXIT_OUTCOMES,
  exitInterviewsDue as dueInterviews,
  formatFrenchDate,
  isApprovalActive,
  isWithin,
  prescriptionTransition,
  validateAiPlacement,
  validateContract,
  validateExitDate,
  validateExitInterview,
  validateExitInterviewPlan,
  type AiSector,
} from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import { and, asc, between, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { ContractInput, ExitInput, ExitInterviewInput, ExitInterviewPlanInput } from '../generated/resolvers-types.js';
import type { ApprovalRow, ExitInterviewDueRow } from '../rows.js';
import { historyOf, siaeFacts } from './approvals.js';
import { errors } from '../errors.js';
import { auditDecision } from './audit.js';
import { recordPrescriptionEvent } from './prescriptions.js';
import { closePendingRequestsAfterExit } from './exit-closure.js';
import { callerOrganisation, inOrder, isoDate, knownId, notFound, optionalIsoDate, optionalText, refused, requiredText } from './validation.js';

const { approvals, approvalEvents, contracts, exits, exitInterviews } = tables;

/** The agrément, when the calling SIAE holds it or it was extended to it (annexe 4 §2.2.5). */
async function approvalOfSiae(tx: Database, siaeId: string, id: string): Promise<ApprovalRow> {
  const [approval] = await tx.select().from(approvals).where(eq(approvals.id, knownId(id, 'Agrément'))).for('update');
  if (!approval) throw notFound('Agrément');
  if (approval.siaeId !== siaeId) {
    const extended = await tx
      .select({ id: approvalEvents.id })
      .from(approvalEvents)
      .where(and(eq(approvalEvents.approvalId, approval.id), eq(approvalEvents.kind, 'EXTENSION'), eq(approvalEvents.siaeId, siaeId)));
    if (extended.length === 0) {
      throw userError('FORBIDDEN', 'Cet agrément est détenu par une autre SIAE : demandez d’abord son extension (annexe 4 §2.2.5).');
    }
  }
  return approval;
}

export async function recordContract(ctx: ParcoursContext, input: ContractInput): Promise<ApprovalRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const startOn = isoDate(input.startOn, 'Début du contrat');
  const endOn = optionalIsoDate(input.endOn, 'Fin du contrat');
  inOrder(startOn, endOn, ['Le début du contrat', 'La fin du contrat']);
  const ai = input.kind === 'MISE_A_DISPOSITION_AI';
  if (!ai && (input.aiSector != null || input.aiHours != null)) {
    throw userError('BAD_USER_INPUT', 'Secteur et heures ne concernent qu’une mise à disposition (annexe 4 §2.2.8).', { field: 'Heures' });
  }
  return ctx.data(async (tx) => {
    // Reality checks of @navette/domain: the contract fits the SIAE's kind, its dates are possible (issue 13).
    const siae = await siaeFacts(tx, siaeId);
    const fits = validateContract(siae.kind, { kind: input.kind, startOn, endOn });
    if (!fits.ok) refused(fits);
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    const history = await historyOf(tx, approval);
    if (ai) {
      // annexe 4 §2.2.8: hours in the secteur marchand over the 2 years up to this mise à disposition.
      const since = addMonths(startOn, -24);
      const others = await tx.select().from(contracts).where(and(eq(contracts.approvalId, approval.id), eq(contracts.kind, 'MISE_A_DISPOSITION_AI')));
      const marchandHoursBefore = others
        .filter((c) => c.aiSector === 'MARCHAND' && c.aiHours != null && isWithin(c.startOn, since, startOn))
        .reduce((sum, c) => sum + c.aiHours!, 0);
      const placement = validateAiPlacement({ sector: input.aiSector as AiSector | null, hours: input.aiHours, startOn, endOn, marchandHoursBefore });
      if (!placement.ok) refused(placement);
    }
    const first = (history.contracts ?? []).length === 0;
    if (first) {
      // accord, annexe 4 §2.1: the 24 months run from the first hiring in a SIAE — the duration in force on that day
      // (domain APPROVAL_DURATION_RULE); none is before the accord régional, so such a start is refused, not guessed.
      if (!isApprovalStartCovered(startOn)) {
        throw errors.approvalStartBeforeRule(formatFrenchDate(ACCORD_BFC_IN_FORCE_FROM));
      }
      const endOfPeriod = approvalEndDate({ ...history, startOn });
      await tx.update(approvals).set({ startOn, endOn: endOfPeriod }).where(eq(approvals.id, approval.id));
    } else if (!isApprovalActive(history, startOn)) {
      throw userError(
        'BAD_USER_INPUT',
        `Le contrat doit commencer pendant l’agrément, qui court du ${formatFrenchDate(approval.startOn)} au ${formatFrenchDate(approval.endOn)}.`,
        { field: 'Début du contrat' },
      );
    }
    await tx.insert(contracts).values({
      approvalId: approval.id,
      personId: approval.personId,
      siaeId,
      kind: input.kind,
      startOn,
      endOn,
      aiSector: ai ? input.aiSector! : null,
      aiHours: ai ? input.aiHours! : null,
      recordedByUserId: ctx.identity.userId,
    });
    if (approval.prescriptionId && first) {
      const [prescription] = await tx.select().from(tables.prescriptions).where(eq(tables.prescriptions.id, approval.prescriptionId));
      if (prescription && prescriptionTransition(prescription.status, 'HIRE').ok) {
        const [hired] = await tx
          .update(tables.prescriptions)
          .set({ status: 'HIRED', updatedAt: new Date() })
          .where(eq(tables.prescriptions.id, prescription.id))
          .returning();
        await recordPrescriptionEvent(tx, ctx, hired!);
      }
    }
    await auditDecision(tx, ctx, 'CONTRACT_RECORDED', { type: 'Approval', id: approval.id }, { kind: input.kind });
    const [fresh] = await tx.select().from(approvals).where(eq(approvals.id, approval.id));
    return fresh!;
  });
}

export async function recordExitInterview(ctx: ParcoursContext, input: ExitInterviewInput): Promise<ApprovalRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const heldOn = isoDate(input.heldOn, 'Date de l’entretien');
  const assessment = requiredText(input.assessment, 'Bilan');
  return ctx.data(async (tx) => {
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    // fiche 7 (domain validateExitInterview): held (not in the future), during a contract of this SIAE, in the window
    // of the end it prepares, once per end. The date is the user's (a past event); who recorded it and when are ours.
    const [own, held] = await Promise.all([
      tx.select().from(contracts).where(and(eq(contracts.approvalId, approval.id), eq(contracts.siaeId, siaeId))),
      tx.select({ heldOn: exitInterviews.heldOn }).from(exitInterviews).where(eq(exitInterviews.approvalId, approval.id)),
    ]);
    const check = validateExitInterview({
      heldOn,
      today: ctx.today,
      contracts: own.map((c) => ({ startOn: c.startOn, endOn: c.endedOn ?? c.endOn })),
      approvalEndOn: approval.endOn,
      interviewsHeldOn: held.map((i) => i.heldOn),
    });
    if (!check.ok) refused(check);
    // Held: the plan, if any, has been carried out.
    await tx
      .update(approvals)
      .set({ exitInterviewPlannedOn: null, exitInterviewPlannedByUserId: null, exitInterviewPlannedAt: null })
      .where(eq(approvals.id, approval.id));
    await tx.insert(exitInterviews).values({
      approvalId: approval.id,
      siaeId,
      heldOn,
      assessment,
      recordedByUserId: ctx.identity.userId,
      sentToReferentOn: input.sendToReferent ? ctx.today : null,
      sentToPrescriberOn: input.sendToPrescriber ? ctx.today : null,
    });
    await auditDecision(tx, ctx, 'EXIT_INTERVIEW_RECORDED', { type: 'Approval', id: approval.id });
    const [fresh] = await tx.select().from(approvals).where(eq(approvals.id, approval.id));
    return fresh!;
  });
}

/**
 * Plans the tripartite interview ahead (fiche 7; domain validateExitInterviewPlan): today or later, during a contract
 * of this SIAE (one starting next week included), in the window of the end it prepares. Planning again moves it; who
 * planned it and when are kept.
 */
export async function planExitInterview(ctx: ParcoursContext, input: ExitInterviewPlanInput): Promise<ApprovalRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const plannedOn = isoDate(input.plannedOn, 'Date prévue de l’entretien');
  return ctx.data(async (tx) => {
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    const [own, held, exited] = await Promise.all([
      tx.select().from(contracts).where(and(eq(contracts.approvalId, approval.id), eq(contracts.siaeId, siaeId))),
      tx.select({ heldOn: exitInterviews.heldOn }).from(exitInterviews).where(eq(exitInterviews.approvalId, approval.id)),
      tx.select({ id: exits.id }).from(exits).where(eq(exits.approvalId, approval.id)),
    ]);
    if (exited.length > 0) {
      throw userError('CONFLICT', 'La sortie de ce parcours est enregistrée : il n’y a plus d’entretien à planifier.', { reason: 'EXIT_ALREADY_RECORDED' });
    }
    const check = validateExitInterviewPlan({
      plannedOn,
      today: ctx.today,
      contracts: own.map((c) => ({ startOn: c.startOn, endOn: c.endedOn ?? c.endOn })),
      approvalEndOn: approval.endOn,
      interviewsHeldOn: held.map((i) => i.heldOn),
    });
    if (!check.ok) refused(check);
    const [planned] = await tx
      .update(approvals)
      .set({ exitInterviewPlannedOn: plannedOn, exitInterviewPlannedByUserId: ctx.identity.userId, exitInterviewPlannedAt: new Date() })
      .where(eq(approvals.id, approval.id))
      .returning();
    await auditDecision(tx, ctx, 'EXIT_INTERVIEW_PLANNED', { type: 'Approval', id: approval.id });
    return planned!;
  });
}

export async function recordExit(ctx: ParcoursContext, input: ExitInput): Promise<ApprovalRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const exitOn = isoDate(input.exitOn, 'Date de sortie');
  if (!(EXIT_OUTCOMES as readonly string[]).includes(input.outcome)) throw userError('BAD_USER_INPUT', 'Issue de la sortie inconnue.');
  const skills = input.skills.map((s) => s.trim()).filter((s) => s.length > 0);
  if (skills.length > 50 || skills.some((s) => s.length > 300)) {
    throw userError('BAD_USER_INPUT', 'Compétences : 50 lignes de 300 caractères au plus.', { field: 'Compétences' });
  }
  const comment = optionalText(input.comment, 'Commentaire');
  return ctx.data(async (tx) => {
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    const done = await tx.select({ id: exits.id }).from(exits).where(and(eq(exits.approvalId, approval.id), eq(exits.siaeId, siaeId)));
    if (done.length > 0) throw userError('CONFLICT', 'La sortie de ce parcours est déjà enregistrée.');
    // fiche 7 (domain validateExitDate): a sortie has happened, and ends a contract of this SIAE.
    const own = await tx.select().from(contracts).where(and(eq(contracts.approvalId, approval.id), eq(contracts.siaeId, siaeId)));
    const check = validateExitDate(exitOn, ctx.today, own.map((c) => ({ startOn: c.startOn, endOn: c.endOn })));
    if (!check.ok) refused(check);
    await tx
      .insert(exits)
      .values({ approvalId: approval.id, personId: approval.personId, siaeId, exitOn, outcome: input.outcome, skills, comment, recordedByUserId: ctx.identity.userId });
    // The person leaves: contracts of this SIAE still open end on the exit day.
    await tx
      .update(contracts)
      .set({ endedOn: exitOn })
      .where(and(eq(contracts.approvalId, approval.id), eq(contracts.siaeId, siaeId), isNull(contracts.endedOn), lte(contracts.startOn, exitOn)));
    // The parcours has ended: requests still pending on the agrément have no object any more (issue 13).
    await closePendingRequestsAfterExit(tx, ctx, approval.id, exitOn);
    await auditDecision(tx, ctx, 'EXIT_RECORDED', { type: 'Approval', id: approval.id }, { outcome: input.outcome });
    return approval;
  });
}

/** Parcours whose tripartite interview is due today (fiche 7; rule: domain exitInterviewsDue). */
export async function listExitInterviewsDue(ctx: ParcoursContext): Promise<ExitInterviewDueRow[]> {
  const horizon = addMonths(ctx.today, 3);
  return ctx.data(async (tx) => {
    // Candidates: agréments or contracts ending within the next 3 months (the window opens 3 months before the end).
    const viaContracts = tx
      .select({ id: contracts.approvalId })
      .from(contracts)
      .where(and(isNull(contracts.endedOn), between(contracts.endOn, ctx.today, horizon)));
    const candidates = await tx
      .select()
      .from(approvals)
      .where(
        and(
          or(between(approvals.endOn, ctx.today, horizon), inArray(approvals.id, viaContracts)),
          sql`not exists (select 1 from parcours.exits x where x.approval_id = ${approvals.id})`,
        ),
      )
      .orderBy(asc(approvals.endOn))
      .limit(1000);
    if (candidates.length === 0) return [];
    const ids = candidates.map((a) => a.id);
    const [openContracts, interviews] = await Promise.all([
      tx.select().from(contracts).where(and(inArray(contracts.approvalId, ids), isNull(contracts.endedOn))),
      tx.select().from(exitInterviews).where(inArray(exitInterviews.approvalId, ids)),
    ]);
    const parcours = candidates.map((approval) => {
      // The same contract end as the agrément's alerts (domain contractEndForExit, approvalAlerts).
      const contractEndOn = contractEndForExit(openContracts.filter((c) => c.approvalId === approval.id), ctx.today);
      const held = interviews.filter((i) => i.approvalId === approval.id).map((i) => i.heldOn).sort(compareIsoDates);
      return { id: approval.id, approval, contractEndOn, approvalEndOn: approval.endOn, exitInterviewOn: held.at(-1) ?? null };
    });
    return dueInterviews(parcours, ctx.today).map((d) => ({
      approval: d.parcours.approval,
      endOn: d.endOn,
      windowStartOn: d.window.from,
      windowEndOn: d.window.to,
    }));
  });
}

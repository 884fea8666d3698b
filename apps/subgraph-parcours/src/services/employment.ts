// Contracts under an agrément, the tripartite interview and the exit (annexe 4 §2.1, §2.2.8; fiche 7).
import { tables, type Database } from '@navette/db';
import {
  addMonths,
  approvalEndDate,
  compareIsoDates,
  EXIT_OUTCOMES,
  exitInterviewsDue as dueInterviews,
  formatFrenchDate,
  isApprovalActive,
  prescriptionTransition,
} from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import { and, asc, between, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { ContractInput, ExitInput, ExitInterviewInput } from '../generated/resolvers-types.js';
import type { ApprovalRow, ExitInterviewDueRow } from '../rows.js';
import { historyOf } from './approvals.js';
import { auditDecision } from './audit.js';
import { recordPrescriptionEvent } from './prescriptions.js';
import { callerOrganisation, inOrder, isoDate, knownId, notAfterToday, notFound, optionalIsoDate, optionalText, requiredText } from './validation.js';

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
  if (ai && (input.aiSector == null || input.aiHours == null)) {
    throw userError('BAD_USER_INPUT', 'Une mise à disposition précise le secteur et le nombre d’heures.', { field: 'Heures' });
  }
  if (input.aiHours != null && (!Number.isInteger(input.aiHours) || input.aiHours < 1 || input.aiHours > 10_000)) {
    throw userError('BAD_USER_INPUT', 'Nombre d’heures : un entier positif.', { field: 'Heures' });
  }
  return ctx.data(async (tx) => {
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    const history = await historyOf(tx, approval);
    const first = (history.contracts ?? []).length === 0;
    if (first) {
      // accord, annexe 4 §2.1: the 24 months run from the first hiring in a SIAE.
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
  notAfterToday(heldOn, ctx.today, 'La date de l’entretien');
  const assessment = requiredText(input.assessment, 'Bilan');
  return ctx.data(async (tx) => {
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    inOrder(approval.startOn, heldOn, ['Le début de l’agrément', 'La date de l’entretien']);
    await tx.insert(exitInterviews).values({
      approvalId: approval.id,
      siaeId,
      heldOn,
      assessment,
      sentToReferentOn: input.sendToReferent ? ctx.today : null,
      sentToPrescriberOn: input.sendToPrescriber ? ctx.today : null,
    });
    await auditDecision(tx, ctx, 'EXIT_INTERVIEW_RECORDED', { type: 'Approval', id: approval.id });
    return approval;
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
    inOrder(approval.startOn, exitOn, ['Le début de l’agrément', 'La date de sortie']);
    const done = await tx.select({ id: exits.id }).from(exits).where(and(eq(exits.approvalId, approval.id), eq(exits.siaeId, siaeId)));
    if (done.length > 0) throw userError('CONFLICT', 'La sortie de ce parcours est déjà enregistrée.');
    await tx.insert(exits).values({ approvalId: approval.id, personId: approval.personId, siaeId, exitOn, outcome: input.outcome, skills, comment });
    // The person leaves: contracts of this SIAE still open end on the exit day.
    await tx
      .update(contracts)
      .set({ endedOn: exitOn })
      .where(and(eq(contracts.approvalId, approval.id), eq(contracts.siaeId, siaeId), isNull(contracts.endedOn), lte(contracts.startOn, exitOn)));
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
      tx.select().from(contracts).where(and(inArray(contracts.approvalId, ids), isNull(contracts.endedOn), gte(contracts.endOn, ctx.today))),
      tx.select().from(exitInterviews).where(inArray(exitInterviews.approvalId, ids)),
    ]);
    const parcours = candidates.map((approval) => {
      const ends = openContracts.filter((c) => c.approvalId === approval.id).map((c) => c.endOn!).sort(compareIsoDates);
      const held = interviews.filter((i) => i.approvalId === approval.id).map((i) => i.heldOn).sort(compareIsoDates);
      return { id: approval.id, approval, contractEndOn: ends.at(-1) ?? null, approvalEndOn: approval.endOn, exitInterviewOn: held.at(-1) ?? null };
    });
    return dueInterviews(parcours, ctx.today).map((d) => ({
      approval: d.parcours.approval,
      endOn: d.endOn,
      windowStartOn: d.window.from,
      windowEndOn: d.window.to,
    }));
  });
}

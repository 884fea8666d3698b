// Demandes d'agrément and agréments (annexe 4 §2.1-2.2.8): filing, deadline, decision (one only), tacit grant,
// appeal, and what a grant does to the agrément. Every rule is a function of @navette/domain.
import { tables, type Database } from '@navette/db';
import {
  APPROVAL_REFUSAL_REASON_CODES,
  approvalDecisionDeadline,
  approvalEndDate,
  approvalRequestStatusAt,
  formatFrenchDate,
  validateExtension,
  validateProlongation,
  validateRenewal,
  validateContractPeriod,
  validateSuspension,
  validateSuspensionReason,
  type ApprovalHistory,
  type ApprovalRequestKind,
  type IsoDate,
  type ProlongationReason,
  type SiaeKind,
} from '@navette/domain';
import { rootLogger, throttleExtensionLookup, userError } from '@navette/subgraph-server';
import { and, eq, inArray } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { ApprovalRequestInput } from '../generated/resolvers-types.js';
import type { ApprovalRequestRow, ApprovalRow } from '../rows.js';
import { auditDecision } from './audit.js';
import { decodeDocuments, storeDocuments } from './documents.js';
import { approvalForExtension, auditExtensionLookup, extensionLookupRefused, fileExtensionByFactors, type ExtensionFactors } from './extension-lookup.js';
import { insertApprovalWithNewNumber } from './approval-numbers.js';
import {
  callerOrganisation,
  inOrder,
  knownId,
  notFound,
  optionalIsoDate,
  optionalText,
  refused,
  requiredIsoDate,
  requiredText,
} from './validation.js';

const { approvals, approvalEvents, approvalRequests, contracts } = tables;

/** What a request carries besides its columns (jsonb `details`). */
export type RequestDetails = {
  contractStartOn?: IsoDate | null;
  contractEndOn?: IsoDate | null;
  suspensionStartOn?: IsoDate | null;
  suspensionEndOn?: IsoDate | null;
  /** annexe 4 §2.2.4: a code of @navette/domain SUSPENSION_REASONS. */
  suspensionReason?: string | null;
  prolongationReason?: ProlongationReason | null;
  prolongationEndOn?: IsoDate | null;
  trainingStartOn?: IsoDate | null;
  trainingEndOn?: IsoDate | null;
  jointAssessmentDone?: boolean | null;
};
export const detailsOf = (request: ApprovalRequestRow) => request.details as RequestDetails;

/** Everything the annexe 4 rules need about an agrément (domain `ApprovalHistory`). */
export async function historyOf(tx: Database, approval: ApprovalRow): Promise<ApprovalHistory> {
  const [events, contractRows, [person]] = await Promise.all([
    tx.select().from(approvalEvents).where(eq(approvalEvents.approvalId, approval.id)),
    tx.select().from(contracts).where(eq(contracts.approvalId, approval.id)),
    tx.select({ birthDate: tables.people.birthDate, rqth: tables.people.rqth }).from(tables.people).where(eq(tables.people.id, approval.personId)),
  ]);
  return historyFrom(approval, events, contractRows, person);
}

export function historyFrom(
  approval: ApprovalRow,
  events: (typeof approvalEvents.$inferSelect)[],
  contractRows: (typeof contracts.$inferSelect)[],
  person?: { birthDate: string; rqth: boolean },
): ApprovalHistory {
  return {
    startOn: approval.startOn,
    suspensions: events.filter((e) => e.kind === 'SUSPENSION' && e.endOn).map((e) => ({ startOn: e.startOn, endOn: e.endOn! })),
    prolongations: events
      .filter((e) => e.kind === 'PROLONGATION' && e.endOn)
      .map((e) => ({ startOn: e.startOn, endOn: e.endOn!, reason: e.reason as ProlongationReason })),
    contracts: contractRows.map((c) => ({ siaeId: c.siaeId, startOn: c.startOn, endOn: c.endedOn ?? c.endOn })),
    ...(person ? { person } : {}),
  };
}

/** Rows of a raw query, whichever driver ran it (postgres.js returns an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export async function siaeFacts(tx: Database, siaeId: string): Promise<{ kind: SiaeKind; departementCode: string }> {
  const [siae] = await tx
    .select({ kind: tables.siaes.kind, departementCode: tables.siaes.departementCode })
    .from(tables.siaes)
    .where(eq(tables.siaes.id, siaeId));
  if (!siae) throw userError('FORBIDDEN', 'Votre SIAE est inconnue de l’annuaire.');
  return siae;
}

const LIVE_STATUSES = ['PENDING', 'GRANTED', 'TACITLY_GRANTED'] as const;

/**
 * A SIAE files a demande d'agrément (annexe 4 §2.2); its deadline is fixed at receipt (§2.2.2). The receipt is the
 * server's fact (issue 13): the day in France (ctx.today, domain dateInFrance) the written request reaches the platform
 * with the documents filed with it — never a date the client sends, so a request cannot be born tacitly granted.
 */
export async function requestApproval(ctx: ParcoursContext, input: ApprovalRequestInput): Promise<ApprovalRequestRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const documents = decodeDocuments(input.documents);
  const receivedOn = ctx.today;
  const details: RequestDetails = {};
  const contract = () => {
    const startOn = requiredIsoDate(input.contractStartOn, 'Début du contrat');
    const endOn = optionalIsoDate(input.contractEndOn, 'Fin du contrat');
    inOrder(startOn, endOn, ['Le début du contrat', 'La fin du contrat']);
    const period = validateContractPeriod(startOn, endOn);
    if (!period.ok) refused(period);
    Object.assign(details, { contractStartOn: startOn, contractEndOn: endOn });
    return { siaeId, startOn, endOn };
  };
  // An extension named by its number (annexe 4 §2.2.5): the three factors, and what does not depend on the agrément
  // checked first, so that every refusal after the look-up can be the one answer (extension-lookup.ts).
  let factors: ExtensionFactors | null = null;
  if (input.kind === 'EXTENSION' && !input.approvalId && (input.approvalNumber || input.birthDate || input.surname)) {
    // Any attempt at the look-up by factors is throttled per SIAE and per IP (issue 11), before anything is checked
    // or read: an incomplete guess counts too.
    await throttleExtensionLookup(ctx.rateLimiter, { organisationId: siaeId, ip: ctx.clientIp });
    factors = {
      approvalNumber: input.approvalNumber ?? '',
      birthDate: requiredIsoDate(input.birthDate, 'Date de naissance'),
      surname: requiredText(input.surname, 'Premières lettres du nom', 100),
    };
    contract();
  }

  const file = () => ctx.data(async (tx) => {
    const siae = await siaeFacts(tx, siaeId);
    const deadline = approvalDecisionDeadline({ receivedOn, siaeKind: siae.kind, departement: siae.departementCode });
    const base = { kind: input.kind, siaeId, receivedOn, deadline, requestedByUserId: ctx.identity.userId };

    if (input.kind === 'INITIAL') {
      const prescriptionId = knownId(input.prescriptionId ?? '', 'Prescription');
      const [prescription] = await tx.select().from(tables.prescriptions).where(eq(tables.prescriptions.id, prescriptionId));
      if (!prescription) throw notFound('Prescription');
      if (prescription.siaeId !== siaeId) throw userError('FORBIDDEN', 'Cette prescription est adressée à une autre SIAE.');
      if (prescription.status !== 'ACCEPTED') {
        throw userError('CONFLICT', 'Acceptez d’abord la candidature : la demande d’agrément porte sur une prescription acceptée.');
      }
      const live = await tx
        .select({ id: approvalRequests.id })
        .from(approvalRequests)
        .where(and(eq(approvalRequests.prescriptionId, prescriptionId), eq(approvalRequests.kind, 'INITIAL'), inArray(approvalRequests.status, [...LIVE_STATUSES])));
      if (live.length > 0) throw userError('CONFLICT', 'Une demande d’agrément est déjà en cours ou accordée pour cette prescription.');
      contract();
      const [row] = await tx
        .insert(approvalRequests)
        .values({ ...base, personId: prescription.personId, prescriptionId, prescriberOrganisationId: prescription.prescriberOrganisationId, details })
        .returning();
      await storeDocuments(tx, ctx, row!.id, documents);
      await auditDecision(tx, ctx, 'APPROVAL_REQUESTED', { type: 'ApprovalRequest', id: row!.id }, { kind: 'INITIAL', documents: documents.length });
      return row!;
    }

    // Every other kind concerns an existing agrément.
    let approvalId: string;
    let personId: string | undefined;
    if (input.approvalId) {
      approvalId = knownId(input.approvalId, 'Agrément');
      const [visible] = await tx.select({ personId: approvals.personId }).from(approvals).where(eq(approvals.id, approvalId));
      personId = visible?.personId;
    } else if (factors) {
      const found = await approvalForExtension(tx, factors);
      if (!found) throw extensionLookupRefused();
      approvalId = found.approvalId;
      personId = found.personId;
    } else {
      throw userError('BAD_USER_INPUT', 'Indiquez l’agrément concerné.', { field: 'Agrément' });
    }
    if (!personId) throw notFound('Agrément');
    const pending = await tx
      .select({ id: approvalRequests.id })
      .from(approvalRequests)
      .where(and(eq(approvalRequests.approvalId, approvalId), eq(approvalRequests.kind, input.kind), eq(approvalRequests.status, 'PENDING')));
    if (pending.length > 0) throw userError('CONFLICT', 'Une demande du même type est déjà en attente pour cet agrément.');

    if (input.kind === 'SUSPENSION') {
      details.suspensionStartOn = requiredIsoDate(input.suspensionStartOn, 'Début de la suspension');
      details.suspensionEndOn = requiredIsoDate(input.suspensionEndOn, 'Fin de la suspension');
      const reason = validateSuspensionReason(input.suspensionReason);
      if (!reason.ok) refused(reason);
      details.suspensionReason = reason.value;
    } else if (input.kind === 'PROLONGATION') {
      if (!input.prolongationReason) throw userError('BAD_USER_INPUT', 'Motif de la prolongation : champ obligatoire.', { field: 'Motif' });
      details.prolongationReason = input.prolongationReason;
      details.prolongationEndOn = requiredIsoDate(input.prolongationEndOn, 'Nouvelle date de fin');
      if (input.prolongationReason === 'TRAINING') {
        details.trainingStartOn = requiredIsoDate(input.trainingStartOn, 'Début de la formation');
        details.trainingEndOn = requiredIsoDate(input.trainingEndOn, 'Fin de la formation');
      }
    } else if (input.kind === 'RENEWAL') {
      details.jointAssessmentDone = input.jointAssessmentDone ?? false;
      contract();
    } else {
      contract();
    }

    // An extension's SIAE does not see the agrément until its request exists (policy approvals_access): file first,
    // check next; a refusal below rolls the whole transaction back.
    const [row] = await tx.insert(approvalRequests).values({ ...base, personId, approvalId, details }).returning();
    const [approval] = await tx.select().from(approvals).where(eq(approvals.id, approvalId));
    if (!approval) throw notFound('Agrément');
    if (input.kind !== 'EXTENSION' && approval.siaeId !== siaeId) {
      throw userError('FORBIDDEN', 'Seule la SIAE titulaire de l’agrément peut faire cette demande.');
    }
    const check = validateRequest(input.kind, await historyOf(tx, approval), details, siaeId, receivedOn, receivedOn);
    if (!check.ok) refused(check);
    await storeDocuments(tx, ctx, row!.id, documents);
    await auditDecision(tx, ctx, 'APPROVAL_REQUESTED', { type: 'ApprovalRequest', id: row!.id }, { kind: input.kind, documents: documents.length });
    if (factors) await auditExtensionLookup(tx, ctx, 'FILED', approvalId);
    return row!;
  });
  return factors ? fileExtensionByFactors(ctx, file) : file();
}

/** The domain check of a non-initial request, at filing (`decidedOn` = receipt) and again at decision. */
function validateRequest(
  kind: ApprovalRequestKind,
  history: ApprovalHistory,
  details: RequestDetails,
  siaeId: string,
  receivedOn: IsoDate,
  decidedOn: IsoDate,
): { ok: true; endOn?: IsoDate; startOn?: IsoDate } | { ok: false; code: string; message: string } {
  switch (kind) {
    case 'SUSPENSION': {
      const r = validateSuspension(history, { startOn: details.suspensionStartOn!, endOn: details.suspensionEndOn! });
      return r.ok ? { ok: true, endOn: r.value.approvalEndOn } : r;
    }
    case 'PROLONGATION': {
      const r = validateProlongation(history, {
        reason: details.prolongationReason!,
        endOn: details.prolongationEndOn!,
        decidedOn,
        requestedOn: receivedOn,
        training: details.trainingStartOn && details.trainingEndOn ? { startOn: details.trainingStartOn, endOn: details.trainingEndOn } : null,
      });
      return r.ok ? { ok: true, endOn: r.value.approvalEndOn, startOn: r.value.prolongation.startOn } : r;
    }
    case 'EXTENSION': {
      const r = validateExtension(history, {
        contract: { siaeId, startOn: details.contractStartOn!, endOn: details.contractEndOn ?? null },
        requestedOn: receivedOn,
      });
      return r.ok ? { ok: true } : r;
    }
    case 'RENEWAL': {
      const r = validateRenewal(history, { requestedOn: receivedOn, jointAssessmentDone: details.jointAssessmentDone ?? false });
      return r.ok ? { ok: true } : r;
    }
    default:
      return { ok: true };
  }
}

/**
 * What a grant does (explicit, tacit, or on appeal): a new agrément for INITIAL and RENEWAL (24 months from the
 * planned hiring, annexe 4 §2.1), or the change to the agrément for the other kinds. Returns the agrément's id.
 * `strict`: an agent's grant that the rules no longer allow is refused; a tacit grant is recorded as acquired even
 * then, without changing the agrément (and says so in the log).
 */
export async function applyGrant(tx: Database, request: ApprovalRequestRow, on: IsoDate, strict: boolean): Promise<string | null> {
  const details = detailsOf(request);
  if (request.kind === 'INITIAL' || request.kind === 'RENEWAL') {
    const startOn = details.contractStartOn!;
    const created = await insertApprovalWithNewNumber(tx, on, {
      personId: request.personId,
      siaeId: request.siaeId,
      prescriberOrganisationId: request.prescriberOrganisationId,
      prescriptionId: request.prescriptionId,
      renewsApprovalId: request.kind === 'RENEWAL' ? request.approvalId : null,
      startOn,
      endOn: approvalEndDate({ startOn }),
    });
    await tx.update(approvalRequests).set({ resultingApprovalId: created!.id }).where(eq(approvalRequests.id, request.id));
    return created!.id;
  }
  const [approval] = await tx.select().from(approvals).where(eq(approvals.id, request.approvalId!));
  if (!approval) throw notFound('Agrément');
  const check = validateRequest(request.kind, await historyOf(tx, approval), details, request.siaeId, request.receivedOn, on);
  if (!check.ok) {
    if (strict) refused(check);
    rootLogger().warn({ approvalRequestId: request.id, approvalId: approval.id, reason: check.code }, 'tacit grant leaves the agrément unchanged');
    return approval.id;
  }
  const event = {
    approvalId: approval.id,
    siaeId: request.siaeId,
    requestId: request.id,
  };
  if (request.kind === 'SUSPENSION') {
    await tx.insert(approvalEvents).values({ ...event, kind: 'SUSPENSION', startOn: details.suspensionStartOn!, endOn: details.suspensionEndOn! });
  } else if (request.kind === 'PROLONGATION') {
    await tx
      .insert(approvalEvents)
      .values({ ...event, kind: 'PROLONGATION', startOn: check.startOn!, endOn: details.prolongationEndOn!, reason: details.prolongationReason! });
  } else if (request.kind === 'EXTENSION') {
    await tx.insert(approvalEvents).values({ ...event, kind: 'EXTENSION', startOn: details.contractStartOn!, endOn: details.contractEndOn ?? null });
  }
  if (check.endOn && check.endOn !== approval.endOn) {
    await tx.update(approvals).set({ endOn: check.endOn }).where(eq(approvals.id, approval.id));
  }
  await tx.update(approvalRequests).set({ resultingApprovalId: approval.id }).where(eq(approvalRequests.id, request.id));
  return approval.id;
}

async function lockedRequestOfAgency(tx: Database, ctx: ParcoursContext, id: string) {
  const agencyId = callerOrganisation(ctx, 'AGENCY');
  const [request] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, knownId(id, 'Demande d’agrément'))).for('update');
  if (!request) throw notFound('Demande d’agrément');
  if (request.agencyId !== agencyId) throw userError('FORBIDDEN', 'Cette demande relève d’une autre agence.');
  return request;
}

/**
 * The agence grants or refuses (annexe 4 §2.2.2-2.2.3). The row is locked, so two agents deciding at once record one
 * decision; the other is told who was first. After the deadline the agrément is acquired: no decision any more.
 */
export async function decideApprovalRequest(
  ctx: ParcoursContext,
  args: { id: string; decision: 'GRANT' | 'REFUSE'; reason?: string | null; comment?: string | null },
): Promise<ApprovalRequestRow> {
  const comment = optionalText(args.comment, 'Commentaire');
  if (args.decision === 'REFUSE') {
    if (!args.reason || !(APPROVAL_REFUSAL_REASON_CODES as readonly string[]).includes(args.reason)) {
      throw userError('BAD_USER_INPUT', 'Choisissez le motif du refus dans la liste partagée (annexe 4 §2.2.3).', { field: 'Motif' });
    }
    if (!comment) throw userError('BAD_USER_INPUT', 'Motivez le refus par un commentaire (annexe 4 §2.2.3).', { field: 'Commentaire' });
  }
  return ctx.data(async (tx) => {
    const request = await lockedRequestOfAgency(tx, ctx, args.id);
    if (request.status !== 'PENDING') {
      const when = request.decidedOn ? ` le ${formatFrenchDate(request.decidedOn)}` : '';
      throw userError('CONFLICT', `Cette demande a déjà été traitée${when} : ${statusWords[request.status]}.`, { status: request.status });
    }
    const now = approvalRequestStatusAt({ receivedOn: request.receivedOn, siaeKind: request.siaeKind, departement: request.departementCode }, ctx.today);
    if (now === 'TACITLY_GRANTED') {
      throw userError('CONFLICT', `Le délai de décision a expiré le ${formatFrenchDate(request.deadline)} : l’agrément est acquis tacitement.`, {
        status: 'TACITLY_GRANTED',
      });
    }
    const granted = args.decision === 'GRANT';
    const [updated] = await tx
      .update(approvalRequests)
      .set({
        status: granted ? 'GRANTED' : 'REFUSED',
        decidedOn: ctx.today,
        decidedByUserId: ctx.identity.userId,
        refusalReason: granted ? null : args.reason!,
        refusalComment: granted ? null : comment,
      })
      .where(and(eq(approvalRequests.id, request.id), eq(approvalRequests.status, 'PENDING')))
      .returning();
    if (!updated) throw userError('CONFLICT', 'Cette demande vient d’être traitée par un autre agent.');
    if (granted) await applyGrant(tx, updated, ctx.today, true);
    await auditDecision(tx, ctx, granted ? 'APPROVAL_GRANTED' : 'APPROVAL_REFUSED', { type: 'ApprovalRequest', id: request.id }, granted ? { kind: request.kind } : { kind: request.kind, reason: args.reason });
    const [fresh] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, request.id));
    return fresh!;
  });
}

const statusWords: Record<ApprovalRequestRow['status'], string> = {
  PENDING: 'en attente',
  GRANTED: 'agrément accordé',
  REFUSED: 'agrément refusé',
  TACITLY_GRANTED: 'agrément acquis tacitement',
  CLOSED: 'demande close sans décision',
};

/** The one written appeal of the SIAE against a refusal (annexe 4 §2.2.3). */
export async function appealApprovalRefusal(ctx: ParcoursContext, id: string, text: string): Promise<ApprovalRequestRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const appealText = requiredText(text, 'Recours');
  return ctx.data(async (tx) => {
    const [request] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, knownId(id, 'Demande d’agrément'))).for('update');
    if (!request) throw notFound('Demande d’agrément');
    if (request.siaeId !== siaeId) throw userError('FORBIDDEN', 'Seule la SIAE qui a fait la demande peut former un recours.');
    if (request.status !== 'REFUSED') throw userError('CONFLICT', 'Un recours ne porte que sur un refus d’agrément.');
    if (request.appealText) throw userError('CONFLICT', 'Un recours a déjà été formé contre ce refus : un seul recours est possible.');
    const [updated] = await tx
      .update(approvalRequests)
      .set({ appealText, appealedOn: ctx.today, appealStatus: 'PENDING' })
      .where(eq(approvalRequests.id, request.id))
      .returning();
    await auditDecision(tx, ctx, 'APPROVAL_APPEALED', { type: 'ApprovalRequest', id: request.id });
    return updated!;
  });
}

/** The agency director's answer; an upheld appeal grants the agrément. */
export async function decideAppeal(ctx: ParcoursContext, args: { id: string; upheld: boolean; comment?: string | null }): Promise<ApprovalRequestRow> {
  const comment = optionalText(args.comment, 'Commentaire');
  if (!args.upheld && !comment) throw userError('BAD_USER_INPUT', 'Motivez le rejet du recours par un commentaire.', { field: 'Commentaire' });
  return ctx.data(async (tx) => {
    const request = await lockedRequestOfAgency(tx, ctx, args.id);
    if (request.appealStatus !== 'PENDING') throw userError('CONFLICT', 'Aucun recours en attente sur cette demande.');
    const [updated] = await tx
      .update(approvalRequests)
      .set({ appealStatus: args.upheld ? 'UPHELD' : 'DISMISSED', appealDecidedOn: ctx.today, appealComment: comment })
      .where(and(eq(approvalRequests.id, request.id), eq(approvalRequests.appealStatus, 'PENDING')))
      .returning();
    if (!updated) throw userError('CONFLICT', 'Ce recours vient d’être traité par un autre agent.');
    if (args.upheld) await applyGrant(tx, updated, ctx.today, true);
    await auditDecision(tx, ctx, args.upheld ? 'APPEAL_UPHELD' : 'APPEAL_DISMISSED', { type: 'ApprovalRequest', id: request.id });
    const [fresh] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, request.id));
    return fresh!;
  });
}

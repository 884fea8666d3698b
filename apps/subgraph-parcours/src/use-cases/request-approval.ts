// A SIAE files a demande d'agrément (annexe 4 §2.2): an initial request on an accepted prescription, or a suspension
// (§2.2.4), an extension (§2.2.5), a prolongation (§2.2.6) or a renewal (§2.2.7) of an agrément. Its deadline is
// fixed at receipt (§2.2.2). Every rule is a function of @navette/domain.
import { tables } from '@navette/db';
import {
  APPROVAL_REQUEST_KINDS,
  PROLONGATION_REASONS,
  PROFILE_PREVALIDATION_REQUEST_KINDS,
  ACCORD_BFC_IN_FORCE_FROM,
  approvalDecisionDeadline,
  formatFrenchDate,
  isApprovalStartCovered,
  validateContractPeriod,
  validateSuspensionReason,
} from '@navette/domain';
import { parseInput, throttleExtensionLookup } from '@navette/subgraph-server';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import { documentUpload, optionalIsoDate, optionalText, requireField } from '../input-fields.js';
import type { ApprovalRequestRow } from '../rows.js';
import { historyOf, type RequestDetails } from '../services/approval-history.js';
import { auditDecision } from '../services/audit.js';
import { siaeFacts } from '../services/directory.js';
import { decodeDocuments, storeDocuments } from '../services/documents.js';
import {
  approvalForExtension,
  auditExtensionLookup,
  fileExtensionByFactors,
  type ExtensionFactors,
} from '../services/extension-lookup.js';
import { validateRequest } from '../services/grants.js';
import { prevalidationInForce } from '../services/profile-prevalidations.js';
import { callerOrganisation, knownId } from '../services/validation.js';

const { approvals, approvalRequests } = tables;

/** An extension named by its number, the person's birth date and the first letters of the surname (annexe 4 §2.2.5). */
const byFactors = (input: {
  kind: string;
  approvalId?: string | null;
  approvalNumber?: string | null;
  birthDate?: string | null;
  surname?: string | null;
}) =>
  input.kind === 'EXTENSION' && !input.approvalId && Boolean(input.approvalNumber || input.birthDate || input.surname);

/** Kinds that come with the planned contract (annexe 4 §2.1: the agrément's 24 months run from the hiring). */
const WITH_CONTRACT: ReadonlySet<string> = new Set(['INITIAL', 'EXTENSION', 'RENEWAL']);

export const requestApprovalInput = z
  .object({
    kind: z.enum(APPROVAL_REQUEST_KINDS),
    prescriptionId: z.string().nullish(),
    approvalId: z.string().nullish(),
    approvalNumber: z.string().nullish(),
    birthDate: optionalIsoDate(),
    surname: optionalText(100),
    contractStartOn: optionalIsoDate(),
    contractEndOn: optionalIsoDate(),
    suspensionStartOn: optionalIsoDate(),
    suspensionEndOn: optionalIsoDate(),
    suspensionReason: z.string().nullish(),
    prolongationReason: z.enum(PROLONGATION_REASONS).nullish(),
    prolongationEndOn: optionalIsoDate(),
    trainingStartOn: optionalIsoDate(),
    trainingEndOn: optionalIsoDate(),
    jointAssessmentDone: z.boolean().nullish(),
    documents: z.array(documentUpload).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'INITIAL') requireField(ctx, input.prescriptionId, 'prescriptionId');
    else if (byFactors(input)) {
      requireField(ctx, input.birthDate, 'birthDate');
      requireField(ctx, input.surname, 'surname');
    } else requireField(ctx, input.approvalId, 'approvalId');
    // Dates in the wrong order are the domain's refusals (CONTRACT_DATES_OUT_OF_ORDER, SUSPENSION_DATES_OUT_OF_ORDER).
    if (WITH_CONTRACT.has(input.kind)) requireField(ctx, input.contractStartOn, 'contractStartOn');
    if (input.kind === 'SUSPENSION') {
      requireField(ctx, input.suspensionStartOn, 'suspensionStartOn');
      requireField(ctx, input.suspensionEndOn, 'suspensionEndOn');
    }
    if (input.kind === 'PROLONGATION') {
      requireField(ctx, input.prolongationReason, 'prolongationReason');
      requireField(ctx, input.prolongationEndOn, 'prolongationEndOn');
      if (input.prolongationReason === 'TRAINING') {
        requireField(ctx, input.trainingStartOn, 'trainingStartOn');
        requireField(ctx, input.trainingEndOn, 'trainingEndOn');
      }
    }
  });
export type RequestApprovalInput = z.input<typeof requestApprovalInput>;

const LABELS = {
  prescriptionId: 'Prescription',
  approvalId: 'Agrément',
  birthDate: 'Date de naissance',
  surname: 'Premières lettres du nom',
  contractStartOn: 'Début du contrat',
  contractEndOn: 'Fin du contrat',
  suspensionStartOn: 'Début de la suspension',
  suspensionEndOn: 'Fin de la suspension',
  prolongationReason: 'Motif de la prolongation',
  prolongationEndOn: 'Nouvelle date de fin',
  trainingStartOn: 'Début de la formation',
  trainingEndOn: 'Fin de la formation',
  documents: 'Documents',
};

const LIVE_STATUSES = ['PENDING', 'GRANTED', 'TACITLY_GRANTED'] as const;
const PREVALIDATED_KINDS: ReadonlySet<string> = new Set(PROFILE_PREVALIDATION_REQUEST_KINDS);

/**
 * Files the request. The receipt is the server's fact (issue 13): the day in France (ctx.today, domain dateInFrance)
 * the written request reaches the platform with the documents filed with it — never a date the client sends, so a
 * request cannot be born tacitly granted.
 */
export async function requestApproval(ctx: ParcoursContext, raw: RequestApprovalInput): Promise<ApprovalRequestRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const lookup = byFactors(raw);
  // Any attempt at the look-up by factors is throttled per SIAE and per IP (issue 11), before anything is checked or
  // read: an incomplete guess counts too.
  if (lookup) await throttleExtensionLookup(ctx.rateLimiter, { organisationId: siaeId, ip: ctx.clientIp });
  const input = parseInput(requestApprovalInput, raw, LABELS);
  const documents = decodeDocuments(input.documents);
  const receivedOn = ctx.today;

  const details: RequestDetails = {};
  if (WITH_CONTRACT.has(input.kind)) {
    const startOn = input.contractStartOn!;
    const endOn = input.contractEndOn ?? null;
    const period = validateContractPeriod(startOn, endOn);
    if (!period.ok) throw refusedByDomain(period);
    // The agrément's 24 months would run from this start (annexe 4 §2.1): a duration must be in force on that day.
    if (!isApprovalStartCovered(startOn))
      throw errors.approvalStartBeforeRule(formatFrenchDate(ACCORD_BFC_IN_FORCE_FROM));
    Object.assign(details, { contractStartOn: startOn, contractEndOn: endOn });
  }
  if (input.kind === 'SUSPENSION') {
    const reason = validateSuspensionReason(input.suspensionReason);
    if (!reason.ok) throw refusedByDomain(reason);
    Object.assign(details, {
      suspensionStartOn: input.suspensionStartOn,
      suspensionEndOn: input.suspensionEndOn,
      suspensionReason: reason.value,
    });
  } else if (input.kind === 'PROLONGATION') {
    Object.assign(details, {
      prolongationReason: input.prolongationReason,
      prolongationEndOn: input.prolongationEndOn,
    });
    if (input.prolongationReason === 'TRAINING')
      Object.assign(details, { trainingStartOn: input.trainingStartOn, trainingEndOn: input.trainingEndOn });
  } else if (input.kind === 'RENEWAL') {
    details.jointAssessmentDone = input.jointAssessmentDone ?? false;
  }
  // What does not depend on the agrément is checked above, so that every refusal after the look-up can be the one
  // answer (extension-lookup.ts).
  const factors: ExtensionFactors | null = lookup
    ? { approvalNumber: input.approvalNumber ?? '', birthDate: input.birthDate!, surname: input.surname! }
    : null;

  const file = () =>
    ctx.data(async (tx) => {
      const siae = await siaeFacts(tx, siaeId);
      // A person whose profile an agence pre-validated for this ETTI or AI (annexe 4 §2.2.2 last paragraph, §2.2.8)
      // has the request for their recruitment decided the same day: the domain's deadline knows it.
      const deadlineFor = async (personId: string) => {
        const prevalidation = PREVALIDATED_KINDS.has(input.kind)
          ? await prevalidationInForce(tx, personId, siaeId, receivedOn)
          : null;
        if (prevalidation) details.profilePrevalidationId = prevalidation.id;
        return approvalDecisionDeadline({
          receivedOn,
          siaeKind: siae.kind,
          departement: siae.departementCode,
          profilePrevalidated: prevalidation != null,
        });
      };
      const base = { kind: input.kind, siaeId, receivedOn, requestedByUserId: ctx.identity.userId };

      if (input.kind === 'INITIAL') {
        const prescriptionId = knownId(input.prescriptionId!, errors.prescriptionNotFound);
        const [prescription] = await tx
          .select()
          .from(tables.prescriptions)
          .where(eq(tables.prescriptions.id, prescriptionId));
        if (!prescription) throw errors.prescriptionNotFound();
        if (prescription.siaeId !== siaeId) throw errors.prescriptionOfAnotherSiae();
        if (prescription.status !== 'ACCEPTED') throw errors.prescriptionNotAccepted();
        const live = await tx
          .select({ id: approvalRequests.id })
          .from(approvalRequests)
          .where(
            and(
              eq(approvalRequests.prescriptionId, prescriptionId),
              eq(approvalRequests.kind, 'INITIAL'),
              inArray(approvalRequests.status, [...LIVE_STATUSES]),
            ),
          );
        if (live.length > 0) throw errors.approvalRequestAlreadyLive();
        const [row] = await tx
          .insert(approvalRequests)
          .values({
            ...base,
            deadline: await deadlineFor(prescription.personId),
            personId: prescription.personId,
            prescriptionId,
            prescriberOrganisationId: prescription.prescriberOrganisationId,
            details,
          })
          .returning();
        await storeDocuments(tx, ctx, row!.id, documents);
        await auditDecision(
          tx,
          ctx,
          'APPROVAL_REQUESTED',
          { type: 'ApprovalRequest', id: row!.id },
          { kind: 'INITIAL', documents: documents.length },
        );
        return row!;
      }

      // Every other kind concerns an existing agrément: named by its id, or found by the extension's factors.
      let approvalId: string;
      let personId: string | undefined;
      if (input.approvalId) {
        approvalId = knownId(input.approvalId, errors.approvalNotFound);
        const [visible] = await tx
          .select({ personId: approvals.personId })
          .from(approvals)
          .where(eq(approvals.id, approvalId));
        personId = visible?.personId;
      } else {
        if (!factors) throw new Error('requestApproval: the input schema lets no request through without its agrément');
        const found = await approvalForExtension(tx, factors);
        if (!found) throw errors.extensionLookupRefused();
        approvalId = found.approvalId;
        personId = found.personId;
      }
      if (!personId) throw errors.approvalNotFound();
      const pending = await tx
        .select({ id: approvalRequests.id })
        .from(approvalRequests)
        .where(
          and(
            eq(approvalRequests.approvalId, approvalId),
            eq(approvalRequests.kind, input.kind),
            eq(approvalRequests.status, 'PENDING'),
          ),
        );
      if (pending.length > 0) throw errors.approvalRequestAlreadyPending();

      // An extension's SIAE does not see the agrément until its request exists (policy approvals_access): file first,
      // check next; a refusal below rolls the whole transaction back.
      const [row] = await tx
        .insert(approvalRequests)
        .values({ ...base, deadline: await deadlineFor(personId), personId, approvalId, details })
        .returning();
      const [approval] = await tx.select().from(approvals).where(eq(approvals.id, approvalId));
      if (!approval) throw errors.approvalNotFound();
      if (input.kind !== 'EXTENSION' && approval.siaeId !== siaeId) throw errors.onlyApprovalHolderMayRequest();
      const check = validateRequest(input.kind, await historyOf(tx, approval), details, siaeId, receivedOn, receivedOn);
      if (!check.ok) throw refusedByDomain(check);
      await storeDocuments(tx, ctx, row!.id, documents);
      await auditDecision(
        tx,
        ctx,
        'APPROVAL_REQUESTED',
        { type: 'ApprovalRequest', id: row!.id },
        { kind: input.kind, documents: documents.length },
      );
      if (factors) await auditExtensionLookup(tx, ctx, 'FILED', approvalId);
      return row!;
    });
  return factors ? fileExtensionByFactors(ctx, file) : file();
}

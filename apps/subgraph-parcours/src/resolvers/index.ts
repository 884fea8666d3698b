import {
  ACCORD_BFC_IN_FORCE_FROM,
  APPROVAL_REFUSAL_REASONS,
  APPROVAL_REQUEST_KIND_LABELS,
  APPROVAL_REQUEST_STATUS_LABELS,
  ELIGIBILITY_CATEGORY_LABELS,
  ELIGIBILITY_CRITERIA,
  ELIGIBILITY_SHORT_LABELS,
  EXIT_OUTCOME_LABELS,
  ORIENTATION_ORIGIN_KIND_LABELS,
  ORIENTATION_STATUS_LABELS,
  PRESCRIPTION_STATUS_LABELS,
  SIAE_REFUSAL_REASONS,
  SUSPENSION_REASONS,
  addMonths,
  approvalDecisionDeadline,
  approvalAlerts,
  approvalRequestStatusOn,
  approvalStatusOn,
  compareIsoDates,
  countWorkingDaysBetween,
  daysInclusive,
  eligibilityCriterion,
  exitBilanForPrescriber,
  formatFrenchDate,
  isApprovalRequiredForAi,
  isWithin,
  summariseDiagnosis,
  type EligibilityCriterion,
  type EligibilityCriterionCode,
} from '@navette/domain';
import { DateScalar, DateTimeScalar } from '@navette/subgraph-server';
import type { GraphQLError } from 'graphql';
import type { ParcoursContext } from '../context.js';
import { errors, withDetails } from '../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { ApprovalRequestRow, ApprovalRow } from '../rows.js';
import { historyFrom, detailsOf } from '../services/approval-history.js';
import { listExitInterviewsDue } from '../services/exit-interviews-due.js';
import { parcoursPendingWork } from '../services/pending-work.js';
import * as peopleService from '../services/people.js';
import * as prescriptionsService from '../services/prescriptions.js';
import { approvalStatistics } from '../services/statistics.js';
import { listApprovalRequests, listApprovals } from '../services/lists.js';
import { listOrientations, orientationStatistics } from '../services/orientations.js';
import { addRequestDocuments } from '../use-cases/add-request-documents.js';
import { answerOrientation } from '../use-cases/answer-orientation.js';
import { answerPrescription } from '../use-cases/answer-prescription.js';
import { appealApprovalRefusal } from '../use-cases/appeal-approval-refusal.js';
import { decideAppeal } from '../use-cases/decide-appeal.js';
import { decideApprovalRequest } from '../use-cases/decide-approval-request.js';
import { planExitInterview } from '../use-cases/plan-exit-interview.js';
import { recordContract } from '../use-cases/record-contract.js';
import { recordDiagnosis } from '../use-cases/record-diagnosis.js';
import { recordExit } from '../use-cases/record-exit.js';
import { recordExitInterview } from '../use-cases/record-exit-interview.js';
import { orientPerson } from '../use-cases/orient-person.js';
import { recordPerson } from '../use-cases/record-person.js';
import { exportPersonRecord } from '../use-cases/export-person-record.js';
import { correctPersonIdentity, mayCorrectIdentity } from '../use-cases/correct-person-identity.js';
import { requestApproval } from '../use-cases/request-approval.js';
import { sendPrescription } from '../use-cases/send-prescription.js';
import { withdrawPrescription } from '../use-cases/withdraw-prescription.js';

/** Labels of the appeal's answer (annexe 4 §2.2.3: written appeal to the agency director). */
const APPEAL_STATUS_LABELS = {
  PENDING: 'Recours en attente',
  UPHELD: 'Recours accueilli',
  DISMISSED: 'Recours rejeté',
} as const;

const criteria = (codes: readonly string[]) =>
  codes
    .map((code) => eligibilityCriterion(code as EligibilityCriterionCode))
    .filter((c): c is EligibilityCriterion => c != null);
const reasonOf = (list: readonly { code: string; label: string }[], code: string | null) =>
  code == null ? null : (list.find((r) => r.code === code) ?? { code, label: code });
/** A row a field leads to; the catalogue's "not found" when the caller does not see it. */
const must = <T>(value: T | null | undefined, notFound: () => GraphQLError): T => {
  if (value == null) throw notFound();
  return value;
};

/**
 * Status of a request today (domain approvalRequestStatusOn): a pending request past the deadline fixed at its
 * receipt is already acquired (annexe 4 §2.2.2).
 */
function requestStatus(request: ApprovalRequestRow, today: string) {
  return approvalRequestStatusOn(request, today);
}

async function approvalHistory(approval: ApprovalRow, ctx: ParcoursContext) {
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
  return { ...historyFrom(approval, events, contracts), exitOn };
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,

  Query: {
    eligibilityCriteria: () => [...ELIGIBILITY_CRITERIA],
    siaeRefusalReasons: () => SIAE_REFUSAL_REASONS.map(({ code, label }) => ({ code, label })),
    approvalRefusalReasons: () => APPROVAL_REFUSAL_REASONS.map(({ code, label }) => ({ code, label })),
    suspensionReasons: () => SUSPENSION_REASONS.map(({ code, label }) => ({ code, label })),
    people: (_, args, ctx) => peopleService.listPeople(ctx, args),
    person: (_, { id }, ctx) => ctx.loaders.person.load(id),
    prescriptions: (_, args, ctx) => prescriptionsService.listPrescriptions(ctx, args),
    prescription: (_, { id }, ctx) => ctx.loaders.prescription.load(id),
    approvalRequests: (_, args, ctx) => listApprovalRequests(ctx, args),
    approvalRequest: (_, { id }, ctx) => ctx.loaders.approvalRequest.load(id),
    approvals: (_, args, ctx) => listApprovals(ctx, args),
    approval: (_, { id }, ctx) => ctx.loaders.approval.load(id),
    exitInterviewsDue: (_, __, ctx) => listExitInterviewsDue(ctx),
    orientations: (_, args, ctx) => listOrientations(ctx, args),
    orientation: (_, { id }, ctx) => ctx.loaders.orientation.load(id),
    orientationStatistics: (_, args, ctx) => orientationStatistics(ctx, args),
    approvalStatistics: async (_, args, ctx) => {
      const { rows, refusalsByReason } = await approvalStatistics(ctx, args);
      return {
        rows: rows.map((row) => ({ ...row, departement: { code: row.departement }, siaeKind: row.siaeKind as 'ACI' })),
        refusalsByReason,
      };
    },
  },

  Mutation: {
    recordPerson: (_, { input }, ctx) => recordPerson(ctx, input),
    exportPersonRecord: (_, { personId }, ctx) => exportPersonRecord(ctx, personId),
    correctPersonIdentity: (_, { personId, input }, ctx) => correctPersonIdentity(ctx, personId, input),
    diagnose: (_, { input }, ctx) => recordDiagnosis(ctx, input),
    prescribe: (_, { input }, ctx) => sendPrescription(ctx, input),
    withdrawPrescription: (_, { id }, ctx) => withdrawPrescription(ctx, { id }),
    markPrescriptionSeen: (_, { id }, ctx) => answerPrescription(ctx, { id, answer: 'SEE' }),
    acceptPrescription: (_, { id }, ctx) => answerPrescription(ctx, { id, answer: 'ACCEPT' }),
    refusePrescription: (_, { id, reason, comment }, ctx) =>
      answerPrescription(ctx, { id, answer: 'REFUSE', reason, comment }),
    requestApproval: (_, { input }, ctx) => requestApproval(ctx, input),
    decideApprovalRequest: (_, args, ctx) => decideApprovalRequest(ctx, args),
    addApprovalRequestDocuments: (_, args, ctx) => addRequestDocuments(ctx, args),
    appealApprovalRefusal: (_, args, ctx) => appealApprovalRefusal(ctx, args),
    decideAppeal: (_, args, ctx) => decideAppeal(ctx, args),
    recordContract: (_, { input }, ctx) => recordContract(ctx, input),
    recordExitInterview: (_, { input }, ctx) => recordExitInterview(ctx, input),
    planExitInterview: (_, { input }, ctx) => planExitInterview(ctx, input),
    recordExit: (_, { input }, ctx) => recordExit(ctx, input),
    orientPerson: (_, { input }, ctx) => orientPerson(ctx, input),
    acceptOrientation: (_, { id }, ctx) => answerOrientation(ctx, { id, action: 'ACCEPT' }),
    declineOrientation: (_, { id, reason }, ctx) => answerOrientation(ctx, { id, action: 'DECLINE', reason }),
  },

  // Mon travail en attente (issue 14 §1): the parcours' part, for the caller only (the structures subgraph merges).
  PendingWork: {
    __resolveReference: (ref, ctx) => {
      if (ctx.principal.kind !== 'user' || ref.viewerId !== ctx.principal.userId)
        throw errors.pendingWorkOfAnotherUser();
      return { viewerId: ref.viewerId };
    },
    parcoursItems: (_, __, ctx) => parcoursPendingWork(ctx),
  },

  Siae: {
    // The gateway passes `kind` and `departement { code }` (@requires): no call back to structures.
    approvalDecisionDeadline: (siae, { receivedOn }) => {
      if (!siae.kind || !siae.departement)
        throw new Error('Siae.approvalDecisionDeadline resolved without its @requires fields');
      // accord, annexe 4 §2.2.2 (rule in @navette/domain), the version in force on the day of receipt: none before the
      // accord (8 December 2016), a date the user chose.
      if (compareIsoDates(receivedOn, ACCORD_BFC_IN_FORCE_FROM) < 0) {
        throw withDetails(errors.receiptBeforeRule(formatFrenchDate(ACCORD_BFC_IN_FORCE_FROM)), {
          field: 'receivedOn',
        });
      }
      return approvalDecisionDeadline({ receivedOn, siaeKind: siae.kind, departement: siae.departement.code });
    },
  },

  EligibilityCriterion: {
    categoryLabel: (c) => ELIGIBILITY_CATEGORY_LABELS[c.category],
    shortLabel: (c) => ELIGIBILITY_SHORT_LABELS[c.code as EligibilityCriterionCode] ?? c.label,
  },

  Person: {
    __resolveReference: (ref, ctx) => ctx.loaders.person.load(ref.id),
    diagnoses: (p, _, ctx) => ctx.loaders.diagnosesByPerson.load(p.id),
    prescriptions: (p, _, ctx) => ctx.loaders.prescriptionsByPerson.load(p.id),
    approvals: (p, _, ctx) => ctx.loaders.approvalsByPerson.load(p.id),
    orientations: (p, _, ctx) => ctx.loaders.orientationsByPerson.load(p.id),
    mayCorrectIdentity: (p, _, ctx) => mayCorrectIdentity(ctx, p),
  },

  Orientation: {
    __resolveReference: (ref, ctx) => ctx.loaders.orientation.load(ref.id),
    // Row-level security (migration 0022): a prescripteur that declined no longer sees the person.
    person: (o, _, ctx) => ctx.loaders.person.load(o.personId),
    originKindLabel: (o) => ORIENTATION_ORIGIN_KIND_LABELS[o.originKind],
    originOrganizationName: async (o, _, ctx) =>
      (await ctx.loaders.organisationName.load(o.originOrganisationId)) ?? 'Organisation inconnue de l’annuaire',
    sentByMe: (o, _, ctx) => o.originOrganisationId === ctx.identity.organisationId,
    prescriberOrganization: (o) => ({ id: o.prescriberOrganisationId }),
    statusLabel: (o) => ORIENTATION_STATUS_LABELS[o.status],
  },

  EligibilityDiagnosis: {
    person: async (d, _, ctx) => must(await ctx.loaders.person.load(d.personId), errors.personNotFound),
    prescriberOrganization: (d) => ({ id: d.prescriberOrganisationId }),
    criteria: (d) => criteria(d.criteria),
    summary: (d) => summariseDiagnosis(d.criteria).summary,
  },

  Prescription: {
    __resolveReference: (ref, ctx) => ctx.loaders.prescription.load(ref.id),
    person: async (p, _, ctx) => must(await ctx.loaders.person.load(p.personId), errors.personNotFound),
    diagnosis: async (p, _, ctx) => must(await ctx.loaders.diagnosis.load(p.diagnosisId), errors.diagnosisNotFound),
    prescriberOrganization: (p) => ({ id: p.prescriberOrganisationId }),
    siae: (p) => ({ id: p.siaeId }),
    jobOffer: (p) => (p.jobOfferId ? { id: p.jobOfferId } : null),
    statusLabel: (p) => PRESCRIPTION_STATUS_LABELS[p.status],
    refusalReason: (p) => reasonOf(SIAE_REFUSAL_REASONS, p.refusalReason),
    history: (p, _, ctx) => ctx.loaders.eventsByPrescription.load(p.id),
    approvalRequests: (p, _, ctx) => ctx.loaders.requestsByPrescription.load(p.id),
  },

  PrescriptionEvent: {
    statusLabel: (e) => PRESCRIPTION_STATUS_LABELS[e.status],
    reason: (e) => reasonOf(SIAE_REFUSAL_REASONS, e.reason),
  },

  ApprovalRequest: {
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
    workingDaysLeft: (r, _, ctx) => {
      if (requestStatus(r, ctx.today) !== 'PENDING') return null;
      // Working days from today to the deadline, the deadline included; 0 on the deadline day.
      return countWorkingDaysBetween(ctx.today, r.deadline, { departement: r.departementCode });
    },
    refusalReason: (r) => reasonOf(APPROVAL_REFUSAL_REASONS, r.refusalReason),
    appeal: (r) =>
      r.appealText && r.appealedOn && r.appealStatus
        ? {
            text: r.appealText,
            filedOn: r.appealedOn,
            status: r.appealStatus,
            statusLabel: APPEAL_STATUS_LABELS[r.appealStatus],
            decidedOn: r.appealDecidedOn,
            comment: r.appealComment,
          }
        : null,
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
  },

  RequestDocument: {
    dataBase64: async (d, _, ctx) =>
      must(await ctx.loaders.documentContent.load(d.id), errors.documentNotFound).content.toString('base64'),
  },

  Approval: {
    __resolveReference: (ref, ctx) => ctx.loaders.approval.load(ref.id),
    person: (a, _, ctx) => ctx.loaders.person.load(a.personId),
    siae: (a) => ({ id: a.siaeId }),
    status: async (a, _, ctx) => approvalStatusOn(await approvalHistory(a, ctx), ctx.today),
    suspensions: async (a, _, ctx) =>
      (await ctx.loaders.eventsByApproval.load(a.id))
        .filter((e) => e.kind === 'SUSPENSION' && e.endOn)
        .map((e) => ({ startOn: e.startOn, endOn: e.endOn!, days: daysInclusive(e.startOn, e.endOn!) })),
    prolongations: async (a, _, ctx) =>
      (await ctx.loaders.eventsByApproval.load(a.id))
        .filter((e) => e.kind === 'PROLONGATION' && e.endOn)
        .map((e) => ({ startOn: e.startOn, endOn: e.endOn!, reason: e.reason as 'TRAINING' })),
    extensions: async (a, _, ctx) =>
      (await ctx.loaders.eventsByApproval.load(a.id)).filter((e) => e.kind === 'EXTENSION'),
    contracts: (a, _, ctx) => ctx.loaders.contractsByApproval.load(a.id),
    requests: (a, _, ctx) => ctx.loaders.requestsByApproval.load(a.id),
    // fiche 7: the prescripteur reads the bilan once the SIAE has sent it (domain exitBilanForPrescriber); row-level
    // security holds the same rule (policy exit_interviews_access).
    exitInterview: async (a, _, ctx) => {
      const interviews = await ctx.loaders.interviewsByApproval.load(a.id);
      const p = ctx.principal;
      if (p.kind === 'user' && p.organisationKind === 'PRESCRIBER_ORGANIZATION')
        return exitBilanForPrescriber(interviews);
      return interviews[0] ?? null;
    },
    exit: async (a, _, ctx) => (await ctx.loaders.exitsByApproval.load(a.id))[0] ?? null,
    // One rule (domain approvalAlerts): pending requests, the end within 3 months, the interview of fiche 7 due or planned.
    alerts: async (a, _, ctx) => {
      const [requests, contracts, exits, interviews] = await Promise.all([
        ctx.loaders.requestsByApproval.load(a.id),
        ctx.loaders.contractsByApproval.load(a.id),
        ctx.loaders.exitsByApproval.load(a.id),
        ctx.loaders.interviewsByApproval.load(a.id),
      ]);
      const alerts = approvalAlerts(
        {
          approvalEndOn: a.endOn,
          contracts,
          requests,
          exited: exits.length > 0,
          interviewsHeldOn: interviews.map((i) => i.heldOn),
          interviewPlannedOn: a.exitInterviewPlannedOn,
        },
        ctx.today,
      );
      return alerts.map((alert) => alert.message);
    },
  },

  Extension: {
    siae: (e) => ({ id: e.siaeId }),
  },

  Contract: {
    siae: (c) => ({ id: c.siaeId }),
    approvalRequired: async (c, _, ctx) => {
      if (c.kind !== 'MISE_A_DISPOSITION_AI' || c.aiSector == null || c.aiHours == null) return null;
      // accord, annexe 4 §2.2.8: hours of mises à disposition over the 2 years up to this one.
      const since = addMonths(c.startOn, -24);
      const hours = (await ctx.loaders.contractsByApproval.load(c.approvalId))
        .filter((o) => o.kind === 'MISE_A_DISPOSITION_AI' && o.aiHours != null && isWithin(o.startOn, since, c.startOn))
        .reduce((sum, o) => sum + o.aiHours!, 0);
      return isApprovalRequiredForAi({
        sector: c.aiSector as 'MARCHAND',
        missionHours: c.aiHours,
        hoursOverTwoYears: hours,
      });
    },
  },

  Exit: {
    outcomeLabel: (x) => EXIT_OUTCOME_LABELS[x.outcome].label,
  },
};

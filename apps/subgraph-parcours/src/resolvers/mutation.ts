import { withSingleSpelling } from '@navette/subgraph-server';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { addRequestDocuments } from '../use-cases/add-request-documents.js';
import { answerOrientation } from '../use-cases/answer-orientation.js';
import { answerPrescription } from '../use-cases/answer-prescription.js';
import { appealApprovalRefusal } from '../use-cases/appeal-approval-refusal.js';
import { correctPersonIdentity } from '../use-cases/correct-person-identity.js';
import { decideAppeal } from '../use-cases/decide-appeal.js';
import { decideApprovalRequest } from '../use-cases/decide-approval-request.js';
import { exportPersonRecord } from '../use-cases/export-person-record.js';
import { orientPerson } from '../use-cases/orient-person.js';
import { prevalidateProfile } from '../use-cases/prevalidate-profile.js';
import { planExitInterview } from '../use-cases/plan-exit-interview.js';
import { recordContract } from '../use-cases/record-contract.js';
import { recordDiagnosis } from '../use-cases/record-diagnosis.js';
import { recordExit } from '../use-cases/record-exit.js';
import { recordExitInterview } from '../use-cases/record-exit-interview.js';
import { recordPerson } from '../use-cases/record-person.js';
import { recordPoleEmploiRegistration } from '../use-cases/record-pole-emploi-registration.js';
import { requestApproval } from '../use-cases/request-approval.js';
import { sendPrescription } from '../use-cases/send-prescription.js';
import { withdrawPrescription } from '../use-cases/withdraw-prescription.js';

/** One use case per mutation (src/use-cases, each with its zod input). */
export const Mutation: MutationResolvers = {
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
  recordPoleEmploiRegistration: (_, { input }, ctx) => recordPoleEmploiRegistration(ctx, input),
  recordExit: (_, { input }, ctx) => recordExit(ctx, input),
  orientPerson: (_, { input }, ctx) => orientPerson(ctx, withSingleSpelling(input)),
  acceptOrientation: (_, { id }, ctx) => answerOrientation(ctx, { id, action: 'ACCEPT' }),
  declineOrientation: (_, { id, reason }, ctx) => answerOrientation(ctx, { id, action: 'DECLINE', reason }),
  prevalidateProfile: (_, { input }, ctx) => prevalidateProfile(ctx, input),
};

// The resolvers of the parcours subgraph, one file per type (thin: they call the use cases of src/use-cases and the
// services of src/services); this file only assembles them.
import { DateScalar, DateTimeScalar } from '@navette/subgraph-server';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Approval } from './approval.js';
import { ApprovalRequest } from './approval-request.js';
import { Contract } from './contract.js';
import { EligibilityCriterion } from './eligibility-criterion.js';
import { EligibilityDiagnosis } from './eligibility-diagnosis.js';
import { Exit } from './exit.js';
import { Extension } from './extension.js';
import { Mutation } from './mutation.js';
import { Orientation } from './orientation.js';
import { PendingWork } from './pending-work.js';
import { PoleEmploiRegistration } from './pole-emploi-registration.js';
import { Person } from './person.js';
import { Prescription } from './prescription.js';
import { ProfilePrevalidation } from './profile-prevalidation.js';
import { PrescriptionEvent } from './prescription-event.js';
import { Query } from './query.js';
import { RequestDocument } from './request-document.js';
import { Siae } from './siae.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  PendingWork,
  Siae,
  EligibilityCriterion,
  Person,
  Orientation,
  ProfilePrevalidation,
  EligibilityDiagnosis,
  Prescription,
  PrescriptionEvent,
  ApprovalRequest,
  RequestDocument,
  Approval,
  Extension,
  Contract,
  Exit,
  PoleEmploiRegistration,
};

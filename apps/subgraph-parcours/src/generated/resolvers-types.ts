import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonRow, DiagnosisRow, CriterionRow, PrescriptionRow, PrescriptionEventRow, ApprovalRequestRow, ApprovalRow, ContractRow, ExitInterviewRow, ExitRow, ExitInterviewDueRow, PoleEmploiRegistrationRow, RegistrationCheckDueRow, ApprovalEventRow, SiaeRef, EntityRef, DepartementRef, ReasonRow, DocumentMeta, OrientationRow, ProfilePrevalidationRow, PersonRecordExportRow } from '../rows.js';
import type { ParcoursContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD`, no time zone. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Agency = {
  __typename?: 'Agency';
  id: Scalars['ID']['output'];
};

/** The sector of an AI's mise à disposition (annexe 4 §2.2.8). */
export type AiSector =
  /** Secteur marchand: an agrément may be required. */
  | 'MARCHAND'
  /** Secteur non marchand: no agrément required. */
  | 'NON_MARCHAND';

/** The one written appeal of a SIAE to the agency director against a refusal (annexe 4 §2.2.3). */
export type Appeal = {
  __typename?: 'Appeal';
  /** The director's comment with the answer. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The day of the director's answer; null while pending. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** The day the appeal was filed. */
  filedOn: Scalars['Date']['output'];
  /** Whether the director has answered, and how. */
  status: AppealStatus;
  /** French label of `status`, to show as it is. */
  statusLabel: Scalars['String']['output'];
  /** The appeal, as the SIAE wrote it. */
  text: Scalars['String']['output'];
};

/** Where an appeal stands. */
export type AppealStatus =
  /** Dismissed: the refusal stands. */
  | 'DISMISSED'
  /** Waiting for the director's answer. */
  | 'PENDING'
  /** Upheld: the agrément is granted. */
  | 'UPHELD';

/** Agrément IAE: 24 months from the first hiring, end pushed by suspensions and prolongations (annexe 4 §2.1). */
export type Approval = {
  __typename?: 'Approval';
  /** Alerts for the SIAE: request deadline, end within 3 months, interview due or planned (domain approvalAlerts). */
  alerts: Array<Scalars['String']['output']>;
  /** The contracts and mises à disposition under this agrément. */
  contracts: Array<Contract>;
  /** approvalEndDate(start, suspensions, prolongations). */
  endOn: Scalars['Date']['output'];
  /** The sortie, once recorded (fiche 7). */
  exit?: Maybe<Exit>;
  /** The tripartite interview before the end, once held (fiche 7). */
  exitInterview?: Maybe<ExitInterview>;
  /** Day the next tripartite interview is planned for (fiche 7), until it is recorded as held. */
  exitInterviewPlannedOn?: Maybe<Scalars['Date']['output']>;
  /** Its extensions to other SIAE, oldest first (annexe 4 §2.2.5). */
  extensions: Array<Extension>;
  /** Stable identifier of the agrément. */
  id: Scalars['ID']['output'];
  /** The agrément's number, as Pôle emploi delivered it. */
  number: Scalars['String']['output'];
  /** Null for a SIAE whose extension request is not granted yet (annexe 4 §2.2.5). */
  person?: Maybe<Person>;
  /** The inscription à Pôle emploi recorded during the parcours (fiche 5); null when none, or for a caller other than the SIAE of the parcours and the agence of its territory. */
  poleEmploiRegistration?: Maybe<PoleEmploiRegistration>;
  /** The inscription à Pôle emploi recorded 6 months after the agrément's end (fiche 7); null until recorded, or for a caller other than the SIAE and the agence. */
  poleEmploiRegistrationAfterEnd?: Maybe<PoleEmploiRegistration>;
  /** Its prolongations, oldest first (annexe 4 §2.2.6). */
  prolongations: Array<Prolongation>;
  /** The first day the situation 6 months after the agrément's end may be recorded (fiche 7). */
  registrationCheckDueOn: Scalars['Date']['output'];
  /** Every demande d'agrément about this agrément (the initial one, suspensions, prolongations, extensions, renewal). */
  requests: Array<ApprovalRequest>;
  /** The SIAE that hired the person under this agrément. */
  siae: Siae;
  /** First day of the agrément: the day of the first hiring in a SIAE (annexe 4 §2.1). */
  startOn: Scalars['Date']['output'];
  /** Where the agrément stands today. */
  status: ApprovalStatus;
  /** Its suspensions, oldest first (annexe 4 §2.2.4). */
  suspensions: Array<Suspension>;
};

/** A page of `Approval` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type ApprovalConnection = {
  __typename?: 'ApprovalConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<ApprovalEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The agence's decision on a request. */
export type ApprovalDecision =
  /** Grant the request. */
  | 'GRANT'
  /** Refuse it, with a reason (annexe 4 §2.2.3). */
  | 'REFUSE';

/** One item of a page of `Approval`, with its cursor. */
export type ApprovalEdge = {
  __typename?: 'ApprovalEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Approval;
};

/** A demande d'agrément of any kind, with its deadline (annexe 4 §2.2). */
export type ApprovalRequest = {
  __typename?: 'ApprovalRequest';
  /** The agence Pôle emploi that decides. */
  agency: Agency;
  /** The SIAE's appeal against a refusal, if any. */
  appeal?: Maybe<Appeal>;
  /** The agrément concerned (every kind but INITIAL; for RENEWAL, the one renewed). */
  approval?: Maybe<Approval>;
  /** Closure without a decision (status CLOSED): the day and why, as the SIAE and the agence read it. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Why the request was closed without a decision (status CLOSED). */
  closedReason?: Maybe<Scalars['String']['output']>;
  /** Planned end of the contract, if any. */
  contractEndOn?: Maybe<Scalars['Date']['output']>;
  /** Contract planned (INITIAL, EXTENSION, RENEWAL). */
  contractStartOn?: Maybe<Scalars['Date']['output']>;
  /** When it was recorded on the platform (set by the server). */
  createdAt: Scalars['DateTime']['output'];
  /** Last day of the decision period (5 jours ouvrés, 2 for an ETTI). */
  deadline: Scalars['Date']['output'];
  /** The day of the decision (or of the tacit grant); null while pending. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** Supporting documents filed with the request. */
  documents: Array<RequestDocument>;
  /** Stable identifier of the request. */
  id: Scalars['ID']['output'];
  /** Joint bilan done (RENEWAL, annexe 4 §2.2.7). */
  jointAssessmentDone?: Maybe<Scalars['Boolean']['output']>;
  /** Kind of request (initial agrément, extension, prolongation, renewal, suspension). */
  kind: ApprovalRequestKind;
  /** French label of `kind`, to show as it is. */
  kindLabel: Scalars['String']['output'];
  /** Null for the SIAE asking for an extension until it is granted: it does not see the person before (annexe 4 §2.2.5). */
  person?: Maybe<Person>;
  /** The prescription the request follows (INITIAL); null otherwise. */
  prescription?: Maybe<Prescription>;
  /** Last day of the prolongation asked. */
  prolongationEndOn?: Maybe<Scalars['Date']['output']>;
  /** Prolongation asked (PROLONGATION). */
  prolongationReason?: Maybe<ProlongationReason>;
  /** Receipt of the complete written request: the day (in France) it reached the platform, set by the server. */
  receivedOn: Scalars['Date']['output'];
  /** Free text given with a refusal. */
  refusalComment?: Maybe<Scalars['String']['output']>;
  /** The reason of a refusal, from the shared list (annexe 4 §2.2.3). */
  refusalReason?: Maybe<Reason>;
  /** The agrément that resulted from the grant. */
  resultingApproval?: Maybe<Approval>;
  /** The SIAE that filed the request. */
  siae: Siae;
  /** Where the request stands. */
  status: ApprovalRequestStatus;
  /** French label of `status`, to show as it is. */
  statusLabel: Scalars['String']['output'];
  /** Last day of the suspension asked. */
  suspensionEndOn?: Maybe<Scalars['Date']['output']>;
  /** Reason of the suspension (annexe 4 §2.2.4, circulaire du 3 octobre 2003). */
  suspensionReason?: Maybe<Reason>;
  /** Suspension asked (SUSPENSION). */
  suspensionStartOn?: Maybe<Scalars['Date']['output']>;
  /** Last day of the training to finish. */
  trainingEndOn?: Maybe<Scalars['Date']['output']>;
  /** Training to finish (prolongation TRAINING). */
  trainingStartOn?: Maybe<Scalars['Date']['output']>;
  /** Working days left until the deadline included (0 on the deadline day); null once decided. */
  workingDaysLeft?: Maybe<Scalars['Int']['output']>;
};

/** A page of `ApprovalRequest` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type ApprovalRequestConnection = {
  __typename?: 'ApprovalRequestConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<ApprovalRequestEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `ApprovalRequest`, with its cursor. */
export type ApprovalRequestEdge = {
  __typename?: 'ApprovalRequestEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: ApprovalRequest;
};

/** A demande d'agrément: `kind` says which of the other fields are needed. */
export type ApprovalRequestInput = {
  /** Every other kind: the agrément concerned. */
  approvalId?: InputMaybe<Scalars['ID']['input']>;
  /** EXTENSION by a SIAE that does not see the agrément yet: its number, the person's birth date and the first 3 letters of the surname (or the surname). Every refusal gets the same answer (reason EXTENSION_LOOKUP_REFUSED). */
  approvalNumber?: InputMaybe<Scalars['String']['input']>;
  /** EXTENSION by a SIAE that does not see the agrément: the person's date of birth. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** INITIAL, EXTENSION, RENEWAL: planned end of the contract. */
  contractEndOn?: InputMaybe<Scalars['Date']['input']>;
  /** INITIAL, EXTENSION, RENEWAL: first day of the contract planned. */
  contractStartOn?: InputMaybe<Scalars['Date']['input']>;
  /** Supporting documents (at most 10). */
  documents?: InputMaybe<Array<DocumentUpload>>;
  /** RENEWAL: the joint bilan was done (annexe 4 §2.2.7). */
  jointAssessmentDone?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind of request. */
  kind: ApprovalRequestKind;
  /** INITIAL: the accepted prescription. */
  prescriptionId?: InputMaybe<Scalars['ID']['input']>;
  /** PROLONGATION: last day asked. */
  prolongationEndOn?: InputMaybe<Scalars['Date']['input']>;
  /** PROLONGATION: why. */
  prolongationReason?: InputMaybe<ProlongationReason>;
  /** EXTENSION by a SIAE that does not see the agrément: the surname, or its first 3 letters. */
  surname?: InputMaybe<Scalars['String']['input']>;
  /** SUSPENSION: last day. */
  suspensionEndOn?: InputMaybe<Scalars['Date']['input']>;
  /** SUSPENSION: a code of suspensionReasons (annexe 4 §2.2.4). */
  suspensionReason?: InputMaybe<Scalars['ID']['input']>;
  /** SUSPENSION: first day. */
  suspensionStartOn?: InputMaybe<Scalars['Date']['input']>;
  /** PROLONGATION TRAINING: last day of the training (the prolongation never goes beyond it). */
  trainingEndOn?: InputMaybe<Scalars['Date']['input']>;
  /** PROLONGATION TRAINING: first day of the training. */
  trainingStartOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Kinds of demande d'agrément (annexe 4 §2.2). */
export type ApprovalRequestKind =
  /** A contract with another SIAE under the same agrément (§2.2.5). */
  | 'EXTENSION'
  /** The first agrément of a person, after a prescription (§2.1). */
  | 'INITIAL'
  /** A prolongation of the agrément (§2.2.6). */
  | 'PROLONGATION'
  /** A new agrément once every contract under the previous one has ended (§2.2.7). */
  | 'RENEWAL'
  /** A suspension of the agrément (§2.2.4). */
  | 'SUSPENSION';

/** Where a demande d'agrément stands. */
export type ApprovalRequestStatus =
  /** Closed without a decision: the parcours made it moot (the sortie, fiche 7); see closedReason. */
  | 'CLOSED'
  /** Granted by the agence. */
  | 'GRANTED'
  /** Waiting for the agence's decision. */
  | 'PENDING'
  /** Refused by the agence, with a reason. */
  | 'REFUSED'
  /** No answer by the end of the deadline: the agrément is acquired (annexe 4 §2.2.2). */
  | 'TACITLY_GRANTED';

/** Counts of the demandes d'agrément over a period, masked below 5 (secret statistique). */
export type ApprovalStatistics = {
  __typename?: 'ApprovalStatistics';
  /** Refusals by reason, over the same scope. */
  refusalsByReason: Array<RefusalCount>;
  /** One row per département and SIAE kind. */
  rows: Array<ApprovalStatisticsRow>;
};

/** Live counts of the parcours by département and SIAE kind, counts below 5 masked (secret statistique). */
export type ApprovalStatisticsRow = {
  __typename?: 'ApprovalStatisticsRow';
  /** The département. */
  departement: Departement;
  /** Extension requests; null when masked. */
  extensions?: Maybe<Scalars['Int']['output']>;
  /** Requests granted; null when masked. */
  granted?: Maybe<Scalars['Int']['output']>;
  /** Requests waiting for a decision; null when masked. */
  pending?: Maybe<Scalars['Int']['output']>;
  /** Prolongation requests; null when masked. */
  prolongations?: Maybe<Scalars['Int']['output']>;
  /** Requests refused; null when masked. */
  refused?: Maybe<Scalars['Int']['output']>;
  /** Requests received; null when masked. */
  requests?: Maybe<Scalars['Int']['output']>;
  /** The kind of SIAE. */
  siaeKind: SiaeKind;
  /** Suspension requests; null when masked. */
  suspensions?: Maybe<Scalars['Int']['output']>;
  /** Requests tacitly granted (no answer in time); null when masked. */
  tacitlyGranted?: Maybe<Scalars['Int']['output']>;
};

/** Where an agrément stands today. */
export type ApprovalStatus =
  /** Running. */
  | 'ACTIVE'
  /** Past its end date. */
  | 'ENDED'
  /** Delivered, no hiring yet. */
  | 'NOT_STARTED'
  /** Suspended today. */
  | 'SUSPENDED';

/** Contrat de travail, or mise à disposition of an AI with its hours and sector (annexe 4 §2.2.8). */
export type Contract = {
  __typename?: 'Contract';
  /** AI mise à disposition: its hours. */
  aiHours?: Maybe<Scalars['Int']['output']>;
  /** AI mise à disposition: secteur marchand or non marchand. */
  aiSector?: Maybe<AiSector>;
  /** AI mise à disposition: whether it needs an agrément (secteur marchand, 16 to 480 hours over 2 years; annexe 4 §2.2.8). */
  approvalRequired?: Maybe<Scalars['Boolean']['output']>;
  /** Planned end of the contract, if any. */
  endOn?: Maybe<Scalars['Date']['output']>;
  /** The day it actually ended, when it ended. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Stable identifier of the contract. */
  id: Scalars['ID']['output'];
  /** Kind of contract. */
  kind: ContractKind;
  /** The employing SIAE. */
  siae: Siae;
  /** First day of the contract. */
  startOn: Scalars['Date']['output'];
};

/** A contract or an AI mise à disposition to record. */
export type ContractInput = {
  /** AI mise à disposition: its hours. */
  aiHours?: InputMaybe<Scalars['Int']['input']>;
  /** AI mise à disposition: the sector. */
  aiSector?: InputMaybe<AiSector>;
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** Planned end, if any. */
  endOn?: InputMaybe<Scalars['Date']['input']>;
  /** Kind of contract. */
  kind: ContractKind;
  /** First day. */
  startOn: Scalars['Date']['input'];
};

/** Kinds of contract in a SIAE. */
export type ContractKind =
  /** Contrat à durée déterminée d'insertion. */
  | 'CDDI'
  /** CDI inclusion. */
  | 'CDI_INCLUSION'
  /** Mise à disposition by an AI. */
  | 'MISE_A_DISPOSITION_AI'
  /** Mission of an ETTI. */
  | 'MISSION_ETTI';

export type Departement = {
  __typename?: 'Departement';
  code: Scalars['ID']['output'];
};

/** An eligibility diagnosis to record. */
export type DiagnosisInput = {
  /** The prescripteur's comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Codes of the criteria met (`eligibilityCriteria`). */
  criteria: Array<Scalars['ID']['input']>;
  /** The day of the diagnosis. */
  diagnosedOn: Scalars['Date']['input'];
  /** Id of the person. */
  personId: Scalars['ID']['input'];
};

/** A document sent with a request: the file's name, its MIME type and its content in base64. */
export type DocumentUpload = {
  /** MIME type: application/pdf, image/jpeg or image/png. */
  contentType: Scalars['String']['input'];
  /** The content, base64-encoded (at most 5 Mo once decoded). */
  dataBase64: Scalars['String']['input'];
  /** The file's name. */
  fileName: Scalars['String']['input'];
};

/** The groups of criteria of annexe 2. */
export type EligibilityCategory =
  /** Publics relevant de l'agrément. */
  | 'LISTED_PUBLIC'
  /** Situation professionnelle. */
  | 'PROFESSIONAL'
  /** Situation sociale. */
  | 'SOCIAL';

/** A criterion of annexe 2 (situation professionnelle, situation sociale, publics relevant de l'agrément). */
export type EligibilityCriterion = {
  __typename?: 'EligibilityCriterion';
  /** Professional, social, or a listed public of annexe 2. */
  category: EligibilityCategory;
  /** French label of `category`, to show as it is. */
  categoryLabel: Scalars['String']['output'];
  /** Stable code of the criterion: send it in `DiagnosisInput.criteria`. */
  code: Scalars['ID']['output'];
  /** The criterion as annexe 2 words it. */
  label: Scalars['String']['output'];
  /** French label of `short`, to show as it is. */
  shortLabel: Scalars['String']['output'];
};

/** Diagnostic d'éligibilité made by a prescripteur (annexe 4 §2.1; criteria of annexe 2). */
export type EligibilityDiagnosis = {
  __typename?: 'EligibilityDiagnosis';
  /** The prescripteur's comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The criteria of annexe 2 the person meets. */
  criteria: Array<EligibilityCriterion>;
  /** The day of the diagnosis. */
  diagnosedOn: Scalars['Date']['output'];
  /** Stable identifier of the diagnosis. */
  id: Scalars['ID']['output'];
  /** The person diagnosed. */
  person: Person;
  /** The prescripteur that made it. */
  prescriberOrganisation: PrescriberOrganisation;
  /**
   * The prescripteur that made it.
   * @deprecated Utiliser `prescriberOrganisation` : orthographe unique, retrait prévu le 2027-06-04 (depuis le 2026-12-04).
   */
  prescriberOrganization: PrescriberOrganisation;
  /** One line a prescripteur and a SIAE read the same way. */
  summary: Scalars['String']['output'];
};

/** Sortie (fiche 7) and the skills written in the document de compétences. */
export type Exit = {
  __typename?: 'Exit';
  /** Free text about the sortie. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The day the person left the parcours. */
  exitOn: Scalars['Date']['output'];
  /** Where the person went. */
  outcome: ExitOutcome;
  /** French label of `outcome`, to show as it is. */
  outcomeLabel: Scalars['String']['output'];
  /** The skills written in the document de compétences. */
  skills: Array<Scalars['String']['output']>;
};

/** A sortie to record (fiche 7). */
export type ExitInput = {
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** Free text. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The day the person left. */
  exitOn: Scalars['Date']['input'];
  /** Where the person went. */
  outcome: ExitOutcome;
  /** Skills for the document de compétences. */
  skills: Array<Scalars['String']['input']>;
};

/** Entretien tripartite 2 to 3 months before the end (fiche 7). */
export type ExitInterview = {
  __typename?: 'ExitInterview';
  /** The bilan written after the interview. */
  assessment: Scalars['String']['output'];
  /** The day of the interview. */
  heldOn: Scalars['Date']['output'];
  /** The day the bilan was sent to the prescripteur; null if not sent. */
  sentToPrescriberOn?: Maybe<Scalars['Date']['output']>;
  /** The day the bilan was sent to the référent Pôle emploi; null if not sent. */
  sentToReferentOn?: Maybe<Scalars['Date']['output']>;
};

/** A parcours whose tripartite interview is due (fiche 7). */
export type ExitInterviewDue = {
  __typename?: 'ExitInterviewDue';
  /** The agrément concerned. */
  approval: Approval;
  /** The end (of the contract or the agrément) the interview prepares. */
  endOn: Scalars['Date']['output'];
  /** Last day of the window: 2 months before the end. */
  windowEndOn: Scalars['Date']['output'];
  /** First day of the window: 3 months before the end. */
  windowStartOn: Scalars['Date']['output'];
};

/** A tripartite interview to record (fiche 7). */
export type ExitInterviewInput = {
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** The bilan. */
  assessment: Scalars['String']['input'];
  /** The day of the interview. */
  heldOn: Scalars['Date']['input'];
  /** Send the bilan to the prescripteur. */
  sendToPrescriber: Scalars['Boolean']['input'];
  /** Send the bilan to the référent Pôle emploi. */
  sendToReferent: Scalars['Boolean']['input'];
};

/** A tripartite interview to plan ahead (fiche 7). */
export type ExitInterviewPlanInput = {
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** Today or later, during a contract, in the window 2 to 3 months before the end the interview prepares (fiche 7). */
  plannedOn: Scalars['Date']['input'];
};

/** Where a person goes at the end of the parcours (fiche 7). */
export type ExitOutcome =
  /** Emploi durable. */
  | 'DURABLE_JOB'
  /** Any other sortie. */
  | 'OTHER'
  /** A training. */
  | 'TRAINING'
  /** Emploi de transition. */
  | 'TRANSITION_JOB';

/** An extension: a contract with another SIAE under the same agrément (annexe 4 §2.2.5). */
export type Extension = {
  __typename?: 'Extension';
  /** The SIAE that hires under the agrément. */
  siae: Siae;
  /** First day of that contract. */
  startOn: Scalars['Date']['output'];
};

export type JobOffer = {
  __typename?: 'JobOffer';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The prescripteur accepts an orientation it received; it then diagnoses the person. */
  acceptOrientation: Orientation;
  /** The SIAE accepts the person. */
  acceptPrescription: Prescription;
  /** Adds supporting documents to a pending request (SIAE). */
  addApprovalRequestDocuments: ApprovalRequest;
  /** The one written appeal against a refusal (SIAE). */
  appealApprovalRefusal: ApprovalRequest;
  /** Corrects a person's identity (RGPD art. 16): the organisation that recorded them. Each value before is kept in the person's history, shown in their record (`exportPersonRecord`); audited. Refused for an anonymised person. */
  correctPersonIdentity: Person;
  /** The agency director's answer to an appeal (upheld: the agrément is granted). */
  decideAppeal: ApprovalRequest;
  /** Grants or refuses (with a reason) a pending request, within its deadline (agence Pôle emploi). */
  decideApprovalRequest: ApprovalRequest;
  /** The prescripteur declines an orientation it received, with a reason the orienting organisation reads. */
  declineOrientation: Orientation;
  /** Records an eligibility diagnosis (prescripteur allowed to prescribe on that date). */
  diagnose: EligibilityDiagnosis;
  /** Produces everything Navette holds about a person, on the person's request (RGPD art. 15): the prescripteur or the SIAE that follows them. Audited (who produced it, for whom); a person the caller does not follow is unknown to it. */
  exportPersonRecord: PersonRecordExport;
  /** The SIAE has opened the fiche navette. */
  markPrescriptionSeen: Prescription;
  /** Orients a person towards a prescripteur with a short reason (any organisation receiving the public: SIAE, agence, prescripteur, association). The same orientation twice gives the first one back. */
  orientPerson: Orientation;
  /** Plans the tripartite interview ahead (fiche 7); recording it once held clears the plan. */
  planExitInterview: Approval;
  /** Sends a fiche navette to a SIAE (prescripteur allowed to prescribe today). */
  prescribe: Prescription;
  /**
   * Pre-validates a person's profile for an ETTI or AI (agence only; annexe 4 §2.2.2 and §2.2.8). Asking again for a day
   * an existing period covers returns that period. Refused (BAD_USER_INPUT, `extensions.reason`) for another kind of
   * SIAE, without a convention in force, for a period starting before today or too far ahead, longer than 3 months or
   * beyond the convention, or overlapping a later period; an unknown person or SIAE, or one of another agence, is
   * NOT_FOUND.
   */
  prevalidateProfile: ProfilePrevalidation;
  /** Records a contract or an AI mise à disposition under an agrément; the first one starts the agrément (SIAE). */
  recordContract: Approval;
  /** Records the sortie of the parcours and the skills of the document de compétences (SIAE; fiche 7). */
  recordExit: Approval;
  /** Records the tripartite interview held before the end of the contract or of the agrément, and to whom its bilan was sent (SIAE; fiche 7). */
  recordExitInterview: Approval;
  /** Records a person (prescripteur). */
  recordPerson: Person;
  /** Records whether the person of an agrément is registered at Pôle emploi (SIAE of the parcours or agence of its territory during the parcours; agence 6 months after the end). The same situation twice changes nothing. */
  recordPoleEmploiRegistration: Approval;
  /** The SIAE refuses the person, with a reason from the shared list (fiche 4). */
  refusePrescription: Prescription;
  /** Files a demande d'agrément of any kind (SIAE). */
  requestApproval: ApprovalRequest;
  /** Withdraws a prescription not answered yet (its prescripteur). */
  withdrawPrescription: Prescription;
};


export type MutationAcceptOrientationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcceptPrescriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddApprovalRequestDocumentsArgs = {
  documents: Array<DocumentUpload>;
  id: Scalars['ID']['input'];
};


export type MutationAppealApprovalRefusalArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationCorrectPersonIdentityArgs = {
  input: PersonCorrectionInput;
  personId: Scalars['ID']['input'];
};


export type MutationDecideAppealArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  upheld: Scalars['Boolean']['input'];
};


export type MutationDecideApprovalRequestArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ApprovalDecision;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDeclineOrientationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDiagnoseArgs = {
  input: DiagnosisInput;
};


export type MutationExportPersonRecordArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationMarkPrescriptionSeenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOrientPersonArgs = {
  input: OrientationInput;
};


export type MutationPlanExitInterviewArgs = {
  input: ExitInterviewPlanInput;
};


export type MutationPrescribeArgs = {
  input: PrescriptionInput;
};


export type MutationPrevalidateProfileArgs = {
  input: ProfilePrevalidationInput;
};


export type MutationRecordContractArgs = {
  input: ContractInput;
};


export type MutationRecordExitArgs = {
  input: ExitInput;
};


export type MutationRecordExitInterviewArgs = {
  input: ExitInterviewInput;
};


export type MutationRecordPersonArgs = {
  input: PersonInput;
};


export type MutationRecordPoleEmploiRegistrationArgs = {
  input: PoleEmploiRegistrationInput;
};


export type MutationRefusePrescriptionArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['ID']['input'];
};


export type MutationRequestApprovalArgs = {
  input: ApprovalRequestInput;
};


export type MutationWithdrawPrescriptionArgs = {
  id: Scalars['ID']['input'];
};

/**
 * L'orientation (accord, annexe 4 §3: "pouvant être réalisée par tous les acteurs accueillant du public", a first
 * spotting before the prescription): an organisation orients a person towards a prescripteur with a short reason; the
 * prescripteur accepts (then diagnoses) or declines with a reason. Seen by the orienting organisation and the
 * prescripteur.
 */
export type Orientation = {
  __typename?: 'Orientation';
  /** When the prescripteur answered (set by the server). */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The prescripteur's reason when it declined. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the orientation. */
  id: Scalars['ID']['output'];
  /** When the person was oriented (set by the server). */
  orientedAt: Scalars['DateTime']['output'];
  /** Who oriented, as the comité counts it. */
  originKind: OrientationOriginKind;
  /** French label of `originKind`, to show as it is. */
  originKindLabel: Scalars['String']['output'];
  /** Name of the organisation that oriented the person (from the directory). */
  originOrganisationName: Scalars['String']['output'];
  /**
   * Name of the organisation that oriented the person.
   * @deprecated Utiliser `originOrganisationName` : orthographe unique, retrait prévu le 2027-06-04 (depuis le 2026-12-04).
   */
  originOrganizationName: Scalars['String']['output'];
  /** The person oriented; null once the prescripteur declined and no longer sees the person's record. */
  person?: Maybe<Person>;
  /** The prescripteur the person is oriented to. */
  prescriberOrganisation: PrescriberOrganisation;
  /**
   * The prescripteur the person is oriented to.
   * @deprecated Utiliser `prescriberOrganisation` : orthographe unique, retrait prévu le 2027-06-04 (depuis le 2026-12-04).
   */
  prescriberOrganization: PrescriberOrganisation;
  /** Why an IAE parcours may suit the person, as the orienting organisation wrote it. */
  reason: Scalars['String']['output'];
  /** Whether the caller's organisation made this orientation (false: it received it). */
  sentByMe: Scalars['Boolean']['output'];
  /** Where it stands. */
  status: OrientationStatus;
  /** French label of `status`, to show as it is. */
  statusLabel: Scalars['String']['output'];
};

/** A page of `Orientation` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type OrientationConnection = {
  __typename?: 'OrientationConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<OrientationEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which orientations to list. */
export type OrientationDirection =
  /** Those the caller's organisation received (prescripteur). */
  | 'RECEIVED'
  /** Those the caller's organisation made. */
  | 'SENT';

/** One item of a page of `Orientation`, with its cursor. */
export type OrientationEdge = {
  __typename?: 'OrientationEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Orientation;
};

/** A person to orient towards a prescripteur: a person the caller already sees (`personId`), or one to record (`person`). */
export type OrientationInput = {
  /** The person's identity and contact details, when not recorded yet (give `personId` or `person`, not both). */
  person?: InputMaybe<PersonInput>;
  /** Id of a person the caller sees; leave out to record the person with `person`. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the prescripteur (de droit or habilité) the person is oriented to: required, or the deprecated `prescriberOrganizationId`. */
  prescriberOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Id of the prescripteur the person is oriented to.
   * @deprecated Utiliser `prescriberOrganisationId` : orthographe unique, retrait prévu le 2027-06-04 (depuis le 2026-12-04).
   */
  prescriberOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Why an IAE parcours may suit the person: a short note for the prescripteur (1000 characters at most). */
  reason: Scalars['String']['input'];
};

/** How many orientations came from one origin. */
export type OrientationOriginCount = {
  __typename?: 'OrientationOriginCount';
  /** Orientations; null when masked (below 5). */
  orientations?: Maybe<Scalars['Int']['output']>;
  /** Who oriented. */
  originKind: OrientationOriginKind;
  /** French label of `originKind`, to show as it is. */
  originKindLabel: Scalars['String']['output'];
};

/** Who oriented the person, as the comité de pilotage counts it (fiche 4: candidats orientés par Pôle emploi). */
export type OrientationOriginKind =
  /** Another organisation receiving the public, not allowed to prescribe (a CCAS or an association not habilité). */
  | 'OTHER'
  /** An agence Pôle emploi, or a prescripteur of kind Pôle emploi. */
  | 'POLE_EMPLOI'
  /** A prescripteur de droit or habilité (other than Pôle emploi). */
  | 'PRESCRIBER'
  /** A SIAE. */
  | 'SIAE';

/** Counts of orientations by origin over a period (accord, annexe 1; fiche 4 "Nombre de candidats orientés par Pôle emploi"). */
export type OrientationStatistics = {
  __typename?: 'OrientationStatistics';
  /** Orientations by origin over the whole region (or the département asked for); null when masked. */
  byOrigin: Array<OrientationOriginCount>;
  /** One row per département and origin. */
  rows: Array<OrientationStatisticsRow>;
};

/** Orientations counted by origin (one row per département and origin), masked below 5 (secret statistique). */
export type OrientationStatisticsRow = {
  __typename?: 'OrientationStatisticsRow';
  /** Of which accepted by the prescripteur; null when masked. */
  accepted?: Maybe<Scalars['Int']['output']>;
  /** Of which declined by the prescripteur; null when masked. */
  declined?: Maybe<Scalars['Int']['output']>;
  /** The prescripteur's département. */
  departement: Departement;
  /** Orientations made in the period; null when masked. */
  orientations?: Maybe<Scalars['Int']['output']>;
  /** Who oriented. */
  originKind: OrientationOriginKind;
  /** French label of `originKind`, to show as it is. */
  originKindLabel: Scalars['String']['output'];
};

/** Where an orientation towards a prescripteur stands (accord, annexe 4 §3). */
export type OrientationStatus =
  /** Accepted by the prescripteur, who then diagnoses the person. */
  | 'ACCEPTED'
  /** Declined by the prescripteur, with a reason. */
  | 'DECLINED'
  /** Waiting for the prescripteur's answer. */
  | 'PENDING';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The work waiting for the signed-in user (defined by the structures subgraph); this subgraph adds its part. */
export type PendingWork = {
  __typename?: 'PendingWork';
  /** Items of this subgraph, for the structures subgraph to merge (not in the public API). */
  parcoursItems?: Maybe<Array<PendingWorkItem>>;
  /** The signed-in user: the only one whose work can be read. */
  viewerId: Scalars['ID']['output'];
};

/**
 * A piece of work waiting for the signed-in user, computed by the server from the rules of the accord (and delays the
 * platform chose where the accord is silent).
 */
export type PendingWorkItem = {
  __typename?: 'PendingWorkItem';
  /** Days left until `dueOn` (0 on the day, negative once past): jours ouvrés for a decision, calendar days otherwise. */
  daysLeft: Scalars['Int']['output'];
  /** True when `daysLeft` counts jours ouvrés (a decision on a demande d'agrément). */
  daysLeftInWorkingDays: Scalars['Boolean']['output'];
  /** The day it is due. */
  dueOn: Scalars['Date']['output'];
  /** What it is. */
  kind: PendingWorkKind;
  /** What to do, in French (dates and numbers, no personal data). */
  label: Scalars['String']['output'];
  /** Where it is done: a path in the caller's portal (from its base, e.g. `/demandes/…`); null when done elsewhere. */
  link?: Maybe<Scalars['String']['output']>;
};

/** What a piece of pending work is (issue 14): the home page groups and counts by kind. */
export type PendingWorkKind =
  /** Agence: an appeal against a refusal, to answer. */
  | 'APPEAL_TO_ANSWER'
  /** SIAE: an agrément ending within 3 months. */
  | 'APPROVAL_ENDING'
  /** Prescripteur, SIAE: an agrément refused, open to a written appeal (shown 2 months after the decision). */
  | 'APPROVAL_REFUSED'
  /** SIAE: a demande d'agrément waiting for Pôle emploi's answer (until its deadline). */
  | 'APPROVAL_REQUEST_PENDING'
  /** SIAE: an agrément granted with no contract recorded under it. */
  | 'CONTRACT_TO_RECORD'
  /** Agence, SIAE: a convention de coopération drafted and not signed by the caller's side. */
  | 'CONVENTION_TO_SIGN'
  /** Agence leading a CTA: no meeting yet this quarter (fiche 8). */
  | 'CTA_MEETING_DUE'
  /** Agence leading a CTA: minutes of a meeting to send to the CDIAE (fiche 8). */
  | 'CTA_MINUTES_TO_SEND'
  /** Agence: a demande d'agrément to decide by its deadline (annexe 4 §2.2.2). */
  | 'DECISION_DUE'
  /** Prescripteur: the bilan of a tripartite interview sent to it (fiche 7), to read within 30 days. */
  | 'EXIT_BILAN_TO_READ'
  /** SIAE: a tripartite interview due (fiche 7). */
  | 'EXIT_INTERVIEW_DUE'
  /** Prescripteur habilité: the préfet's habilitation ends within 3 months. */
  | 'HABILITATION_LAPSING'
  /** SIAE: a fiche navette received and not answered yet. */
  | 'PRESCRIPTION_TO_ANSWER'
  /** Prescripteur: a fiche navette unanswered by the SIAE 10 days after it was sent (delay chosen by the platform). */
  | 'PRESCRIPTION_UNANSWERED'
  /** Agence: a validation de profil (annexe 4 §2.2.2, §2.2.8) ending within 15 days, not renewed. */
  | 'PREVALIDATION_TO_RENEW'
  /** Agence: agréments ended 6 months ago whose holder's inscription à Pôle emploi is to check (fiche 7), one item for all. */
  | 'REGISTRATION_CHECKS_DUE'
  /** Comité, État: an action of a past year's feuille de route neither done nor dropped. */
  | 'ROADMAP_ACTION_LATE'
  /** Comité, État: documents of a meeting to send 10 days before it (article 3). */
  | 'STEERING_DOCUMENTS_DUE'
  /** Comité, État: fewer than 2 meetings of the comité this year (article 3). */
  | 'STEERING_MEETINGS_DUE'
  /** SIAE: a suspension ending within 15 days. */
  | 'SUSPENSION_ENDING';

/**
 * A person in (or heading for) a parcours IAE. Personal data: seen only by the prescripteur that recorded or
 * prescribed them, the SIAE they were prescribed to or hired by, and that SIAE's agence (DESIGN §4); every read by
 * someone other than its author is written to the audit trail.
 */
export type Person = {
  __typename?: 'Person';
  /** When the person was anonymised (end of the retention period, or erasure on request); null while identified. An anonymised person is shown as « Personne anonymisée » and no personal text may be written about them. */
  anonymisedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Agréments the caller may see. */
  approvals: Array<Approval>;
  /** Date of birth. */
  birthDate: Scalars['Date']['output'];
  /** Eligibility diagnoses the caller may see, newest first. */
  diagnoses: Array<EligibilityDiagnosis>;
  /** E-mail address, if given. */
  email?: Maybe<Scalars['String']['output']>;
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Stable identifier of the person. */
  id: Scalars['ID']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** Whether the caller may correct this person's identity (`correctPersonIdentity`): true for the organisation that recorded the person while they are not anonymised, false for everyone else. Decided by the server; a portal shows « Corriger l'identité » only when true. */
  mayCorrectIdentity: Scalars['Boolean']['output'];
  /** Orientations of the person the caller sees (who oriented them, towards which prescripteur, why), newest first. */
  orientations: Array<Orientation>;
  /** Phone number, if given. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Identifiant Pôle emploi. */
  poleEmploiId?: Maybe<Scalars['String']['output']>;
  /** Prescriptions the caller may see, newest first. */
  prescriptions: Array<Prescription>;
  /** Reconnaissance de la qualité de travailleur handicapé (annexe 4 §2.2.6 b). */
  rqth: Scalars['Boolean']['output'];
};

/** A page of `Person` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<PersonEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Corrections of a person's identity (RGPD art. 16): a field omitted keeps its value; null empties an optional one. */
export type PersonCorrectionInput = {
  /** Date of birth. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Identifiant Pôle emploi. */
  poleEmploiId?: InputMaybe<Scalars['String']['input']>;
  /** Has an RQTH. */
  rqth?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One item of a page of `Person`, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Person;
};

/** A person to record. */
export type PersonInput = {
  /** Date of birth. */
  birthDate: Scalars['Date']['input'];
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name. */
  firstName: Scalars['String']['input'];
  /** Last name. */
  lastName: Scalars['String']['input'];
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Identifiant Pôle emploi. */
  poleEmploiId?: InputMaybe<Scalars['String']['input']>;
  /** Has an RQTH; false when omitted. */
  rqth?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Everything Navette holds about a person (RGPD art. 15, right of access): identity, diagnoses, orientations,
 * prescriptions and their history, requests and decisions with their reasons, the documents filed (described),
 * agréments, contracts, trainings, immersions, services, POE, interviews, sorties, and the organisations that read the
 * record. The same content as the operator's `db:person-export` (docs/data-protection.md).
 */
export type PersonRecordExport = {
  __typename?: 'PersonRecordExport';
  /** When the export was produced (set by the server). */
  exportedAt: Scalars['DateTime']['output'];
  /** The record as JSON (`sections`, one per kind of record; `organisations` named by id; `readers`): the machine-readable copy to hand to the person. */
  json: Scalars['String']['output'];
  /** Id of the person. */
  personId: Scalars['ID']['output'];
};

/** Whether the person of an agrément is registered at Pôle emploi as a job seeker, as recorded at a checkpoint (fiches 5 and 7). */
export type PoleEmploiRegistration = {
  __typename?: 'PoleEmploiRegistration';
  /** The day of the record (in France), set by the server. */
  checkedOn: Scalars['Date']['output'];
  /** When it was recorded: during the parcours, or 6 months after the agrément's end. */
  checkpoint: RegistrationCheckpoint;
  /** French label of `checkpoint`, to show as it is. */
  checkpointLabel: Scalars['String']['output'];
  /** When it was recorded, set by the server. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it: the SIAE or the agence. */
  recordedBy: RegistrationRecorder;
  /** Registered at Pôle emploi as a job seeker on `checkedOn`. */
  registered: Scalars['Boolean']['output'];
  /** The day of the registration, as the recorder gave it; null when not registered. */
  registeredOn?: Maybe<Scalars['Date']['output']>;
};

/** The inscription à Pôle emploi to record on an agrément. */
export type PoleEmploiRegistrationInput = {
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** During the parcours (SIAE or agence), or 6 months after the agrément's end (agence). */
  checkpoint: RegistrationCheckpoint;
  /** Registered at Pôle emploi as a job seeker today. */
  registered: Scalars['Boolean']['input'];
  /** The day of the registration (required when registered): not in the future, not before the person's 16th birthday. */
  registeredOn?: InputMaybe<Scalars['Date']['input']>;
};

export type PrescriberOrganisation = {
  __typename?: 'PrescriberOrganisation';
  id: Scalars['ID']['output'];
};

/** The fiche navette: a person prescribed to a SIAE (fiche 4), with its status history. */
export type Prescription = {
  __typename?: 'Prescription';
  /** The demandes d'agrément filed after it. */
  approvalRequests: Array<ApprovalRequest>;
  /** The eligibility diagnosis it relies on. */
  diagnosis: EligibilityDiagnosis;
  /** Its status changes, oldest first. */
  history: Array<PrescriptionEvent>;
  /** Stable identifier of the prescription. */
  id: Scalars['ID']['output'];
  /** The SIAE's offer the prescription answers, if any. */
  jobOffer?: Maybe<JobOffer>;
  /** Id of the offer it answers, if any. */
  jobOfferId?: Maybe<Scalars['ID']['output']>;
  /** The prescripteur's message to the SIAE. */
  message: Scalars['String']['output'];
  /** The person prescribed. */
  person: Person;
  /** The prescripteur that sent it. */
  prescriberOrganisation: PrescriberOrganisation;
  /**
   * The prescripteur that sent it.
   * @deprecated Utiliser `prescriberOrganisation` : orthographe unique, retrait prévu le 2027-06-04 (depuis le 2026-12-04).
   */
  prescriberOrganization: PrescriberOrganisation;
  /** The SIAE's free text with a refusal. */
  refusalComment?: Maybe<Scalars['String']['output']>;
  /** The SIAE's reason when it refused (fiche 4: refus motivé). */
  refusalReason?: Maybe<Reason>;
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** The SIAE it is sent to. */
  siae: Siae;
  /** Where the prescription stands. */
  status: PrescriptionStatus;
  /** French label of `status`, to show as it is. */
  statusLabel: Scalars['String']['output'];
  /** When it was last changed (set by the server). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of `Prescription` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type PrescriptionConnection = {
  __typename?: 'PrescriptionConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<PrescriptionEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `Prescription`, with its cursor. */
export type PrescriptionEdge = {
  __typename?: 'PrescriptionEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Prescription;
};

/** One change of a prescription's status. */
export type PrescriptionEvent = {
  __typename?: 'PrescriptionEvent';
  /** The comment given. */
  comment?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The reason given (a refusal). */
  reason?: Maybe<Reason>;
  /** The status it moved to. */
  status: PrescriptionStatus;
  /** French label of `status`, to show as it is. */
  statusLabel: Scalars['String']['output'];
};

/** A fiche navette to send. */
export type PrescriptionInput = {
  /** Id of the person's diagnosis. */
  diagnosisId: Scalars['ID']['input'];
  /** Id of the SIAE's offer it answers, if any. */
  jobOfferId?: InputMaybe<Scalars['ID']['input']>;
  /** The message to the SIAE. */
  message: Scalars['String']['input'];
  /** Id of the person. */
  personId: Scalars['ID']['input'];
  /** Id of the SIAE. */
  siaeId: Scalars['ID']['input'];
};

/** Where a prescription stands (fiche 4). */
export type PrescriptionStatus =
  /** Accepted by the SIAE. */
  | 'ACCEPTED'
  /** The person was hired. */
  | 'HIRED'
  /** Refused by the SIAE, with a reason. */
  | 'REFUSED'
  /** Opened by the SIAE. */
  | 'SEEN'
  /** Sent, not opened by the SIAE yet. */
  | 'SENT'
  /** Withdrawn by the prescripteur. */
  | 'WITHDRAWN';

/**
 * Validation des profils (accord, annexe 4 §2.2.2 last paragraph and §2.2.8; issue 18 §3): an agence Pôle emploi
 * pre-validates a person's profile for an ETTI or an AI it has a convention de coopération with, for a period the server
 * fixes (3 months at most, a choice of the platform); a demande d'agrément of that SIAE for that person received within
 * the period is decided the same day. Seen by the agence that pre-validated and by the SIAE it is for.
 */
export type ProfilePrevalidation = {
  __typename?: 'ProfilePrevalidation';
  /** When it was recorded (set by the server). */
  createdAt: Scalars['DateTime']['output'];
  /** Last day of the period. */
  endsOn: Scalars['Date']['output'];
  /** Stable identifier of the pre-validation. */
  id: Scalars['ID']['output'];
  /** Whether a demande d'agrément received today would be decided the same day (within the period, convention in force). */
  inForce: Scalars['Boolean']['output'];
  /** The person whose profile is pre-validated; null when the caller no longer sees the person's record. */
  person?: Maybe<Person>;
  /** First day a renewal would start (the day after this period, or today). */
  renewalStartsOn: Scalars['Date']['output'];
  /** The ETTI or AI the profile is pre-validated for. */
  siae: Siae;
  /** First day of the period (never before the day it was recorded: set or checked by the server). */
  startsOn: Scalars['Date']['output'];
  /** Whether it ends within 15 days with no later period for the same person and SIAE (to renew). */
  toRenew: Scalars['Boolean']['output'];
};

/** A page of `ProfilePrevalidation` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type ProfilePrevalidationConnection = {
  __typename?: 'ProfilePrevalidationConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<ProfilePrevalidationEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `ProfilePrevalidation`, with its cursor. */
export type ProfilePrevalidationEdge = {
  __typename?: 'ProfilePrevalidationEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: ProfilePrevalidation;
};

/** A profile to pre-validate: the person, the ETTI or AI, and optionally the period (the server checks or fixes it). */
export type ProfilePrevalidationInput = {
  /** Last day; the longest allowed when left out (3 months, within the convention). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Id of a person the agence sees. */
  personId: Scalars['ID']['input'];
  /** Id of an ETTI or AI the agence has a convention de coopération in force with. */
  siaeId: Scalars['ID']['input'];
  /** First day; today (the server's day) when left out. Never before today, at most 30 days ahead. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A prolongation of an agrément (annexe 4 §2.2.6). */
export type Prolongation = {
  __typename?: 'Prolongation';
  /** Last day of the prolongation. */
  endOn: Scalars['Date']['output'];
  /** Why it was granted (a training to finish; age 50 or more, or RQTH). */
  reason: ProlongationReason;
  /** First day of the prolongation. */
  startOn: Scalars['Date']['output'];
};

/** Why an agrément may be prolonged (annexe 4 §2.2.6). */
export type ProlongationReason =
  /** Person aged 50 or more, or with an RQTH (annexe 4 §2.2.6 b). */
  | 'AGE_50_OR_RQTH'
  /** To finish a training in progress at the end of the contract (annexe 4 §2.2.6 a). */
  | 'TRAINING';

export type Query = {
  __typename?: 'Query';
  /** One agrément, or null when unknown to the caller. */
  approval?: Maybe<Approval>;
  /** Reasons Pôle emploi may give when it refuses an agrément (annexe 4 §2.2.3). */
  approvalRefusalReasons: Array<Reason>;
  /** One demande d'agrément, or null when unknown to the caller. */
  approvalRequest?: Maybe<ApprovalRequest>;
  /** Approval requests the caller may see: the agence's inbox (its territory) sorted by deadline; the SIAE's and the prescripteur's newest first. */
  approvalRequests: ApprovalRequestConnection;
  /** Counts of requests, grants, refusals, tacit grants, suspensions, prolongations and extensions (masked below 5). */
  approvalStatistics: ApprovalStatistics;
  /** Agréments the caller may see, ending soonest first (the SIAE's employees). */
  approvals: ApprovalConnection;
  /** Annexe 2 criteria, in the annexe's order: the checklist of a diagnosis. */
  eligibilityCriteria: Array<EligibilityCriterion>;
  /** Tripartite interviews due today (fiche 7). */
  exitInterviewsDue: Array<ExitInterviewDue>;
  /** One orientation, or null when unknown to the caller. */
  orientation?: Maybe<Orientation>;
  /** Orientations counted by origin and département, masked below 5 (comité de pilotage, annexe 1). */
  orientationStatistics: OrientationStatistics;
  /** Orientations the caller's organisation received (prescripteur) or made, newest first. */
  orientations: OrientationConnection;
  /** People the caller may see (prescripteur: recorded or prescribed by its organisation; SIAE: prescribed to or hired by it; agence: its territory), by name. */
  people: PersonConnection;
  /** One person, or null when unknown to the caller. */
  person?: Maybe<Person>;
  /** One prescription, or null when unknown to the caller. */
  prescription?: Maybe<Prescription>;
  /** Prescriptions sent by the caller's organisation (prescripteur), received by it (SIAE) or in its territory (agence), newest first. */
  prescriptions: PrescriptionConnection;
  /** The validations de profils of the caller's organisation (agence: those it recorded; SIAE: those for it), ending soonest first. */
  profilePrevalidations: ProfilePrevalidationConnection;
  /** The agence's worklist: agréments of its territory whose situation 6 months after their end is due and not yet recorded, longest waiting first (fiche 7). */
  registrationChecksDue: RegistrationCheckDueConnection;
  /** Reasons a SIAE may give when it refuses a prescribed person (fiche 4). */
  siaeRefusalReasons: Array<Reason>;
  /** Reasons of a suspension (annexe 4 §2.2.4: circulaire du 3 octobre 2003, or an accord en CTA). */
  suspensionReasons: Array<Reason>;
};


export type QueryApprovalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApprovalRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApprovalRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  appealStatus?: InputMaybe<AppealStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApprovalRequestStatus>;
};


export type QueryApprovalStatisticsArgs = {
  departement?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryApprovalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrientationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrientationStatisticsArgs = {
  departement?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryOrientationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction: OrientationDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrientationStatus>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPrescriptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPrescriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PrescriptionStatus>;
};


export type QueryProfilePrevalidationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  toRenew?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRegistrationChecksDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A reason from one of the shared lists (refusal by a SIAE, refusal of an agrément), with its French label. */
export type Reason = {
  __typename?: 'Reason';
  /** Stable code of the reason: send it back in a mutation. */
  code: Scalars['ID']['output'];
  /** French label of the reason. */
  label: Scalars['String']['output'];
};

/** How many refusals gave one reason. */
export type RefusalCount = {
  __typename?: 'RefusalCount';
  /** Refusals with this reason; null when masked (below 5). */
  count?: Maybe<Scalars['Int']['output']>;
  /** The refusal reason. */
  reason: Reason;
};

/** An agrément of the agence's territory whose situation 6 months after its end is due and not yet recorded (fiche 7). */
export type RegistrationCheckDue = {
  __typename?: 'RegistrationCheckDue';
  /** The agrément concerned (its person, SIAE and end). */
  approval: Approval;
  /** The day the check became due: 6 months after the agrément's last day. */
  dueOn: Scalars['Date']['output'];
};

/** A page of `RegistrationCheckDue` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type RegistrationCheckDueConnection = {
  __typename?: 'RegistrationCheckDueConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<RegistrationCheckDueEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `RegistrationCheckDue`, with its cursor. */
export type RegistrationCheckDueEdge = {
  __typename?: 'RegistrationCheckDueEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: RegistrationCheckDue;
};

/** When the inscription à Pôle emploi of a person in parcours is recorded (accord, fiches 5 and 7). */
export type RegistrationCheckpoint =
  /** While the agrément runs, by the SIAE of the parcours or the agence of its territory (fiche 5: « inscrire ou maintenir l'inscription »). */
  | 'DURING_PARCOURS'
  /** 6 months after the agrément's end, by the agence (fiche 7). */
  | 'SIX_MONTHS_AFTER_END';

/** Who recorded a situation. */
export type RegistrationRecorder =
  /** The agence Pôle emploi of its territory. */
  | 'AGENCY'
  /** The SIAE of the parcours. */
  | 'SIAE';

/** A supporting document of a request (PDF, JPEG or PNG, at most 5 Mo). */
export type RequestDocument = {
  __typename?: 'RequestDocument';
  /** MIME type: application/pdf, image/jpeg or image/png. */
  contentType: Scalars['String']['output'];
  /** The content, base64-encoded: ask for it only to download the document. */
  dataBase64: Scalars['String']['output'];
  /** The file's name, as sent. */
  fileName: Scalars['String']['output'];
  /** Stable identifier of the document. */
  id: Scalars['ID']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** When it was filed. */
  uploadedAt: Scalars['DateTime']['output'];
};

export type Siae = {
  __typename?: 'Siae';
  /**
   * The last day on which Pôle emploi may answer a complete agrément request received on `receivedOn`
   * for a person hired by this SIAE: 5 jours ouvrés, 2 for an ETTI (accord, annexe 4 §2.2.2).
   * Nullable: null (with an error) only when the parcours subgraph cannot answer.
   */
  approvalDecisionDeadline?: Maybe<Scalars['Date']['output']>;
  departement: Departement;
  id: Scalars['ID']['output'];
  kind: SiaeKind;
};


export type SiaeApprovalDecisionDeadlineArgs = {
  receivedOn: Scalars['Date']['input'];
};

export type SiaeKind =
  | 'ACI'
  | 'AI'
  | 'EI'
  | 'EITI'
  | 'ETTI';

/** A suspension of an agrément: its end date is pushed back by its length (annexe 4 §2.2.4). */
export type Suspension = {
  __typename?: 'Suspension';
  /** Its length in calendar days. */
  days: Scalars['Int']['output'];
  /** Last day of the suspension. */
  endOn: Scalars['Date']['output'];
  /** First day of the suspension. */
  startOn: Scalars['Date']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Approval: Approval;
  ApprovalRequest: ApprovalRequest;
  Orientation: Orientation;
  PendingWork: PendingWork;
  Person: Person;
  Prescription: Prescription;
  Siae: Siae;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Approval:
    ( { __typename: 'Approval' }
    & GraphQLRecursivePick<FederationTypes['Approval'], {"id":true}> );
  ApprovalRequest:
    ( { __typename: 'ApprovalRequest' }
    & GraphQLRecursivePick<FederationTypes['ApprovalRequest'], {"id":true}> );
  Orientation:
    ( { __typename: 'Orientation' }
    & GraphQLRecursivePick<FederationTypes['Orientation'], {"id":true}> );
  PendingWork:
    ( { __typename: 'PendingWork' }
    & GraphQLRecursivePick<FederationTypes['PendingWork'], {"viewerId":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Prescription:
    ( { __typename: 'Prescription' }
    & GraphQLRecursivePick<FederationTypes['Prescription'], {"id":true}> );
  Siae:
    ( { __typename: 'Siae' }
    & GraphQLRecursivePick<FederationTypes['Siae'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Siae'], {"kind":true,"departement":{"code":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AiSector: AiSector;
  Appeal: ResolverTypeWrapper<Appeal>;
  AppealStatus: AppealStatus;
  Approval: ResolverTypeWrapper<ApprovalRow>;
  ApprovalConnection: ResolverTypeWrapper<Omit<ApprovalConnection, 'edges'> & { edges: Array<ResolversTypes['ApprovalEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApprovalDecision: ApprovalDecision;
  ApprovalEdge: ResolverTypeWrapper<Omit<ApprovalEdge, 'node'> & { node: ResolversTypes['Approval'] }>;
  ApprovalRequest: ResolverTypeWrapper<ApprovalRequestRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApprovalRequestConnection: ResolverTypeWrapper<Omit<ApprovalRequestConnection, 'edges'> & { edges: Array<ResolversTypes['ApprovalRequestEdge']> }>;
  ApprovalRequestEdge: ResolverTypeWrapper<Omit<ApprovalRequestEdge, 'node'> & { node: ResolversTypes['ApprovalRequest'] }>;
  ApprovalRequestInput: ApprovalRequestInput;
  ApprovalRequestKind: ApprovalRequestKind;
  ApprovalRequestStatus: ApprovalRequestStatus;
  ApprovalStatistics: ResolverTypeWrapper<Omit<ApprovalStatistics, 'refusalsByReason' | 'rows'> & { refusalsByReason: Array<ResolversTypes['RefusalCount']>, rows: Array<ResolversTypes['ApprovalStatisticsRow']> }>;
  ApprovalStatisticsRow: ResolverTypeWrapper<Omit<ApprovalStatisticsRow, 'departement'> & { departement: ResolversTypes['Departement'] }>;
  ApprovalStatus: ApprovalStatus;
  Contract: ResolverTypeWrapper<ContractRow>;
  ContractInput: ContractInput;
  ContractKind: ContractKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Departement: ResolverTypeWrapper<DepartementRef>;
  DiagnosisInput: DiagnosisInput;
  DocumentUpload: DocumentUpload;
  EligibilityCategory: EligibilityCategory;
  EligibilityCriterion: ResolverTypeWrapper<CriterionRow>;
  EligibilityDiagnosis: ResolverTypeWrapper<DiagnosisRow>;
  Exit: ResolverTypeWrapper<ExitRow>;
  ExitInput: ExitInput;
  ExitInterview: ResolverTypeWrapper<ExitInterviewRow>;
  ExitInterviewDue: ResolverTypeWrapper<ExitInterviewDueRow>;
  ExitInterviewInput: ExitInterviewInput;
  ExitInterviewPlanInput: ExitInterviewPlanInput;
  ExitOutcome: ExitOutcome;
  Extension: ResolverTypeWrapper<ApprovalEventRow>;
  JobOffer: ResolverTypeWrapper<EntityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Orientation: ResolverTypeWrapper<OrientationRow>;
  OrientationConnection: ResolverTypeWrapper<Omit<OrientationConnection, 'edges'> & { edges: Array<ResolversTypes['OrientationEdge']> }>;
  OrientationDirection: OrientationDirection;
  OrientationEdge: ResolverTypeWrapper<Omit<OrientationEdge, 'node'> & { node: ResolversTypes['Orientation'] }>;
  OrientationInput: OrientationInput;
  OrientationOriginCount: ResolverTypeWrapper<OrientationOriginCount>;
  OrientationOriginKind: OrientationOriginKind;
  OrientationStatistics: ResolverTypeWrapper<Omit<OrientationStatistics, 'rows'> & { rows: Array<ResolversTypes['OrientationStatisticsRow']> }>;
  OrientationStatisticsRow: ResolverTypeWrapper<Omit<OrientationStatisticsRow, 'departement'> & { departement: ResolversTypes['Departement'] }>;
  OrientationStatus: OrientationStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PendingWork: ResolverTypeWrapper<PendingWork>;
  PendingWorkItem: ResolverTypeWrapper<PendingWorkItem>;
  PendingWorkKind: PendingWorkKind;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonCorrectionInput: PersonCorrectionInput;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonInput: PersonInput;
  PersonRecordExport: ResolverTypeWrapper<PersonRecordExportRow>;
  PoleEmploiRegistration: ResolverTypeWrapper<PoleEmploiRegistrationRow>;
  PoleEmploiRegistrationInput: PoleEmploiRegistrationInput;
  PrescriberOrganisation: ResolverTypeWrapper<EntityRef>;
  Prescription: ResolverTypeWrapper<PrescriptionRow>;
  PrescriptionConnection: ResolverTypeWrapper<Omit<PrescriptionConnection, 'edges'> & { edges: Array<ResolversTypes['PrescriptionEdge']> }>;
  PrescriptionEdge: ResolverTypeWrapper<Omit<PrescriptionEdge, 'node'> & { node: ResolversTypes['Prescription'] }>;
  PrescriptionEvent: ResolverTypeWrapper<PrescriptionEventRow>;
  PrescriptionInput: PrescriptionInput;
  PrescriptionStatus: PrescriptionStatus;
  ProfilePrevalidation: ResolverTypeWrapper<ProfilePrevalidationRow>;
  ProfilePrevalidationConnection: ResolverTypeWrapper<Omit<ProfilePrevalidationConnection, 'edges'> & { edges: Array<ResolversTypes['ProfilePrevalidationEdge']> }>;
  ProfilePrevalidationEdge: ResolverTypeWrapper<Omit<ProfilePrevalidationEdge, 'node'> & { node: ResolversTypes['ProfilePrevalidation'] }>;
  ProfilePrevalidationInput: ProfilePrevalidationInput;
  Prolongation: ResolverTypeWrapper<Prolongation>;
  ProlongationReason: ProlongationReason;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reason: ResolverTypeWrapper<ReasonRow>;
  RefusalCount: ResolverTypeWrapper<Omit<RefusalCount, 'reason'> & { reason: ResolversTypes['Reason'] }>;
  RegistrationCheckDue: ResolverTypeWrapper<RegistrationCheckDueRow>;
  RegistrationCheckDueConnection: ResolverTypeWrapper<Omit<RegistrationCheckDueConnection, 'edges'> & { edges: Array<ResolversTypes['RegistrationCheckDueEdge']> }>;
  RegistrationCheckDueEdge: ResolverTypeWrapper<Omit<RegistrationCheckDueEdge, 'node'> & { node: ResolversTypes['RegistrationCheckDue'] }>;
  RegistrationCheckpoint: RegistrationCheckpoint;
  RegistrationRecorder: RegistrationRecorder;
  RequestDocument: ResolverTypeWrapper<DocumentMeta>;
  Siae: ResolverTypeWrapper<SiaeRef>;
  SiaeKind: SiaeKind;
  Suspension: ResolverTypeWrapper<Suspension>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agency: EntityRef;
  ID: Scalars['ID']['output'];
  Appeal: Appeal;
  Approval: ApprovalRow;
  ApprovalConnection: Omit<ApprovalConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApprovalEdge']> };
  Int: Scalars['Int']['output'];
  ApprovalEdge: Omit<ApprovalEdge, 'node'> & { node: ResolversParentTypes['Approval'] };
  ApprovalRequest: ApprovalRequestRow;
  Boolean: Scalars['Boolean']['output'];
  ApprovalRequestConnection: Omit<ApprovalRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApprovalRequestEdge']> };
  ApprovalRequestEdge: Omit<ApprovalRequestEdge, 'node'> & { node: ResolversParentTypes['ApprovalRequest'] };
  ApprovalRequestInput: ApprovalRequestInput;
  ApprovalStatistics: Omit<ApprovalStatistics, 'refusalsByReason' | 'rows'> & { refusalsByReason: Array<ResolversParentTypes['RefusalCount']>, rows: Array<ResolversParentTypes['ApprovalStatisticsRow']> };
  ApprovalStatisticsRow: Omit<ApprovalStatisticsRow, 'departement'> & { departement: ResolversParentTypes['Departement'] };
  Contract: ContractRow;
  ContractInput: ContractInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Departement: DepartementRef;
  DiagnosisInput: DiagnosisInput;
  DocumentUpload: DocumentUpload;
  EligibilityCriterion: CriterionRow;
  EligibilityDiagnosis: DiagnosisRow;
  Exit: ExitRow;
  ExitInput: ExitInput;
  ExitInterview: ExitInterviewRow;
  ExitInterviewDue: ExitInterviewDueRow;
  ExitInterviewInput: ExitInterviewInput;
  ExitInterviewPlanInput: ExitInterviewPlanInput;
  Extension: ApprovalEventRow;
  JobOffer: EntityRef;
  Mutation: Record<PropertyKey, never>;
  Orientation: OrientationRow;
  OrientationConnection: Omit<OrientationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrientationEdge']> };
  OrientationEdge: Omit<OrientationEdge, 'node'> & { node: ResolversParentTypes['Orientation'] };
  OrientationInput: OrientationInput;
  OrientationOriginCount: OrientationOriginCount;
  OrientationStatistics: Omit<OrientationStatistics, 'rows'> & { rows: Array<ResolversParentTypes['OrientationStatisticsRow']> };
  OrientationStatisticsRow: Omit<OrientationStatisticsRow, 'departement'> & { departement: ResolversParentTypes['Departement'] };
  PageInfo: PageInfo;
  PendingWork: PendingWork | FederationReferenceTypes['PendingWork'];
  PendingWorkItem: PendingWorkItem;
  Person: PersonRow;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonCorrectionInput: PersonCorrectionInput;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonInput: PersonInput;
  PersonRecordExport: PersonRecordExportRow;
  PoleEmploiRegistration: PoleEmploiRegistrationRow;
  PoleEmploiRegistrationInput: PoleEmploiRegistrationInput;
  PrescriberOrganisation: EntityRef;
  Prescription: PrescriptionRow;
  PrescriptionConnection: Omit<PrescriptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PrescriptionEdge']> };
  PrescriptionEdge: Omit<PrescriptionEdge, 'node'> & { node: ResolversParentTypes['Prescription'] };
  PrescriptionEvent: PrescriptionEventRow;
  PrescriptionInput: PrescriptionInput;
  ProfilePrevalidation: ProfilePrevalidationRow;
  ProfilePrevalidationConnection: Omit<ProfilePrevalidationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProfilePrevalidationEdge']> };
  ProfilePrevalidationEdge: Omit<ProfilePrevalidationEdge, 'node'> & { node: ResolversParentTypes['ProfilePrevalidation'] };
  ProfilePrevalidationInput: ProfilePrevalidationInput;
  Prolongation: Prolongation;
  Query: Record<PropertyKey, never>;
  Reason: ReasonRow;
  RefusalCount: Omit<RefusalCount, 'reason'> & { reason: ResolversParentTypes['Reason'] };
  RegistrationCheckDue: RegistrationCheckDueRow;
  RegistrationCheckDueConnection: Omit<RegistrationCheckDueConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegistrationCheckDueEdge']> };
  RegistrationCheckDueEdge: Omit<RegistrationCheckDueEdge, 'node'> & { node: ResolversParentTypes['RegistrationCheckDue'] };
  RequestDocument: DocumentMeta;
  Siae: SiaeRef;
  Suspension: Suspension;
  String: Scalars['String']['output'];
}>;

export type NotPersonalDataDirectiveArgs = { };

export type NotPersonalDataDirectiveResolver<Result, Parent, ContextType = ParcoursContext, Args = NotPersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDataDirectiveArgs = {
  owner?: Maybe<Scalars['String']['input']>;
  subject?: Maybe<Scalars['String']['input']>;
  subjectType?: Maybe<Scalars['String']['input']>;
};

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = ParcoursContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AppealResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Appeal'] = ResolversParentTypes['Appeal']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  filedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppealStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApprovalResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Approval'] = ResolversParentTypes['Approval'], FederationReferenceType extends FederationReferenceTypes['Approval'] = FederationReferenceTypes['Approval']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Approval']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alerts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  exit?: Resolver<Maybe<ResolversTypes['Exit']>, ParentType, ContextType>;
  exitInterview?: Resolver<Maybe<ResolversTypes['ExitInterview']>, ParentType, ContextType>;
  exitInterviewPlannedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  extensions?: Resolver<Array<ResolversTypes['Extension']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  poleEmploiRegistration?: Resolver<Maybe<ResolversTypes['PoleEmploiRegistration']>, ParentType, ContextType>;
  poleEmploiRegistrationAfterEnd?: Resolver<Maybe<ResolversTypes['PoleEmploiRegistration']>, ParentType, ContextType>;
  prolongations?: Resolver<Array<ResolversTypes['Prolongation']>, ParentType, ContextType>;
  registrationCheckDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  requests?: Resolver<Array<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  siae?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApprovalStatus'], ParentType, ContextType>;
  suspensions?: Resolver<Array<ResolversTypes['Suspension']>, ParentType, ContextType>;
}>;

export type ApprovalConnectionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ApprovalConnection'] = ResolversParentTypes['ApprovalConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApprovalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalEdgeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ApprovalEdge'] = ResolversParentTypes['ApprovalEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Approval'], ParentType, ContextType>;
}>;

export type ApprovalRequestResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ApprovalRequest'] = ResolversParentTypes['ApprovalRequest'], FederationReferenceType extends FederationReferenceTypes['ApprovalRequest'] = FederationReferenceTypes['ApprovalRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApprovalRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType>;
  approval?: Resolver<Maybe<ResolversTypes['Approval']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contractEndOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  contractStartOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['RequestDocument']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointAssessmentDone?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ApprovalRequestKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  prescription?: Resolver<Maybe<ResolversTypes['Prescription']>, ParentType, ContextType>;
  prolongationEndOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  prolongationReason?: Resolver<Maybe<ResolversTypes['ProlongationReason']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  refusalComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  resultingApproval?: Resolver<Maybe<ResolversTypes['Approval']>, ParentType, ContextType>;
  siae?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApprovalRequestStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suspensionEndOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  suspensionReason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  suspensionStartOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  trainingEndOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  trainingStartOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  workingDaysLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ApprovalRequestConnectionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ApprovalRequestConnection'] = ResolversParentTypes['ApprovalRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApprovalRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalRequestEdgeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ApprovalRequestEdge'] = ResolversParentTypes['ApprovalRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType>;
}>;

export type ApprovalStatisticsResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ApprovalStatistics'] = ResolversParentTypes['ApprovalStatistics']> = ResolversObject<{
  refusalsByReason?: Resolver<Array<ResolversTypes['RefusalCount']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ApprovalStatisticsRow']>, ParentType, ContextType>;
}>;

export type ApprovalStatisticsRowResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ApprovalStatisticsRow'] = ResolversParentTypes['ApprovalStatisticsRow']> = ResolversObject<{
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  extensions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  granted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pending?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  prolongations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refused?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requests?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  siaeKind?: Resolver<ResolversTypes['SiaeKind'], ParentType, ContextType>;
  suspensions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tacitlyGranted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ContractResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = ResolversObject<{
  aiHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aiSector?: Resolver<Maybe<ResolversTypes['AiSector']>, ParentType, ContextType>;
  approvalRequired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContractKind'], ParentType, ContextType>;
  siae?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartementResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Departement'] = ResolversParentTypes['Departement']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EligibilityCriterionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['EligibilityCriterion'] = ResolversParentTypes['EligibilityCriterion']> = ResolversObject<{
  category?: Resolver<ResolversTypes['EligibilityCategory'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EligibilityDiagnosisResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['EligibilityDiagnosis'] = ResolversParentTypes['EligibilityDiagnosis']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['EligibilityCriterion']>, ParentType, ContextType>;
  diagnosedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  prescriberOrganisation?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType>;
  prescriberOrganization?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExitResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Exit'] = ResolversParentTypes['Exit']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ExitOutcome'], ParentType, ContextType>;
  outcomeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ExitInterviewResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ExitInterview'] = ResolversParentTypes['ExitInterview']> = ResolversObject<{
  assessment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sentToPrescriberOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sentToReferentOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ExitInterviewDueResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ExitInterviewDue'] = ResolversParentTypes['ExitInterviewDue']> = ResolversObject<{
  approval?: Resolver<ResolversTypes['Approval'], ParentType, ContextType>;
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  windowEndOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  windowStartOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ExtensionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Extension'] = ResolversParentTypes['Extension']> = ResolversObject<{
  siae?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type JobOfferResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['JobOffer'] = ResolversParentTypes['JobOffer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptOrientation?: Resolver<ResolversTypes['Orientation'], ParentType, ContextType, RequireFields<MutationAcceptOrientationArgs, 'id'>>;
  acceptPrescription?: Resolver<ResolversTypes['Prescription'], ParentType, ContextType, RequireFields<MutationAcceptPrescriptionArgs, 'id'>>;
  addApprovalRequestDocuments?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationAddApprovalRequestDocumentsArgs, 'documents' | 'id'>>;
  appealApprovalRefusal?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationAppealApprovalRefusalArgs, 'id' | 'text'>>;
  correctPersonIdentity?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCorrectPersonIdentityArgs, 'input' | 'personId'>>;
  decideAppeal?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationDecideAppealArgs, 'id' | 'upheld'>>;
  decideApprovalRequest?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationDecideApprovalRequestArgs, 'decision' | 'id'>>;
  declineOrientation?: Resolver<ResolversTypes['Orientation'], ParentType, ContextType, RequireFields<MutationDeclineOrientationArgs, 'id' | 'reason'>>;
  diagnose?: Resolver<ResolversTypes['EligibilityDiagnosis'], ParentType, ContextType, RequireFields<MutationDiagnoseArgs, 'input'>>;
  exportPersonRecord?: Resolver<ResolversTypes['PersonRecordExport'], ParentType, ContextType, RequireFields<MutationExportPersonRecordArgs, 'personId'>>;
  markPrescriptionSeen?: Resolver<ResolversTypes['Prescription'], ParentType, ContextType, RequireFields<MutationMarkPrescriptionSeenArgs, 'id'>>;
  orientPerson?: Resolver<ResolversTypes['Orientation'], ParentType, ContextType, RequireFields<MutationOrientPersonArgs, 'input'>>;
  planExitInterview?: Resolver<ResolversTypes['Approval'], ParentType, ContextType, RequireFields<MutationPlanExitInterviewArgs, 'input'>>;
  prescribe?: Resolver<ResolversTypes['Prescription'], ParentType, ContextType, RequireFields<MutationPrescribeArgs, 'input'>>;
  prevalidateProfile?: Resolver<ResolversTypes['ProfilePrevalidation'], ParentType, ContextType, RequireFields<MutationPrevalidateProfileArgs, 'input'>>;
  recordContract?: Resolver<ResolversTypes['Approval'], ParentType, ContextType, RequireFields<MutationRecordContractArgs, 'input'>>;
  recordExit?: Resolver<ResolversTypes['Approval'], ParentType, ContextType, RequireFields<MutationRecordExitArgs, 'input'>>;
  recordExitInterview?: Resolver<ResolversTypes['Approval'], ParentType, ContextType, RequireFields<MutationRecordExitInterviewArgs, 'input'>>;
  recordPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRecordPersonArgs, 'input'>>;
  recordPoleEmploiRegistration?: Resolver<ResolversTypes['Approval'], ParentType, ContextType, RequireFields<MutationRecordPoleEmploiRegistrationArgs, 'input'>>;
  refusePrescription?: Resolver<ResolversTypes['Prescription'], ParentType, ContextType, RequireFields<MutationRefusePrescriptionArgs, 'id' | 'reason'>>;
  requestApproval?: Resolver<ResolversTypes['ApprovalRequest'], ParentType, ContextType, RequireFields<MutationRequestApprovalArgs, 'input'>>;
  withdrawPrescription?: Resolver<ResolversTypes['Prescription'], ParentType, ContextType, RequireFields<MutationWithdrawPrescriptionArgs, 'id'>>;
}>;

export type OrientationResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Orientation'] = ResolversParentTypes['Orientation'], FederationReferenceType extends FederationReferenceTypes['Orientation'] = FederationReferenceTypes['Orientation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Orientation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orientedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  originKind?: Resolver<ResolversTypes['OrientationOriginKind'], ParentType, ContextType>;
  originKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originOrganisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originOrganizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  prescriberOrganisation?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType>;
  prescriberOrganization?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrientationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrientationConnectionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['OrientationConnection'] = ResolversParentTypes['OrientationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrientationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrientationEdgeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['OrientationEdge'] = ResolversParentTypes['OrientationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Orientation'], ParentType, ContextType>;
}>;

export type OrientationOriginCountResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['OrientationOriginCount'] = ResolversParentTypes['OrientationOriginCount']> = ResolversObject<{
  orientations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  originKind?: Resolver<ResolversTypes['OrientationOriginKind'], ParentType, ContextType>;
  originKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrientationStatisticsResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['OrientationStatistics'] = ResolversParentTypes['OrientationStatistics']> = ResolversObject<{
  byOrigin?: Resolver<Array<ResolversTypes['OrientationOriginCount']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['OrientationStatisticsRow']>, ParentType, ContextType>;
}>;

export type OrientationStatisticsRowResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['OrientationStatisticsRow'] = ResolversParentTypes['OrientationStatisticsRow']> = ResolversObject<{
  accepted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  declined?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  orientations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  originKind?: Resolver<ResolversTypes['OrientationOriginKind'], ParentType, ContextType>;
  originKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PendingWorkResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PendingWork'] = ResolversParentTypes['PendingWork'], FederationReferenceType extends FederationReferenceTypes['PendingWork'] = FederationReferenceTypes['PendingWork']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PendingWork']> | FederationReferenceType, FederationReferenceType, ContextType>;
  parcoursItems?: Resolver<Maybe<Array<ResolversTypes['PendingWorkItem']>>, ParentType, ContextType>;
  viewerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PendingWorkItemResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PendingWorkItem'] = ResolversParentTypes['PendingWorkItem']> = ResolversObject<{
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysLeftInWorkingDays?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PendingWorkKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  anonymisedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvals?: Resolver<Array<ResolversTypes['Approval']>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  diagnoses?: Resolver<Array<ResolversTypes['EligibilityDiagnosis']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mayCorrectIdentity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orientations?: Resolver<Array<ResolversTypes['Orientation']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  poleEmploiId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prescriptions?: Resolver<Array<ResolversTypes['Prescription']>, ParentType, ContextType>;
  rqth?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PersonRecordExportResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PersonRecordExport'] = ResolversParentTypes['PersonRecordExport']> = ResolversObject<{
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PoleEmploiRegistrationResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PoleEmploiRegistration'] = ResolversParentTypes['PoleEmploiRegistration']> = ResolversObject<{
  checkedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  checkpoint?: Resolver<ResolversTypes['RegistrationCheckpoint'], ParentType, ContextType>;
  checkpointLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['RegistrationRecorder'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registeredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PrescriberOrganisationResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PrescriberOrganisation'] = ResolversParentTypes['PrescriberOrganisation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PrescriptionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Prescription'] = ResolversParentTypes['Prescription'], FederationReferenceType extends FederationReferenceTypes['Prescription'] = FederationReferenceTypes['Prescription']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Prescription']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvalRequests?: Resolver<Array<ResolversTypes['ApprovalRequest']>, ParentType, ContextType>;
  diagnosis?: Resolver<ResolversTypes['EligibilityDiagnosis'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['PrescriptionEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobOffer?: Resolver<Maybe<ResolversTypes['JobOffer']>, ParentType, ContextType>;
  jobOfferId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  prescriberOrganisation?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType>;
  prescriberOrganization?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType>;
  refusalComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  siae?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PrescriptionStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PrescriptionConnectionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PrescriptionConnection'] = ResolversParentTypes['PrescriptionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PrescriptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PrescriptionEdgeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PrescriptionEdge'] = ResolversParentTypes['PrescriptionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Prescription'], ParentType, ContextType>;
}>;

export type PrescriptionEventResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['PrescriptionEvent'] = ResolversParentTypes['PrescriptionEvent']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['Reason']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PrescriptionStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProfilePrevalidationResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ProfilePrevalidation'] = ResolversParentTypes['ProfilePrevalidation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  renewalStartsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  siae?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  toRenew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProfilePrevalidationConnectionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ProfilePrevalidationConnection'] = ResolversParentTypes['ProfilePrevalidationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProfilePrevalidationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProfilePrevalidationEdgeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['ProfilePrevalidationEdge'] = ResolversParentTypes['ProfilePrevalidationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProfilePrevalidation'], ParentType, ContextType>;
}>;

export type ProlongationResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Prolongation'] = ResolversParentTypes['Prolongation']> = ResolversObject<{
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ProlongationReason'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  approval?: Resolver<Maybe<ResolversTypes['Approval']>, ParentType, ContextType, RequireFields<QueryApprovalArgs, 'id'>>;
  approvalRefusalReasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  approvalRequest?: Resolver<Maybe<ResolversTypes['ApprovalRequest']>, ParentType, ContextType, RequireFields<QueryApprovalRequestArgs, 'id'>>;
  approvalRequests?: Resolver<ResolversTypes['ApprovalRequestConnection'], ParentType, ContextType, Partial<QueryApprovalRequestsArgs>>;
  approvalStatistics?: Resolver<ResolversTypes['ApprovalStatistics'], ParentType, ContextType, Partial<QueryApprovalStatisticsArgs>>;
  approvals?: Resolver<ResolversTypes['ApprovalConnection'], ParentType, ContextType, Partial<QueryApprovalsArgs>>;
  eligibilityCriteria?: Resolver<Array<ResolversTypes['EligibilityCriterion']>, ParentType, ContextType>;
  exitInterviewsDue?: Resolver<Array<ResolversTypes['ExitInterviewDue']>, ParentType, ContextType>;
  orientation?: Resolver<Maybe<ResolversTypes['Orientation']>, ParentType, ContextType, RequireFields<QueryOrientationArgs, 'id'>>;
  orientationStatistics?: Resolver<ResolversTypes['OrientationStatistics'], ParentType, ContextType, Partial<QueryOrientationStatisticsArgs>>;
  orientations?: Resolver<ResolversTypes['OrientationConnection'], ParentType, ContextType, RequireFields<QueryOrientationsArgs, 'direction'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<QueryPeopleArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  prescription?: Resolver<Maybe<ResolversTypes['Prescription']>, ParentType, ContextType, RequireFields<QueryPrescriptionArgs, 'id'>>;
  prescriptions?: Resolver<ResolversTypes['PrescriptionConnection'], ParentType, ContextType, Partial<QueryPrescriptionsArgs>>;
  profilePrevalidations?: Resolver<ResolversTypes['ProfilePrevalidationConnection'], ParentType, ContextType, Partial<QueryProfilePrevalidationsArgs>>;
  registrationChecksDue?: Resolver<ResolversTypes['RegistrationCheckDueConnection'], ParentType, ContextType, Partial<QueryRegistrationChecksDueArgs>>;
  siaeRefusalReasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  suspensionReasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
}>;

export type ReasonResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RefusalCountResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['RefusalCount'] = ResolversParentTypes['RefusalCount']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['Reason'], ParentType, ContextType>;
}>;

export type RegistrationCheckDueResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['RegistrationCheckDue'] = ResolversParentTypes['RegistrationCheckDue']> = ResolversObject<{
  approval?: Resolver<ResolversTypes['Approval'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type RegistrationCheckDueConnectionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['RegistrationCheckDueConnection'] = ResolversParentTypes['RegistrationCheckDueConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegistrationCheckDueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegistrationCheckDueEdgeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['RegistrationCheckDueEdge'] = ResolversParentTypes['RegistrationCheckDueEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RegistrationCheckDue'], ParentType, ContextType>;
}>;

export type RequestDocumentResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['RequestDocument'] = ResolversParentTypes['RequestDocument']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SiaeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Siae'] = ResolversParentTypes['Siae'], FederationReferenceType extends FederationReferenceTypes['Siae'] = FederationReferenceTypes['Siae']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Siae']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvalDecisionDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType, RequireFields<SiaeApprovalDecisionDeadlineArgs, 'receivedOn'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SuspensionResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Suspension'] = ResolversParentTypes['Suspension']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ParcoursContext> = ResolversObject<{
  Agency?: AgencyResolvers<ContextType>;
  Appeal?: AppealResolvers<ContextType>;
  Approval?: ApprovalResolvers<ContextType>;
  ApprovalConnection?: ApprovalConnectionResolvers<ContextType>;
  ApprovalEdge?: ApprovalEdgeResolvers<ContextType>;
  ApprovalRequest?: ApprovalRequestResolvers<ContextType>;
  ApprovalRequestConnection?: ApprovalRequestConnectionResolvers<ContextType>;
  ApprovalRequestEdge?: ApprovalRequestEdgeResolvers<ContextType>;
  ApprovalStatistics?: ApprovalStatisticsResolvers<ContextType>;
  ApprovalStatisticsRow?: ApprovalStatisticsRowResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Departement?: DepartementResolvers<ContextType>;
  EligibilityCriterion?: EligibilityCriterionResolvers<ContextType>;
  EligibilityDiagnosis?: EligibilityDiagnosisResolvers<ContextType>;
  Exit?: ExitResolvers<ContextType>;
  ExitInterview?: ExitInterviewResolvers<ContextType>;
  ExitInterviewDue?: ExitInterviewDueResolvers<ContextType>;
  Extension?: ExtensionResolvers<ContextType>;
  JobOffer?: JobOfferResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Orientation?: OrientationResolvers<ContextType>;
  OrientationConnection?: OrientationConnectionResolvers<ContextType>;
  OrientationEdge?: OrientationEdgeResolvers<ContextType>;
  OrientationOriginCount?: OrientationOriginCountResolvers<ContextType>;
  OrientationStatistics?: OrientationStatisticsResolvers<ContextType>;
  OrientationStatisticsRow?: OrientationStatisticsRowResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PendingWork?: PendingWorkResolvers<ContextType>;
  PendingWorkItem?: PendingWorkItemResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonRecordExport?: PersonRecordExportResolvers<ContextType>;
  PoleEmploiRegistration?: PoleEmploiRegistrationResolvers<ContextType>;
  PrescriberOrganisation?: PrescriberOrganisationResolvers<ContextType>;
  Prescription?: PrescriptionResolvers<ContextType>;
  PrescriptionConnection?: PrescriptionConnectionResolvers<ContextType>;
  PrescriptionEdge?: PrescriptionEdgeResolvers<ContextType>;
  PrescriptionEvent?: PrescriptionEventResolvers<ContextType>;
  ProfilePrevalidation?: ProfilePrevalidationResolvers<ContextType>;
  ProfilePrevalidationConnection?: ProfilePrevalidationConnectionResolvers<ContextType>;
  ProfilePrevalidationEdge?: ProfilePrevalidationEdgeResolvers<ContextType>;
  Prolongation?: ProlongationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  RefusalCount?: RefusalCountResolvers<ContextType>;
  RegistrationCheckDue?: RegistrationCheckDueResolvers<ContextType>;
  RegistrationCheckDueConnection?: RegistrationCheckDueConnectionResolvers<ContextType>;
  RegistrationCheckDueEdge?: RegistrationCheckDueEdgeResolvers<ContextType>;
  RequestDocument?: RequestDocumentResolvers<ContextType>;
  Siae?: SiaeResolvers<ContextType>;
  Suspension?: SuspensionResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ParcoursContext> = ResolversObject<{
  notPersonalData?: NotPersonalDataDirectiveResolver<any, any, ContextType>;
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;

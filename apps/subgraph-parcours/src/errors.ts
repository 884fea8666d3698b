// Every user error the parcours subgraph raises, in one place (STYLE.md practice 3, issue 13 item 8): the GraphQL code,
// a stable `extensions.reason` that portals and tests rely on (never the message text) and the French message shown as
// is. Two kinds of refusal keep a reason that is not fixed here: an input refused by its schema (parseInput: reason
// INVALID_INPUT, the field's label in `field`) and a rule of @navette/domain (its own code, see refusedByDomain).
import { PUBLISHED_PERIOD_MESSAGE } from '@navette/domain';
import { defineErrorCatalogue, userError, type UserErrorCode } from '@navette/subgraph-server';
import { GraphQLError } from 'graphql';

export const errors = defineErrorCatalogue({
  // An input that is not what its field expects, for the checks written as functions (services/validation.ts) rather
  // than a use case's schema: the same code and reason as parseInput's refusals.
  invalidInput: {
    code: 'BAD_USER_INPUT',
    reason: 'INVALID_INPUT',
    message: (label: string, problem: string) => `${label} : ${problem}.`,
  },

  // Who may do what: the caller's kind of organisation (the scopes already narrowed the roles).
  onlyForPrescribers: {
    code: 'FORBIDDEN',
    reason: 'ONLY_FOR_PRESCRIBERS',
    message: 'Cette action est réservée aux prescripteurs.',
  },
  // Mon travail en attente (issue 14 §1): only the signed-in user's own, never another user's by a forged reference.
  pendingWorkOfAnotherUser: {
    code: 'FORBIDDEN',
    reason: 'PENDING_WORK_OF_ANOTHER_USER',
    message: 'Seul le travail en attente de l’utilisateur connecté peut être consulté.',
  },
  onlyForSiae: { code: 'FORBIDDEN', reason: 'ONLY_FOR_SIAE', message: 'Cette action est réservée aux SIAE.' },
  onlyForAgencies: {
    code: 'FORBIDDEN',
    reason: 'ONLY_FOR_AGENCIES',
    message: 'Cette action est réservée aux agences Pôle emploi.',
  },
  // The right of access (issue 19 §4): produced by the organisations that follow the person.
  onlyForFollowers: {
    code: 'FORBIDDEN',
    reason: 'ONLY_FOR_FOLLOWERS',
    message: 'Le dossier d’une personne est produit par le prescripteur ou la SIAE qui l’accompagne.',
  },
  // Rectification (issue 19 §4): the organisation that recorded the person.
  onlyForRecordingOrganisation: {
    code: 'FORBIDDEN',
    reason: 'ONLY_FOR_RECORDING_ORGANISATION',
    message: 'Seule l’organisation qui a enregistré la personne peut corriger son identité.',
  },
  // An anonymised person (issue 19 §3-4): nothing personal is written about them any more.
  personAnonymised: {
    code: 'CONFLICT',
    reason: 'PERSON_ANONYMISED',
    message: 'Cette personne a été anonymisée : aucune donnée la concernant ne peut plus être enregistrée ni modifiée.',
  },
  onlyForAnotherOrganisation: {
    code: 'FORBIDDEN',
    reason: 'ONLY_FOR_ANOTHER_ORGANISATION',
    message: 'Cette action est réservée à une autre organisation.',
  },
  siaeUnknownToDirectory: {
    code: 'FORBIDDEN',
    reason: 'SIAE_UNKNOWN_TO_DIRECTORY',
    message: 'Votre SIAE est inconnue de l’annuaire.',
  },
  prescriberUnknownToDirectory: {
    code: 'FORBIDDEN',
    reason: 'PRESCRIBER_UNKNOWN_TO_DIRECTORY',
    message: 'Votre organisation n’est pas un prescripteur connu.',
  },

  // accord, annexe 4 §2.1 (domain APPROVAL_DURATION_RULE): no agrément duration applies before the accord régional.
  approvalStartBeforeRule: {
    code: 'BAD_USER_INPUT',
    reason: 'APPROVAL_START_BEFORE_RULE',
    message: (inForceFrom: string) =>
      `Le contrat ne peut pas commencer avant l’entrée en vigueur de l’accord régional (${inForceFrom}) : aucune durée d’agrément ne s’y applique.`,
  },

  // Rows the caller does not see: a malformed id, an id of another organisation's row and an unknown id get the same
  // answer (row-level security decides what exists for the caller).
  personNotFound: {
    code: 'NOT_FOUND',
    reason: 'PERSON_NOT_FOUND',
    message: 'Personne introuvable, ou vous n’y avez pas accès.',
  },
  diagnosisNotFound: {
    code: 'NOT_FOUND',
    reason: 'DIAGNOSIS_NOT_FOUND',
    message: 'Diagnostic de cette personne introuvable, ou vous n’y avez pas accès.',
  },
  siaeNotFound: {
    code: 'NOT_FOUND',
    reason: 'SIAE_NOT_FOUND',
    message: 'SIAE introuvable, ou vous n’y avez pas accès.',
  },
  jobOfferNotFound: {
    code: 'NOT_FOUND',
    reason: 'JOB_OFFER_NOT_FOUND',
    message: 'Offre introuvable, ou vous n’y avez pas accès.',
  },
  prescriptionNotFound: {
    code: 'NOT_FOUND',
    reason: 'PRESCRIPTION_NOT_FOUND',
    message: 'Prescription introuvable, ou vous n’y avez pas accès.',
  },
  approvalRequestNotFound: {
    code: 'NOT_FOUND',
    reason: 'APPROVAL_REQUEST_NOT_FOUND',
    message: 'Demande d’agrément introuvable, ou vous n’y avez pas accès.',
  },
  approvalNotFound: {
    code: 'NOT_FOUND',
    reason: 'APPROVAL_NOT_FOUND',
    message: 'Agrément introuvable, ou vous n’y avez pas accès.',
  },
  documentNotFound: {
    code: 'NOT_FOUND',
    reason: 'DOCUMENT_NOT_FOUND',
    message: 'Document introuvable, ou vous n’y avez pas accès.',
  },

  // People and diagnoses (annexe 2).
  unknownCriterion: {
    code: 'BAD_USER_INPUT',
    reason: 'UNKNOWN_CRITERION',
    message: (codes: readonly string[]) => `Critère inconnu : ${codes.join(', ')}.`,
  },

  // Prescriptions (fiche 4).
  diagnosisOfAnotherOrganisation: {
    code: 'FORBIDDEN',
    reason: 'DIAGNOSIS_OF_ANOTHER_ORGANISATION',
    message: 'Ce diagnostic a été établi par une autre organisation : établissez le vôtre avant de prescrire.',
  },
  prescriptionAlreadyInProgress: {
    code: 'CONFLICT',
    reason: 'PRESCRIPTION_ALREADY_IN_PROGRESS',
    message: 'Cette personne a déjà une prescription en cours auprès de cette SIAE.',
  },
  onlyPrescriberMayWithdraw: {
    code: 'FORBIDDEN',
    reason: 'ONLY_PRESCRIBER_MAY_WITHDRAW',
    message: 'Seul le prescripteur peut retirer sa prescription.',
  },
  onlyAddresseeMayAnswer: {
    code: 'FORBIDDEN',
    reason: 'ONLY_ADDRESSEE_SIAE_MAY_ANSWER',
    message: 'Seule la SIAE destinataire peut répondre à cette prescription.',
  },
  prescriptionChangedMeanwhile: {
    code: 'CONFLICT',
    reason: 'PRESCRIPTION_CHANGED_MEANWHILE',
    message: 'Cette prescription vient d’être modifiée par quelqu’un d’autre : rechargez la page.',
  },

  // Filing a demande d'agrément (annexe 4 §2.2).
  prescriptionOfAnotherSiae: {
    code: 'FORBIDDEN',
    reason: 'PRESCRIPTION_OF_ANOTHER_SIAE',
    message: 'Cette prescription est adressée à une autre SIAE.',
  },
  prescriptionNotAccepted: {
    code: 'CONFLICT',
    reason: 'PRESCRIPTION_NOT_ACCEPTED',
    message: 'Acceptez d’abord la candidature : la demande d’agrément porte sur une prescription acceptée.',
  },
  approvalRequestAlreadyLive: {
    code: 'CONFLICT',
    reason: 'APPROVAL_REQUEST_ALREADY_LIVE',
    message: 'Une demande d’agrément est déjà en cours ou accordée pour cette prescription.',
  },
  approvalRequestAlreadyPending: {
    code: 'CONFLICT',
    reason: 'APPROVAL_REQUEST_ALREADY_PENDING',
    message: 'Une demande du même type est déjà en attente pour cet agrément.',
  },
  onlyApprovalHolderMayRequest: {
    code: 'FORBIDDEN',
    reason: 'ONLY_APPROVAL_HOLDER_MAY_REQUEST',
    message: 'Seule la SIAE titulaire de l’agrément peut faire cette demande.',
  },
  // Issue 13, "no oracle": the one answer to every refused extension look-up (extension-lookup.ts), whatever refused it.
  extensionLookupRefused: {
    code: 'NOT_FOUND',
    reason: 'EXTENSION_LOOKUP_REFUSED',
    message:
      'Aucune extension n’est possible avec ces informations : vérifiez le numéro d’agrément, la date de naissance et les premières lettres du nom, ou adressez-vous à votre agence Pôle emploi.',
  },

  // Supporting documents.
  documentUnreadable: {
    code: 'BAD_USER_INPUT',
    reason: 'DOCUMENT_UNREADABLE',
    message: (fileName: string) => `« ${fileName} » : le contenu est illisible (base64 attendu).`,
  },
  documentContentMismatch: {
    code: 'BAD_USER_INPUT',
    reason: 'DOCUMENT_CONTENT_MISMATCH',
    message: (fileName: string, kind: 'PDF' | 'image') => `« ${fileName} » n’est pas un fichier ${kind} valide.`,
  },
  onlyRequestingSiaeMayComplete: {
    code: 'FORBIDDEN',
    reason: 'ONLY_REQUESTING_SIAE_MAY_COMPLETE',
    message: 'Seule la SIAE qui a fait la demande peut la compléter.',
  },
  approvalRequestNoLongerPending: {
    code: 'CONFLICT',
    reason: 'APPROVAL_REQUEST_NO_LONGER_PENDING',
    message: 'Cette demande n’est plus en attente : elle ne peut plus être complétée.',
  },

  // The agence's decision (annexe 4 §2.2.2-2.2.3).
  approvalRequestOfAnotherAgency: {
    code: 'FORBIDDEN',
    reason: 'APPROVAL_REQUEST_OF_ANOTHER_AGENCY',
    message: 'Cette demande relève d’une autre agence.',
  },
  approvalRequestAlreadyDecided: {
    code: 'CONFLICT',
    reason: 'APPROVAL_REQUEST_ALREADY_DECIDED',
    message: (decidedOn: string | null, status: string) =>
      `Cette demande a déjà été traitée${decidedOn ? ` le ${decidedOn}` : ''} : ${status}.`,
  },
  decisionDeadlinePassed: {
    code: 'CONFLICT',
    reason: 'DECISION_DEADLINE_PASSED',
    message: (deadline: string) => `Le délai de décision a expiré le ${deadline} : l’agrément est acquis tacitement.`,
  },
  approvalRequestDecidedMeanwhile: {
    code: 'CONFLICT',
    reason: 'APPROVAL_REQUEST_DECIDED_MEANWHILE',
    message: 'Cette demande vient d’être traitée par un autre agent.',
  },

  // Contracts, the tripartite interview and the sortie (annexe 4 §2.1, §2.2.5, §2.2.8; fiche 7). The dates and facts
  // themselves are the domain's reality checks (reality.ts: their own codes, see refusedByDomain).
  approvalHeldByAnotherSiae: {
    code: 'FORBIDDEN',
    reason: 'APPROVAL_HELD_BY_ANOTHER_SIAE',
    message: 'Cet agrément est détenu par une autre SIAE : demandez d’abord son extension (annexe 4 §2.2.5).',
  },
  aiDetailsWithoutPlacement: {
    code: 'BAD_USER_INPUT',
    reason: 'AI_DETAILS_WITHOUT_PLACEMENT',
    message: 'Secteur et heures ne concernent qu’une mise à disposition (annexe 4 §2.2.8).',
  },
  contractOutsideApproval: {
    code: 'BAD_USER_INPUT',
    reason: 'CONTRACT_OUTSIDE_APPROVAL',
    message: (startOn: string, endOn: string) =>
      `Le contrat doit commencer pendant l’agrément, qui court du ${startOn} au ${endOn}.`,
  },
  exitAlreadyRecorded: {
    code: 'CONFLICT',
    reason: 'EXIT_ALREADY_RECORDED',
    message: (refused: 'exit' | 'interviewPlan') =>
      refused === 'exit'
        ? 'La sortie de ce parcours est déjà enregistrée.'
        : 'La sortie de ce parcours est enregistrée : il n’y a plus d’entretien à planifier.',
  },

  // Orientation (accord, annexe 4 §3). The rules' own refusals (reason, origin, target) are the domain's codes.
  orientationNotFound: {
    code: 'NOT_FOUND',
    reason: 'ORIENTATION_NOT_FOUND',
    message: 'Orientation introuvable, ou vous n’y avez pas accès.',
  },
  prescriberNotFound: {
    code: 'NOT_FOUND',
    reason: 'PRESCRIBER_NOT_FOUND',
    message: 'Prescripteur introuvable dans l’annuaire.',
  },
  personOrIdentityRequired: {
    code: 'BAD_USER_INPUT',
    reason: 'PERSON_OR_IDENTITY_REQUIRED',
    message: 'Choisissez une personne déjà suivie, ou saisissez son identité (l’un ou l’autre).',
  },
  onlyAddresseeMayAnswerOrientation: {
    code: 'FORBIDDEN',
    reason: 'ONLY_ADDRESSEE_PRESCRIBER_MAY_ANSWER',
    message: 'Seul le prescripteur vers lequel la personne est orientée peut répondre à cette orientation.',
  },
  // Separation of duties (seed 004; domain mayDecideApproval): the refusal itself is the domain's
  // (DECIDER_PRESCRIBED_THIS_PERSON, DECIDER_DIAGNOSED_THIS_PERSON).

  // Statistics (secret statistique, issue 13 item 6): outsiders read whole published periods only.
  periodNotPublished: { code: 'BAD_USER_INPUT', reason: 'PERIOD_NOT_PUBLISHED', message: PUBLISHED_PERIOD_MESSAGE },
  // Siae.approvalDecisionDeadline (annexe 4 §2.2.2): no deadline applies before the accord régional.
  receiptBeforeRule: {
    code: 'BAD_USER_INPUT',
    reason: 'RECEIPT_BEFORE_RULE',
    message: (inForceFrom: string) =>
      `Date de réception antérieure à l’accord régional (${inForceFrom}) : aucun délai ne s’y applique.`,
  },

  // The appeal (annexe 4 §2.2.3: one written appeal to the agency director).
  onlyRequestingSiaeMayAppeal: {
    code: 'FORBIDDEN',
    reason: 'ONLY_REQUESTING_SIAE_MAY_APPEAL',
    message: 'Seule la SIAE qui a fait la demande peut former un recours.',
  },
  appealOnlyAgainstRefusal: {
    code: 'CONFLICT',
    reason: 'APPEAL_ONLY_AGAINST_REFUSAL',
    message: 'Un recours ne porte que sur un refus d’agrément.',
  },
  appealAlreadyFiled: {
    code: 'CONFLICT',
    reason: 'APPEAL_ALREADY_FILED',
    message: 'Un recours a déjà été formé contre ce refus : un seul recours est possible.',
  },
  noPendingAppeal: {
    code: 'CONFLICT',
    reason: 'NO_PENDING_APPEAL',
    message: 'Aucun recours en attente sur cette demande.',
  },
  // Validation des profils (annexe 4 §2.2.2, §2.2.8): the period's own refusals are the domain's
  // (validateProfilePrevalidation: PREVALIDATION_BACKDATED, PREVALIDATION_TOO_LONG…).
  prevalidationOverlaps: {
    code: 'CONFLICT',
    reason: 'PREVALIDATION_OVERLAPS_ANOTHER',
    message: (from: string) =>
      `Une validation de profil pour cette personne et cette structure couvre déjà une partie de cette période (à partir du ${from}) : commencez la nouvelle après sa fin.`,
  },
  appealDecidedMeanwhile: {
    code: 'CONFLICT',
    reason: 'APPEAL_DECIDED_MEANWHILE',
    message: 'Ce recours vient d’être traité par un autre agent.',
  },
});

export type ParcoursErrors = typeof errors;

/**
 * A refusal from @navette/domain, as the user sees it: the domain's message and its own stable code in
 * `extensions.reason` (e.g. SUSPENSION_APPROVAL_NOT_ACTIVE, BIRTH_DATE_IMPLAUSIBLE). Those codes are listed and tested
 * where the rules are, in @navette/domain.
 */
export function refusedByDomain(
  refusal: { code: string; message: string },
  code: UserErrorCode = 'BAD_USER_INPUT',
  details: { field?: string } = {},
): GraphQLError {
  return userError(code, refusal.message, { reason: refusal.code, ...details });
}

/** A catalogue error with facts the client may use besides its reason (e.g. the request's current `status`). */
export function withDetails(error: GraphQLError, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, ...details } });
}

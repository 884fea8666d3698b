// Every error this subgraph gives its users (STYLE.md, one catalogue per subgraph): clients and tests rely on the
// reason, never on the message. The indicator services (services/indicators.ts) still raise their own three errors
// (PERIOD_NOT_PUBLISHED, unknown indicator, number of quarters): they move here when those services are next rewritten.
import { formatFrenchDate } from '@navette/domain';
import { defineErrorCatalogue } from '@navette/subgraph-server';

/** A refusal of @navette/domain raised with its own code as the reason and its French message (provided figures). */
const fromDomain = <R extends string>(reason: R, code: 'BAD_USER_INPUT' | 'FORBIDDEN' = 'BAD_USER_INPUT') => ({
  code,
  reason,
  message: (text: string) => text,
});

export const errors = defineErrorCatalogue({
  // Input the schemas cannot judge alone (it depends on today, or on another field).
  invalidDate: {
    code: 'BAD_USER_INPUT',
    reason: 'INVALID_DATE',
    message: (label: string) => `${label} : date invalide (format attendu AAAA-MM-JJ).`,
  },
  dateInFuture: {
    code: 'BAD_USER_INPUT',
    reason: 'DATE_IN_FUTURE',
    message: (label: string, date: string) => `${label} (${formatFrenchDate(date)}) ne peut pas être dans le futur.`,
  },
  yearOutOfRange: {
    code: 'BAD_USER_INPUT',
    reason: 'YEAR_OUT_OF_RANGE',
    message: (label: string, latest: number) => `${label} : année invalide (de 2000 à ${latest}).`,
  },
  invalidDepartementCode: {
    code: 'BAD_USER_INPUT',
    reason: 'INVALID_DEPARTEMENT_CODE',
    message: (code: string) => `Département : code « ${code.slice(0, 10)} » invalide (par exemple 21, 2A ou 971).`,
  },

  // The CDIAE of a département (issue 18 §5).
  cdiaeOnly: {
    code: 'FORBIDDEN',
    reason: 'CDIAE_ONLY',
    message: 'Seul le CDIAE d’un département a une boîte de réception et enregistre les présentations de l’accord.',
  },
  cdiaeInboxItemNotFound: {
    code: 'NOT_FOUND',
    reason: 'CDIAE_INBOX_ITEM_NOT_FOUND',
    message: 'Document introuvable dans la boîte de réception du CDIAE.',
  },
  accordPresentationInFuture: fromDomain('ACCORD_PRESENTATION_IN_FUTURE'),
  accordPresentationBeforeAccord: fromDomain('ACCORD_PRESENTATION_BEFORE_ACCORD'),
  accordPresentationAlreadyRecorded: {
    code: 'CONFLICT',
    reason: 'ACCORD_PRESENTATION_ALREADY_RECORDED',
    message: (day: string) =>
      `Une présentation de l’accord est déjà enregistrée pour la séance du ${formatFrenchDate(day)}.`,
  },

  // CTA (accord, fiche 8): Pôle emploi "pilote et organise les CTA".
  ctaAgencyOnly: {
    code: 'FORBIDDEN',
    reason: 'CTA_AGENCY_ONLY',
    message: 'Les réunions de CTA sont enregistrées par l’agence Pôle emploi qui anime le CTA.',
  },
  ctaNotLedByCaller: {
    code: 'FORBIDDEN',
    reason: 'CTA_NOT_LED_BY_CALLER',
    message: (cta: string) => `Seule l’agence Pôle emploi qui anime le ${cta} peut enregistrer ses réunions.`,
  },
  ctaNotFound: { code: 'NOT_FOUND', reason: 'CTA_NOT_FOUND', message: 'CTA introuvable.' },
  ctaMeetingNotFound: { code: 'NOT_FOUND', reason: 'CTA_MEETING_NOT_FOUND', message: 'Réunion de CTA introuvable.' },
  ctaMeetingAlreadyRecorded: {
    code: 'CONFLICT',
    reason: 'CTA_MEETING_ALREADY_RECORDED',
    message: (cta: string, heldOn: string) =>
      `Une autre réunion du ${cta} est déjà enregistrée le ${formatFrenchDate(heldOn)}.`,
  },
  minutesSentBeforeMeeting: {
    code: 'BAD_USER_INPUT',
    reason: 'MINUTES_SENT_BEFORE_MEETING',
    message: (sentOn: string, heldOn: string) =>
      `La transmission du compte rendu au CDIAE (${formatFrenchDate(sentOn)}) ne peut pas précéder la réunion (${formatFrenchDate(heldOn)}).`,
  },
  minutesMissing: {
    code: 'BAD_USER_INPUT',
    reason: 'MINUTES_MISSING',
    message: 'Saisissez le compte rendu avant de le déclarer transmis au CDIAE.',
  },
  minutesAlreadySent: {
    code: 'CONFLICT',
    reason: 'MINUTES_ALREADY_SENT',
    message: (heldOn: string, sentOn: string) =>
      `Le compte rendu de la réunion du ${formatFrenchDate(heldOn)} a déjà été transmis au CDIAE le ${formatFrenchDate(sentOn)}.`,
  },

  // Comité de pilotage (accord, article 3).
  steeringMeetingNotFound: {
    code: 'NOT_FOUND',
    reason: 'STEERING_MEETING_NOT_FOUND',
    message: 'Réunion du comité de pilotage introuvable.',
  },
  documentsSentAfterMeeting: {
    code: 'BAD_USER_INPUT',
    reason: 'DOCUMENTS_SENT_AFTER_MEETING',
    message: (sentOn: string, heldOn: string) =>
      `Les documents (envoyés le ${formatFrenchDate(sentOn)}) ne peuvent pas l’avoir été après la réunion (${formatFrenchDate(heldOn)}).`,
  },
  minutesBeforeMeetingHeld: {
    code: 'BAD_USER_INPUT',
    reason: 'MINUTES_BEFORE_MEETING_HELD',
    message: (heldOn: string) =>
      `Le compte rendu ne peut être saisi qu’après la réunion (${formatFrenchDate(heldOn)}).`,
  },
  steeringMeetingAlreadyRecorded: {
    code: 'CONFLICT',
    reason: 'STEERING_MEETING_ALREADY_RECORDED',
    message: (heldOn: string) =>
      `Une autre réunion du comité de pilotage est déjà enregistrée le ${formatFrenchDate(heldOn)}.`,
  },

  // Feuille de route annuelle (préambule, article 3).
  roadmapActionNotFound: {
    code: 'NOT_FOUND',
    reason: 'ROADMAP_ACTION_NOT_FOUND',
    message: 'Action de la feuille de route introuvable.',
  },

  // Avenants (article 5).
  amendmentNotFound: { code: 'NOT_FOUND', reason: 'AMENDMENT_NOT_FOUND', message: 'Avenant introuvable.' },
  amendmentBeforeAccord: {
    code: 'BAD_USER_INPUT',
    reason: 'AMENDMENT_BEFORE_ACCORD',
    message: (signedOn: string, accordSignedOn: string) =>
      `Un avenant (${formatFrenchDate(signedOn)}) ne peut pas précéder la signature de l’accord (${formatFrenchDate(accordSignedOn)}).`,
  },
  amendmentTitleTaken: {
    code: 'CONFLICT',
    reason: 'AMENDMENT_TITLE_TAKEN',
    message: (title: string, signedOn: string) =>
      `Un autre avenant « ${title} » du ${formatFrenchDate(signedOn)} est déjà enregistré.`,
  },
  amendmentAlreadyRecorded: {
    code: 'CONFLICT',
    reason: 'AMENDMENT_ALREADY_RECORDED',
    message: (title: string, signedOn: string) =>
      `L’avenant « ${title} » du ${formatFrenchDate(signedOn)} est déjà enregistré avec un autre objet.`,
  },
  amendmentExtendsBeforeSigned: {
    code: 'BAD_USER_INPUT',
    reason: 'AMENDMENT_EXTENDS_BEFORE_SIGNED',
    message: (extendsTo: string, signedOn: string) =>
      `La nouvelle échéance de l’accord (${formatFrenchDate(extendsTo)}) doit suivre la signature de l’avenant (${formatFrenchDate(signedOn)}).`,
  },

  // The accord's lifecycle (articles 4 and 6). A signatory the caller may not act for is answered as an unknown one.
  accordSignatoryNotFound: {
    code: 'NOT_FOUND',
    reason: 'ACCORD_SIGNATORY_NOT_FOUND',
    message: 'Signataire de l’accord introuvable.',
  },
  accordTerminationNotFound: {
    code: 'NOT_FOUND',
    reason: 'ACCORD_TERMINATION_NOT_FOUND',
    message: 'Demande de résiliation introuvable.',
  },
  terminationAlreadyRequested: {
    code: 'CONFLICT',
    reason: 'TERMINATION_ALREADY_REQUESTED',
    message: (noticeEndsOn: string) =>
      `Une demande de résiliation est déjà en cours : son préavis court jusqu’au ${formatFrenchDate(noticeEndsOn)}. Elle doit être retirée avant toute nouvelle demande.`,
  },
  accordEnded: {
    code: 'CONFLICT',
    reason: 'ACCORD_ENDED',
    message: (endsOn: string) => `L’accord a pris fin le ${formatFrenchDate(endsOn)} : il ne peut plus être résilié.`,
  },
  accordNotInForce: {
    code: 'CONFLICT',
    reason: 'ACCORD_NOT_IN_FORCE',
    message: 'L’accord n’est pas encore en vigueur.',
  },
  terminationAlreadyWithdrawn: {
    code: 'CONFLICT',
    reason: 'TERMINATION_ALREADY_WITHDRAWN',
    message: (withdrawnOn: string) =>
      `Cette demande de résiliation a déjà été retirée le ${formatFrenchDate(withdrawnOn)}.`,
  },
  terminationAlreadyEffective: {
    code: 'CONFLICT',
    reason: 'TERMINATION_ALREADY_EFFECTIVE',
    message: (effectiveOn: string) =>
      `La résiliation a pris effet le ${formatFrenchDate(effectiveOn)} : elle ne peut plus être retirée.`,
  },

  // Working groups (article 3; fiche 6).
  workingGroupNotFound: {
    code: 'NOT_FOUND',
    reason: 'WORKING_GROUP_NOT_FOUND',
    message: 'Groupe de travail introuvable.',
  },
  workingGroupMemberNotFound: {
    code: 'NOT_FOUND',
    reason: 'WORKING_GROUP_MEMBER_NOT_FOUND',
    message: 'Organisation introuvable : un groupe de travail réunit le comité, des services de l’État et des agences.',
  },
  workingGroupNameTaken: {
    code: 'CONFLICT',
    reason: 'WORKING_GROUP_NAME_TAKEN',
    message: (name: string) => `Un autre groupe de travail s’appelle déjà « ${name} ».`,
  },
  workingGroupMeetingAlreadyRecorded: {
    code: 'CONFLICT',
    reason: 'WORKING_GROUP_MEETING_ALREADY_RECORDED',
    message: (heldOn: string) =>
      `Une autre réunion de ce groupe de travail est déjà enregistrée le ${formatFrenchDate(heldOn)}.`,
  },
  workingGroupMeetingBeforeAccord: {
    code: 'BAD_USER_INPUT',
    reason: 'WORKING_GROUP_MEETING_BEFORE_ACCORD',
    message: (heldOn: string) =>
      `Une réunion (${formatFrenchDate(heldOn)}) ne peut pas précéder la signature de l’accord (08/12/2016).`,
  },
  workingGroupProposalAlreadySubmitted: {
    code: 'CONFLICT',
    reason: 'WORKING_GROUP_PROPOSAL_ALREADY_SUBMITTED',
    message: (title: string) => `Ce groupe de travail a déjà soumis une autre proposition « ${title} ».`,
  },

  // Mon travail en attente (issue 14 §1): only the signed-in user's own, never another user's by a forged reference.
  // Figures the platform does not hold (issue 18 §6; annexe 1, "Fournisseurs des indicateurs"): the domain's refusals
  // (provided-figures.ts, provided-figures-csv.ts), with its French messages.
  providedIndicatorUnknown: fromDomain('INDICATOR_UNKNOWN'),
  providedIndicatorComputed: fromDomain('INDICATOR_COMPUTED'),
  providedIndicatorNotAFigure: fromDomain('INDICATOR_NOT_A_FIGURE'),
  providedDepartementRequired: fromDomain('DEPARTEMENT_REQUIRED'),
  providedDepartementNotApplicable: fromDomain('DEPARTEMENT_NOT_APPLICABLE'),
  providedDepartementInvalid: fromDomain('DEPARTEMENT_INVALID'),
  providedSiaeKindRequired: fromDomain('SIAE_KIND_REQUIRED'),
  providedSiaeKindNotApplicable: fromDomain('SIAE_KIND_NOT_APPLICABLE'),
  providedSiaeKindInvalid: fromDomain('SIAE_KIND_INVALID'),
  providedPeriodInvalid: fromDomain('PERIOD_INVALID'),
  providedPeriodNotStarted: fromDomain('PERIOD_NOT_STARTED'),
  providedValueInvalid: fromDomain('VALUE_INVALID'),
  providedReferenceDateInvalid: fromDomain('REFERENCE_DATE_INVALID'),
  providedReferenceDateInFuture: fromDomain('REFERENCE_DATE_IN_FUTURE'),
  providedReferenceDateBeforePeriod: fromDomain('REFERENCE_DATE_BEFORE_PERIOD'),
  csvTooLarge: fromDomain('CSV_TOO_LARGE'),
  csvTooManyRows: fromDomain('CSV_TOO_MANY_ROWS'),
  csvEmpty: fromDomain('CSV_EMPTY'),
  csvHeader: fromDomain('CSV_HEADER'),
  csvLines: fromDomain('CSV_LINES'),
  providedFigureNotAllowed: {
    code: 'FORBIDDEN',
    reason: 'PROVIDED_FIGURE_NOT_ALLOWED',
    message:
      'Les chiffres des fournisseurs sont saisis par le comité régional de suivi, les services de l’État pour leur département et les administrateurs.',
  },
  providedFigureOtherDepartement: {
    code: 'FORBIDDEN',
    reason: 'PROVIDED_FIGURE_OTHER_DEPARTEMENT',
    message: (cell: string) =>
      `Un service de l’État saisit les chiffres de son département seulement : ${cell} n’en relève pas.`,
  },
  pendingWorkOfAnotherUser: {
    code: 'FORBIDDEN',
    reason: 'PENDING_WORK_OF_ANOTHER_USER',
    message: 'Seul le travail en attente de l’utilisateur connecté peut être consulté.',
  },
});

// Every error this subgraph gives its users (STYLE.md, one catalogue per subgraph): clients and tests rely on the
// reason, never on the message. Refusals of @navette/domain and @navette/auth keep their code as reason and their
// message. The sign-in and session reasons (INVALID_CREDENTIALS, SIGN_IN_LOCKED, SESSION_REVOKED) are read by the
// gateway and the portals: never rename them. NO_SESSION is the gateway's reason for the same answer.
import { invalidCredentials, signInLocked } from '@navette/auth';
import { formatFrenchDate } from '@navette/domain';
import { defineErrorCatalogue } from '@navette/subgraph-server';

const domainMessage = (text: string) => text;

export const errors = defineErrorCatalogue({
  // Identity (issue 4): one answer for a wrong email or password, whichever it is (@navette/auth throttle.ts).
  signInFieldsMissing: {
    code: 'BAD_USER_INPUT',
    reason: 'SIGN_IN_FIELDS_MISSING',
    message: 'Saisissez votre adresse électronique et votre mot de passe.',
  },
  invalidCredentials: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS', message: invalidCredentials().message },
  signInLocked: { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_LOCKED', message: signInLocked().message },
  sessionRevoked: {
    code: 'UNAUTHENTICATED',
    reason: 'SESSION_REVOKED',
    message: 'Votre session a expiré ou a été fermée, reconnectez-vous.',
  },
  notSignedIn: {
    code: 'UNAUTHENTICATED',
    reason: 'NO_SESSION',
    message: 'Connectez-vous pour accéder à cette information.',
  },
  // OIDC sign-in (issue 15 §6): the same answer for an unknown e-mail, a suspended account or one without a role.
  identityNotLinked: {
    code: 'UNAUTHENTICATED',
    reason: 'IDENTITY_NOT_LINKED',
    message:
      'Aucun compte Navette n’est rattaché à cette identité : demandez à votre administrateur de vous ouvrir un accès avec cette adresse électronique.',
  },
  identityAssertionInvalid: {
    code: 'UNAUTHENTICATED',
    reason: 'IDENTITY_ASSERTION_INVALID',
    message: 'Cette connexion n’a pas pu être vérifiée : recommencez depuis la page de connexion.',
  },
  // The review of unusual reads (issue 19 §2; @navette/domain unusualReadsPeriod).
  unusualReadsPeriodInvalid: { code: 'BAD_USER_INPUT', reason: 'UNUSUAL_READS_PERIOD_INVALID', message: domainMessage },
  unusualReadsPeriodTooLong: {
    code: 'BAD_USER_INPUT',
    reason: 'UNUSUAL_READS_PERIOD_TOO_LONG',
    message: domainMessage,
  },
  accountNotFound: { code: 'NOT_FOUND', reason: 'ACCOUNT_NOT_FOUND', message: 'Ce compte n’existe pas.' },
  ownAccountStatus: {
    code: 'BAD_USER_INPUT',
    reason: 'OWN_ACCOUNT_STATUS',
    message: 'Vous ne pouvez pas modifier l’état de votre propre compte.',
  },

  // Password reset by e-mail (issue 14 §2).
  passwordResetEmailMissing: {
    code: 'BAD_USER_INPUT',
    reason: 'PASSWORD_RESET_EMAIL_MISSING',
    message: 'Saisissez l’adresse électronique de votre compte.',
  },
  passwordResetTokenInvalid: {
    code: 'BAD_USER_INPUT',
    reason: 'PASSWORD_RESET_TOKEN_INVALID',
    message:
      'Ce lien de réinitialisation n’est plus valable (déjà utilisé, expiré ou incomplet) : demandez-en un nouveau.',
  },
  // "Mon compte" (issue 14 §2): the user's own sessions and password.
  sessionNotFound: {
    code: 'NOT_FOUND',
    reason: 'SESSION_NOT_FOUND',
    message: 'Cette session n’existe pas ou est déjà fermée.',
  },
  currentPasswordIncorrect: {
    code: 'BAD_USER_INPUT',
    reason: 'CURRENT_PASSWORD_INCORRECT',
    message: 'Le mot de passe actuel est incorrect.',
  },
  passwordChangeLocked: {
    code: 'FORBIDDEN',
    reason: 'PASSWORD_CHANGE_LOCKED',
    message: 'Trop de tentatives avec un mot de passe actuel incorrect. Réessayez dans quelques minutes.',
  },
  passwordUnchanged: {
    code: 'BAD_USER_INPUT',
    reason: 'PASSWORD_UNCHANGED',
    message: 'Le nouveau mot de passe doit être différent de l’actuel.',
  },
  passwordChangedMeanwhile: {
    code: 'CONFLICT',
    reason: 'PASSWORD_CHANGED_MEANWHILE',
    message: 'Votre mot de passe vient d’être changé par une autre demande : vérifiez-le avant de recommencer.',
  },
  // @navette/auth passwords.ts (validateNewPassword): the password policy.
  passwordTooShort: { code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_SHORT', message: domainMessage },
  passwordTooLong: { code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_LONG', message: domainMessage },
  passwordTooWeak: { code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_WEAK', message: domainMessage },

  // Notifications (issue 14 §3).
  tooManyNotifications: {
    code: 'BAD_USER_INPUT',
    reason: 'TOO_MANY_NOTIFICATIONS',
    message: 'Marquez au plus 100 notifications à la fois.',
  },
  notificationDeliveryChoice: {
    code: 'BAD_USER_INPUT',
    reason: 'NOTIFICATION_DELIVERY_CHOICE',
    message: 'Choisissez la façon de recevoir les courriels de cette notification.',
  },

  // Habilitations of prescripteurs by the préfet (issue 14 §2; accord, annexe 4 §2.1; fiche 2).
  // The reason keeps its first spelling: reasons are a public contract (see the developer docs' changelog).
  prescriberOrganisationNotFound: {
    code: 'NOT_FOUND',
    reason: 'PRESCRIBER_ORGANIZATION_NOT_FOUND',
    message: 'Prescripteur introuvable.',
  },
  // @navette/domain habilitation.ts.
  habilitationNotNeeded: { code: 'BAD_USER_INPUT', reason: 'HABILITATION_NOT_NEEDED', message: domainMessage },
  habilitationPeriodInvalid: { code: 'BAD_USER_INPUT', reason: 'HABILITATION_PERIOD_INVALID', message: domainMessage },
  habilitationRetroactive: { code: 'BAD_USER_INPUT', reason: 'HABILITATION_RETROACTIVE', message: domainMessage },
  habilitationTooLong: { code: 'BAD_USER_INPUT', reason: 'HABILITATION_TOO_LONG', message: domainMessage },
  habilitationAlreadyInEffect: { code: 'CONFLICT', reason: 'HABILITATION_ALREADY_IN_EFFECT', message: domainMessage },
  habilitationNothingToRenew: { code: 'CONFLICT', reason: 'HABILITATION_NOTHING_TO_RENEW', message: domainMessage },
  habilitationRenewalGap: { code: 'BAD_USER_INPUT', reason: 'HABILITATION_RENEWAL_GAP', message: domainMessage },
  habilitationRenewalShorter: {
    code: 'BAD_USER_INPUT',
    reason: 'HABILITATION_RENEWAL_SHORTER',
    message: domainMessage,
  },
  habilitationNothingToWithdraw: {
    code: 'CONFLICT',
    reason: 'HABILITATION_NOTHING_TO_WITHDRAW',
    message: domainMessage,
  },
  habilitationReasonRequired: {
    code: 'BAD_USER_INPUT',
    reason: 'HABILITATION_REASON_REQUIRED',
    message: domainMessage,
  },
  // The CDIAE's avis on habilitation requests (issue 18 §5; @navette/domain cdiae.ts).
  habilitationAvisNotNeeded: { code: 'BAD_USER_INPUT', reason: 'HABILITATION_AVIS_NOT_NEEDED', message: domainMessage },
  habilitationAvisAlreadyGiven: {
    code: 'CONFLICT',
    reason: 'HABILITATION_AVIS_ALREADY_GIVEN',
    message: domainMessage,
  },
  habilitationAvisReasonRequired: {
    code: 'BAD_USER_INPUT',
    reason: 'HABILITATION_AVIS_REASON_REQUIRED',
    message: domainMessage,
  },
  habilitationAvisReasonTooLong: {
    code: 'BAD_USER_INPUT',
    reason: 'HABILITATION_AVIS_REASON_TOO_LONG',
    message: domainMessage,
  },

  // Conventions de coopération locale (accord, article 2; fiches 2 and 4).
  cooperationPartiesOnly: {
    code: 'FORBIDDEN',
    reason: 'COOPERATION_PARTIES_ONLY',
    message: 'Seules la SIAE et son agence Pôle emploi signent une convention de coopération locale.',
  },
  siaeNotFound: { code: 'NOT_FOUND', reason: 'SIAE_NOT_FOUND', message: 'SIAE introuvable.' },
  siaeNotYours: {
    code: 'FORBIDDEN',
    reason: 'SIAE_NOT_YOURS',
    message: 'Cette SIAE n’est pas la vôtre, ni une SIAE du territoire de votre agence.',
  },
  agreementNotFound: {
    code: 'NOT_FOUND',
    reason: 'AGREEMENT_NOT_FOUND',
    message: 'Convention introuvable, ou vous n’y avez pas accès.',
  },
  agreementSiaeChanged: {
    code: 'BAD_USER_INPUT',
    reason: 'AGREEMENT_SIAE_CHANGED',
    message: 'Une convention ne change pas de SIAE.',
  },
  agreementNotEditable: {
    code: 'CONFLICT',
    reason: 'AGREEMENT_NOT_EDITABLE',
    message: 'Une convention signée ne se modifie plus : préparez un avenant (nouvelle convention).',
  },
  agreementAlreadySigned: {
    code: 'CONFLICT',
    reason: 'AGREEMENT_ALREADY_SIGNED',
    message: 'Cette convention est déjà signée par les deux parties.',
  },
  agreementAlreadySignedByYou: {
    code: 'CONFLICT',
    reason: 'AGREEMENT_ALREADY_SIGNED_BY_YOU',
    message: (signedOn: string) => `Vous avez déjà signé cette convention le ${formatFrenchDate(signedOn)}.`,
  },
  // @navette/domain cooperation-agreement.ts.
  agreementDatesOutOfOrder: { code: 'BAD_USER_INPUT', reason: 'AGREEMENT_DATES_OUT_OF_ORDER', message: domainMessage },
  agreementNotADraft: { code: 'CONFLICT', reason: 'AGREEMENT_NOT_A_DRAFT', message: domainMessage },
  agreementNotSigned: { code: 'CONFLICT', reason: 'AGREEMENT_NOT_SIGNED', message: domainMessage },
  agreementOverlapsAnother: { code: 'CONFLICT', reason: 'AGREEMENT_OVERLAPS_ANOTHER', message: domainMessage },

  // Référents (fiche 2): each side designates its own.
  referentSetByAgency: {
    code: 'FORBIDDEN',
    reason: 'REFERENT_SET_BY_AGENCY',
    message: 'Le référent Pôle emploi est désigné par l’agence.',
  },
  correspondentSetBySiae: {
    code: 'FORBIDDEN',
    reason: 'CORRESPONDENT_SET_BY_SIAE',
    message: 'Le correspondant est désigné par la SIAE.',
  },

  // Offres d'emploi (fiche 4).
  jobOfferNotFound: { code: 'NOT_FOUND', reason: 'JOB_OFFER_NOT_FOUND', message: 'Offre introuvable.' },
  depositDateInFuture: {
    code: 'BAD_USER_INPUT',
    reason: 'DEPOSIT_DATE_IN_FUTURE',
    message: 'La date de dépôt à Pôle emploi ne peut pas être dans le futur.',
  },
  // Mon travail en attente (issue 14 §1): only the signed-in user's own, never another user's by a forged reference.
  pendingWorkOfAnotherUser: {
    code: 'FORBIDDEN',
    reason: 'PENDING_WORK_OF_ANOTHER_USER',
    message: 'Seul le travail en attente de l’utilisateur connecté peut être consulté.',
  },
  pendingWorkNoOrganisation: {
    code: 'FORBIDDEN',
    reason: 'PENDING_WORK_NO_ORGANISATION',
    message: 'Le travail en attente est celui d’une organisation : ce compte n’en a pas.',
  },

  // API clients (issue 15 §1): administrators everywhere, the État for its territory. @navette/auth api-clients.ts.
  apiClientsNotYours: {
    code: 'FORBIDDEN',
    reason: 'API_CLIENTS_ADMINISTRATORS_ONLY',
    message: 'Seuls les administrateurs et les services de l’État gèrent les clients d’API.',
  },
  apiClientNotFound: {
    code: 'NOT_FOUND',
    reason: 'API_CLIENT_NOT_FOUND',
    message: 'Client d’API introuvable, ou hors de votre territoire.',
  },
  apiClientRevoked: {
    code: 'CONFLICT',
    reason: 'API_CLIENT_REVOKED',
    message: 'Ce client d’API est révoqué : il ne reçoit plus de secret.',
  },
  apiClientOrganisationNotFound: {
    code: 'NOT_FOUND',
    reason: 'ORGANISATION_NOT_FOUND',
    message: 'Organisation introuvable.',
  },
  apiClientOutsideTerritory: {
    code: 'FORBIDDEN',
    reason: 'ORGANISATION_OUTSIDE_TERRITORY',
    message:
      'Cette organisation n’est pas dans votre département : son client d’API est créé par son propre service de l’État ou un administrateur.',
  },
  apiClientScopesEmpty: { code: 'BAD_USER_INPUT', reason: 'SCOPES_EMPTY', message: domainMessage },
  apiClientScopeUnknown: { code: 'BAD_USER_INPUT', reason: 'SCOPE_UNKNOWN', message: domainMessage },
  apiClientScopePersonal: {
    code: 'BAD_USER_INPUT',
    reason: 'SCOPE_NOT_ALLOWED_FOR_API_CLIENT',
    message: domainMessage,
  },
  apiClientScopeOrganisation: {
    code: 'BAD_USER_INPUT',
    reason: 'SCOPE_NOT_ALLOWED_FOR_ORGANISATION',
    message: domainMessage,
  },
  apiClientName: { code: 'BAD_USER_INPUT', reason: 'API_CLIENT_NAME_INVALID', message: domainMessage },

  // Webhooks (issue 15 §4): an API client's own subscriptions. @navette/domain webhooks.ts.
  webhooksForApiClientsOnly: {
    code: 'FORBIDDEN',
    reason: 'WEBHOOKS_API_CLIENTS_ONLY',
    message: 'Les abonnements aux événements sont réservés aux clients d’API, qui les gèrent avec leur propre secret.',
  },
  webhookSubscriptionNotFound: {
    code: 'NOT_FOUND',
    reason: 'WEBHOOK_SUBSCRIPTION_NOT_FOUND',
    message: 'Abonnement introuvable.',
  },
  webhookDeliveryNotFound: {
    code: 'NOT_FOUND',
    reason: 'WEBHOOK_DELIVERY_NOT_FOUND',
    message: 'Envoi introuvable.',
  },
  webhookSubscriptionsTooMany: {
    code: 'CONFLICT',
    reason: 'WEBHOOK_SUBSCRIPTIONS_TOO_MANY',
    message: 'Ce client d’API a déjà 10 abonnements : supprimez-en un avant d’en créer un autre.',
  },
  webhookUrlInvalid: { code: 'BAD_USER_INPUT', reason: 'WEBHOOK_URL_INVALID', message: domainMessage },
  webhookUrlNotHttps: { code: 'BAD_USER_INPUT', reason: 'WEBHOOK_URL_NOT_HTTPS', message: domainMessage },
  webhookUrlPrivate: { code: 'BAD_USER_INPUT', reason: 'WEBHOOK_URL_PRIVATE_ADDRESS', message: domainMessage },
  webhookEventTypesEmpty: { code: 'BAD_USER_INPUT', reason: 'WEBHOOK_EVENT_TYPES_EMPTY', message: domainMessage },
  webhookEventTypeUnknown: { code: 'BAD_USER_INPUT', reason: 'WEBHOOK_EVENT_TYPE_UNKNOWN', message: domainMessage },
  webhookEventTypeNotAllowed: {
    code: 'FORBIDDEN',
    reason: 'WEBHOOK_EVENT_TYPE_NOT_ALLOWED',
    message: domainMessage,
  },
  apiClientExpiry: { code: 'BAD_USER_INPUT', reason: 'API_CLIENT_EXPIRY_INVALID', message: domainMessage },
  apiClientBudget: { code: 'BAD_USER_INPUT', reason: 'API_CLIENT_BUDGET_INVALID', message: domainMessage },
});

// Every error this subgraph gives its users (STYLE.md, one catalogue per subgraph): clients and tests rely on the
// reason, never on the message. Refusals of @navette/domain keep their code as reason and their message.
import { defineErrorCatalogue } from '@navette/subgraph-server';

const domainMessage = (text: string) => text;

export const errors = defineErrorCatalogue({
  siaeOnly: { code: 'FORBIDDEN', reason: 'SIAE_ONLY', message: 'Cette action est réservée à la SIAE.' },
  siaeOrAgencyOnly: {
    code: 'FORBIDDEN',
    reason: 'SIAE_OR_AGENCY_ONLY',
    message: 'Cette action est réservée à la SIAE et à son agence.',
  },
  approvalNotFound: {
    code: 'NOT_FOUND',
    reason: 'APPROVAL_NOT_FOUND',
    message: 'Agrément introuvable, ou vous n’y avez pas accès.',
  },
  approvalNotHeld: {
    code: 'FORBIDDEN',
    reason: 'APPROVAL_NOT_HELD',
    message: 'Seule la SIAE titulaire de l’agrément (ou son agence) peut compléter ce parcours.',
  },
  serviceNotOffered: {
    code: 'NOT_FOUND',
    reason: 'SERVICE_NOT_OFFERED',
    message: 'Cette prestation ne fait pas partie de l’offre de l’agence de la SIAE.',
  },
  serviceNotFound: { code: 'NOT_FOUND', reason: 'SERVICE_NOT_FOUND', message: 'Prestation introuvable.' },
  // @navette/domain validateParcoursActivity (accord, fiches 5 to 7: "pendant le parcours").
  activityDatesOutOfOrder: { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_DATES_OUT_OF_ORDER', message: domainMessage },
  activityOutsideParcours: { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_OUTSIDE_PARCOURS', message: domainMessage },
  activityHoursInvalid: { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_HOURS_INVALID', message: domainMessage },
});

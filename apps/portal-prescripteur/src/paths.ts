// Routes of the Espace prescripteur (French paths, as the user sees them) and the links to them.
import { offerQuery, type OfferChoice } from '@navette/ui';

export { offerChoiceFromSearchParams, type OfferChoice } from '@navette/ui';

const segment = (id: string) => encodeURIComponent(id);

export const routes = {
  directory: 'annuaire',
  people: 'personnes',
  newPerson: 'personnes/nouvelle',
  person: 'personnes/:personId',
  diagnose: 'personnes/:personId/diagnostic',
  prescribe: 'personnes/:personId/prescription',
  prescriptions: 'prescriptions',
  prescription: 'prescriptions/:prescriptionId',
  siae: 'structures/:siaeId',
  approval: 'agrements/:approvalId',
  jobOffers: 'offres',
  offerPrescription: 'offres/prescrire',
  orientations: 'orientations',
  sentOrientations: 'orientations/envoyees',
  orient: 'personnes/:personId/orientation',
  personRecord: 'personnes/:personId/dossier',
  correctIdentity: 'personnes/:personId/identite',
} as const;

export const paths = {
  home: '/',
  /** The SIAE directory (the home page until issue 14: `/?departement=…` links are sent here). */
  directory: '/annuaire',
  people: '/personnes',
  newPerson: '/personnes/nouvelle',
  person: (personId: string) => `/personnes/${segment(personId)}`,
  diagnose: (personId: string) => `/personnes/${segment(personId)}/diagnostic`,
  prescribe: (personId: string) => `/personnes/${segment(personId)}/prescription`,
  prescriptions: '/prescriptions',
  prescription: (prescriptionId: string) => `/prescriptions/${segment(prescriptionId)}`,
  siae: (siaeId: string) => `/structures/${segment(siaeId)}`,
  /** An agrément the organisation prescribed: its follow-up and the exit bilan (fiche 7). */
  approval: (approvalId: string) => `/agrements/${segment(approvalId)}`,
  orientations: '/orientations',
  sentOrientations: '/orientations/envoyees',
  orient: (personId: string) => `/personnes/${segment(personId)}/orientation`,
  /** The person's record for their request (issue 19 §4, RGPD art. 15). */
  personRecord: (personId: string) => `/personnes/${segment(personId)}/dossier`,
  /** « Corriger l'identité » (issue 19 §4, RGPD art. 16): the organisation that recorded the person. */
  correctIdentity: (personId: string) => `/personnes/${segment(personId)}/identite`,
  jobOffers: '/offres',
  /** Step 1 of prescribing for an offer: choose the person. */
  offerPrescription: (offer: OfferChoice) => `/offres/prescrire${offerQuery(offer)}`,
  /** Step 2: the prescription form, SIAE and offer already chosen. */
  prescribeForOffer: (personId: string, offer: OfferChoice) =>
    `/personnes/${segment(personId)}/prescription${offerQuery(offer)}`,
} as const;

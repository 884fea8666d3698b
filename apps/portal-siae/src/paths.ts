// Routes of the parcours screens of the Espace SIAE (French paths, as the user sees them) and the links to them.
// The directory's own routes stay in features/siae-detail/paths.ts.
const segment = (id: string) => encodeURIComponent(id);

export const routes = {
  prescriptions: 'prescriptions',
  prescription: 'prescriptions/:prescriptionId',
  appeal: 'demandes/:requestId/recours',
  employees: 'salaries',
  employee: 'salaries/:approvalId',
  contract: 'salaries/:approvalId/contrat',
  suspension: 'salaries/:approvalId/suspension',
  prolongation: 'salaries/:approvalId/prolongation',
  interview: 'salaries/:approvalId/entretien-tripartite',
  exit: 'salaries/:approvalId/sortie',
  training: 'salaries/:approvalId/formation',
  immersion: 'salaries/:approvalId/pmsmp',
  serviceUse: 'salaries/:approvalId/prestation',
  poe: 'salaries/:approvalId/poe',
  cooperation: 'convention',
  newAgreement: 'convention/nouvelle',
  agreement: 'convention/:agreementId',
  editAgreement: 'convention/:agreementId/modifier',
  jobOffers: 'offres',
  newJobOffer: 'offres/nouvelle',
} as const;

export const paths = {
  prescriptions: '/prescriptions',
  prescription: (prescriptionId: string) => `/prescriptions/${segment(prescriptionId)}`,
  appeal: (requestId: string) => `/demandes/${segment(requestId)}/recours`,
  employees: '/salaries',
  employee: (approvalId: string) => `/salaries/${segment(approvalId)}`,
  contract: (approvalId: string) => `/salaries/${segment(approvalId)}/contrat`,
  suspension: (approvalId: string) => `/salaries/${segment(approvalId)}/suspension`,
  prolongation: (approvalId: string) => `/salaries/${segment(approvalId)}/prolongation`,
  interview: (approvalId: string) => `/salaries/${segment(approvalId)}/entretien-tripartite`,
  exit: (approvalId: string) => `/salaries/${segment(approvalId)}/sortie`,
  training: (approvalId: string) => `/salaries/${segment(approvalId)}/formation`,
  immersion: (approvalId: string) => `/salaries/${segment(approvalId)}/pmsmp`,
  serviceUse: (approvalId: string) => `/salaries/${segment(approvalId)}/prestation`,
  poe: (approvalId: string) => `/salaries/${segment(approvalId)}/poe`,
  cooperation: '/convention',
  newAgreement: '/convention/nouvelle',
  agreement: (agreementId: string) => `/convention/${segment(agreementId)}`,
  editAgreement: (agreementId: string) => `/convention/${segment(agreementId)}/modifier`,
  jobOffers: '/offres',
  newJobOffer: '/offres/nouvelle',
} as const;

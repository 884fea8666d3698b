// Routes of the conventions screens (French paths, as the user sees them) and the links to them.
const segment = (id: string) => encodeURIComponent(id);

export const cooperationRoutes = {
  list: 'conventions',
  siae: 'conventions/structures/:siaeId',
  newAgreement: 'conventions/structures/:siaeId/nouvelle',
  agreement: 'conventions/:agreementId',
  editAgreement: 'conventions/:agreementId/modifier',
} as const;

export const cooperationPaths = {
  list: '/conventions',
  siae: (siaeId: string) => `/conventions/structures/${segment(siaeId)}`,
  newAgreement: (siaeId: string) => `/conventions/structures/${segment(siaeId)}/nouvelle`,
  agreement: (agreementId: string) => `/conventions/${segment(agreementId)}`,
  editAgreement: (agreementId: string) => `/conventions/${segment(agreementId)}/modifier`,
} as const;

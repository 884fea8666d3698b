/** The 6-month checks of the inscription à Pôle emploi after the agrément's end (fiche 7). */
export const registrationChecksRoutes = { list: 'inscriptions-6-mois', check: 'inscriptions-6-mois/:approvalId' };
export const registrationChecksPaths = {
  list: '/inscriptions-6-mois',
  check: (approvalId: string) => `/inscriptions-6-mois/${encodeURIComponent(approvalId)}`,
};

/** What Pôle emploi brought during a parcours: its services used and the POE (fiches 5 and 7). */
export const approvalServicesRoute = 'agrements/:approvalId/prestations';
export const approvalServicesPath = (approvalId: string) => `/agrements/${encodeURIComponent(approvalId)}/prestations`;

export const agencyRoute = 'agences/:agencyId';
export const agencyPath = (agencyId: string) => `/agences/${encodeURIComponent(agencyId)}`;

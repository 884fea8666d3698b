/** The agence picker (the home page until issue 14: `/?departement=…` links are sent here). */
export const agenciesRoute = 'agences';
export const agenciesPath = '/agences';
export const agencyRoute = 'agences/:agencyId';
export const agencyPath = (agencyId: string) => `/agences/${encodeURIComponent(agencyId)}`;

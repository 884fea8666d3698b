export const siaeRoute = 'structures/:siaeId';
export const siaePath = (siaeId: string) => `/structures/${encodeURIComponent(siaeId)}`;

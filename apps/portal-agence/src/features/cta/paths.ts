// Routes of the CTA screens (French paths, as the user sees them) and the links to them.
const segment = (id: string) => encodeURIComponent(id);

export const ctaRoutes = {
  list: 'cta',
  newMeeting: 'cta/:ctaId/reunion',
} as const;

export const ctaPaths = {
  list: '/cta',
  newMeeting: (ctaId: string) => `/cta/${segment(ctaId)}/reunion`,
} as const;

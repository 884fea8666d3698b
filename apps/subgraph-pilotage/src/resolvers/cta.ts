import type { CtaResolvers } from '../generated/resolvers-types.js';
import { year as validYear } from '../services/validation.js';

export const Cta: CtaResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.cta.load(ref.id),
  ledBy: (cta) => ({ id: cta.ledByAgencyId }),
  employmentArea: (cta) => ({ id: cta.employmentAreaId }),
  meetings: (cta, { year }, ctx) =>
    ctx.loaders.meetingsByCta.load({ ctaId: cta.id, year: year == null ? null : validYear(year, ctx.today) }),
};

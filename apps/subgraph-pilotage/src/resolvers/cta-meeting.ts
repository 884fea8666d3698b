import { errors } from '../errors.js';
import type { CtaMeetingResolvers } from '../generated/resolvers-types.js';

export const CtaMeeting: CtaMeetingResolvers = {
  cta: async (meeting, _, { loaders }) => {
    const cta = await loaders.cta.load(meeting.ctaId);
    if (!cta) throw errors.ctaNotFound();
    return cta;
  },
};

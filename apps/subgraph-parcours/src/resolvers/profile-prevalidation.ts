import { profilePrevalidationRenewalStart, isProfilePrevalidationToRenew } from '@navette/domain';
import type { ProfilePrevalidationResolvers } from '../generated/resolvers-types.js';
import { isInForce, isRenewed } from '../services/profile-prevalidations.js';

export const ProfilePrevalidation: ProfilePrevalidationResolvers = {
  // Row-level security: null when the caller no longer sees the person's record.
  person: (p, _, ctx) => ctx.loaders.person.load(p.personId),
  siae: (p) => ({ id: p.siaeId }),
  inForce: (p, _, ctx) => isInForce(ctx, p, ctx.today),
  toRenew: async (p, _, ctx) => isProfilePrevalidationToRenew({ ...p, renewed: await isRenewed(ctx, p) }, ctx.today),
  renewalStartsOn: (p, _, ctx) => profilePrevalidationRenewalStart(p, ctx.today),
};

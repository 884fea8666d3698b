import { ORIENTATION_ORIGIN_KIND_LABELS, ORIENTATION_STATUS_LABELS } from '@navette/domain';
import type { OrientationResolvers } from '../generated/resolvers-types.js';

export const Orientation: OrientationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.orientation.load(ref.id),
  // Row-level security (migration 0022): a prescripteur that declined no longer sees the person.
  person: (o, _, ctx) => ctx.loaders.person.load(o.personId),
  originKindLabel: (o) => ORIENTATION_ORIGIN_KIND_LABELS[o.originKind],
  originOrganisationName: async (o, _, ctx) =>
    (await ctx.loaders.organisationName.load(o.originOrganisationId)) ?? 'Organisation inconnue de l’annuaire',
  // Deprecated spelling, until 2027-06-04 (issue 17 §2).
  originOrganizationName: async (o, _, ctx) =>
    (await ctx.loaders.organisationName.load(o.originOrganisationId)) ?? 'Organisation inconnue de l’annuaire',
  sentByMe: (o, _, ctx) => o.originOrganisationId === ctx.identity.organisationId,
  prescriberOrganisation: (o) => ({ id: o.prescriberOrganisationId }),
  prescriberOrganization: (o) => ({ id: o.prescriberOrganisationId }),
  statusLabel: (o) => ORIENTATION_STATUS_LABELS[o.status],
};

import {
  COOPERATION_AGREEMENT_STATUS_LABELS,
  isCooperationAgreementInForce,
  isCooperationAgreementMandatory,
} from '@navette/domain';
import { tables } from '@navette/db';
import { eq } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import type {
  CooperationAgreementResolvers,
  JobOfferResolvers,
  MutationResolvers,
  QueryResolvers,
  SiaeResolvers,
} from '../generated/resolvers-types.js';
import * as cooperation from '../services/cooperation.js';
import { closeJobOffer } from '../use-cases/close-job-offer.js';
import { draftCooperationAgreement } from '../use-cases/draft-cooperation-agreement.js';
import { publishJobOffer } from '../use-cases/publish-job-offer.js';
import { setSiaeReferents } from '../use-cases/set-siae-referents.js';
import { signCooperationAgreement } from '../use-cases/sign-cooperation-agreement.js';
import { terminateCooperationAgreement } from '../use-cases/terminate-cooperation-agreement.js';
import { updateCooperationAgreement } from '../use-cases/update-cooperation-agreement.js';
import { loadRequired } from './load.js';

export const cooperationQuery: QueryResolvers = {
  cooperationAgreements: (_, args, ctx) => cooperation.listAgreements(ctx, args),
  cooperationAgreement: (_, { id }, ctx) => cooperation.loadAgreement(ctx, id),
  jobOffers: (_, args, ctx) => cooperation.listJobOffers(ctx, args),
  jobOffer: (_, { id }, ctx) => visibleOffer(ctx, id),
};

/** An offer: open ones are public; a closed one only for its SIAE and that SIAE's agence. */
async function visibleOffer(ctx: StructuresContext, id: string) {
  const [row] = /^[0-9a-f-]{36}$/i.test(id)
    ? await ctx.db.select().from(tables.jobOffers).where(eq(tables.jobOffers.id, id))
    : [];
  if (!row) return null;
  if (row.status === 'OPEN') return row;
  const siae = await ctx.loaders.siae.load(row.siaeId);
  const p = ctx.principal;
  const own = p.kind === 'user' && siae != null && (p.organisationId === siae.id || p.organisationId === siae.agencyId);
  return own ? row : null;
}

export const cooperationMutation: MutationResolvers = {
  draftCooperationAgreement: (_, { input }, ctx) => draftCooperationAgreement(ctx, input),
  updateCooperationAgreement: (_, { id, input }, ctx) => updateCooperationAgreement(ctx, id, input),
  signCooperationAgreement: (_, { id }, ctx) => signCooperationAgreement(ctx, id),
  terminateCooperationAgreement: (_, { id }, ctx) => terminateCooperationAgreement(ctx, id),
  setSiaeReferents: (_, { siaeId, input }, ctx) => setSiaeReferents(ctx, { ...input, siaeId }),
  publishJobOffer: (_, { input }, ctx) => publishJobOffer(ctx, input),
  closeJobOffer: (_, { id }, ctx) => closeJobOffer(ctx, id),
};

/** Fields the conventions add to a SIAE. */
export const siaeCooperationFields: SiaeResolvers = {
  cooperationAgreementMandatory: (siae) => isCooperationAgreementMandatory(siae.kind),
  missingCooperationAgreement: async (siae, _, { loaders, today }) =>
    isCooperationAgreementMandatory(siae.kind) &&
    !(await loaders.agreementsBySiae.load(siae.id)).some((a) => isCooperationAgreementInForce(a, today)),
  cooperationAgreements: async (siae, _, { principal, loaders }) =>
    cooperation.seesSiaeAgreements(principal, siae) ? loaders.agreementsBySiae.load(siae.id) : null,
  referents: (siae, _, { principal, loaders }) =>
    cooperation.seesSiaeAgreements(principal, siae) ? loaders.referentsBySiae.load(siae.id) : null,
  jobOffers: async (siae, { status }, { principal, loaders }) => {
    // Closed offers are the SIAE's and its agence's business; everyone else sees the open ones.
    const own =
      principal.kind === 'user' && (principal.organisationId === siae.id || principal.organisationId === siae.agencyId);
    const wanted = own ? (status ?? undefined) : 'OPEN';
    if (!own && status === 'CLOSED') return [];
    const offers = await loaders.jobOffersBySiae.load(siae.id);
    return wanted ? offers.filter((o) => o.status === wanted) : offers;
  },
};

export const CooperationAgreement: CooperationAgreementResolvers = {
  __resolveReference: (ref, ctx) => cooperation.loadAgreement(ctx, ref.id),
  siae: (a, _, { loaders }) => loadRequired(loaders.siae, a.siaeId, 'siae'),
  agency: (a, _, { loaders }) => loadRequired(loaders.agency, a.agencyId, 'agency'),
  status: (a, _, { today }) => cooperation.agreementStatusToday(a, today),
  statusLabel: (a, _, { today }) => COOPERATION_AGREEMENT_STATUS_LABELS[cooperation.agreementStatusToday(a, today)],
  inForce: (a, _, { today }) => isCooperationAgreementInForce(a, today),
};

export const JobOffer: JobOfferResolvers = {
  __resolveReference: (ref, ctx) => visibleOffer(ctx, ref.id),
  siae: (o, _, { loaders }) => loadRequired(loaders.siae, o.siaeId, 'siae'),
};

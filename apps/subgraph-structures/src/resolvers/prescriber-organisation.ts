import {
  canPrescribe,
  habilitationOn,
  habilitationRequestSequence,
  habilitationsOf,
  HABILITATION_STATUS_LABELS,
} from '@navette/domain';
import type { PrescriberOrganisationResolvers } from '../generated/resolvers-types.js';
import { readsHabilitationAvis, isCdiaeOf } from '../services/habilitation-avis.js';
import { decidesFor, effectiveDecisions, mayDecideHabilitation, shownDecisions } from '../services/habilitations.js';
import type { PrescriberOrganisationRow } from '../services/rows.js';
import type { StructuresContext } from '../context.js';
import { loadRequired } from './load.js';

/**
 * The decisions the domain folds for the organisation: its register, or the directory's period (issue 14 §2). A
 * prescripteur de droit has none (the register is not read for it).
 */
async function decisionsOf(org: PrescriberOrganisationRow, { loaders }: StructuresContext) {
  if (org.kind !== 'HABILITE') return [];
  return effectiveDecisions(org, await loaders.habilitationDecisions.load(org.id));
}

/**
 * The CDIAE's avis on its requests (issue 18 §5), each marked decided when the préfet decided on its request since;
 * the pending request is the préfet's next decision (@navette/domain habilitationRequestSequence).
 */
async function avisOf(org: PrescriberOrganisationRow, { loaders }: StructuresContext) {
  const [avis, register] = await Promise.all([
    loaders.habilitationAvis.load(org.id),
    loaders.habilitationDecisions.load(org.id),
  ]);
  const pending = habilitationRequestSequence(effectiveDecisions(org, register).length);
  return avis.map((a) => ({ ...a, decided: a.requestSequence < pending, pending: a.requestSequence === pending }));
}

export const PrescriberOrganisation: PrescriberOrganisationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.prescriberOrganisation.load(ref.id),
  departement: (org, _args, { loaders }) => loadRequired(loaders.departement, org.departementCode, 'departement'),
  // The span of habilitation in effect or to come today, else the last one (the register's fold, @navette/domain).
  habilitation: async (org, _args, context) =>
    org.kind === 'HABILITE' ? habilitationOn(await decisionsOf(org, context), context.today).span : null,
  habilitationStatus: async (org, _args, context) =>
    habilitationOn(await decisionsOf(org, context), context.today).status,
  habilitationStatusLabel: async (org, _args, context) =>
    HABILITATION_STATUS_LABELS[habilitationOn(await decisionsOf(org, context), context.today).status],
  // The register itself: the État of the organisation's département and the administrators only.
  habilitationDecisions: async (org, _args, { principal, loaders }) =>
    decidesFor(principal, org.departementCode)
      ? shownDecisions(org, await loaders.habilitationDecisions.load(org.id))
      : null,
  mayDecideHabilitation: (org, _args, { principal }) => mayDecideHabilitation(principal, org),
  // The CDIAE's avis (issue 18 §5): the État of the département, its CDIAE and the administrators only.
  habilitationAvis: async (org, _args, context) =>
    readsHabilitationAvis(context.principal, org.departementCode) ? await avisOf(org, context) : null,
  pendingHabilitationAvis: async (org, _args, context) =>
    readsHabilitationAvis(context.principal, org.departementCode)
      ? ((await avisOf(org, context)).find((a) => a.pending) ?? null)
      : null,
  mayGiveHabilitationAvis: async (org, _args, context) =>
    org.kind === 'HABILITE' &&
    isCdiaeOf(context.principal, org.departementCode) &&
    !(await avisOf(org, context)).some((a) => a.pending),
  // accord, annexe 4 §2.1: prescripteurs de droit always; habilités within their periods (rule in @navette/domain).
  canPrescribe: async (org, { on }, context) =>
    canPrescribe(
      { kind: org.kind, habilitations: habilitationsOf(await decisionsOf(org, context)) },
      on ?? context.today,
    ).ok,
};

import { canPrescribe } from '@navette/domain';
import type { PrescriberOrganizationResolvers } from '../generated/resolvers-types.js';
import { loadRequired } from './load.js';

export const PrescriberOrganization: PrescriberOrganizationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.prescriberOrganization.load(ref.id),
  departement: (org, _args, { loaders }) => loadRequired(loaders.departement, org.departementCode, 'departement'),
  habilitation: (org) =>
    org.habilitationStartOn ? { startOn: org.habilitationStartOn, endOn: org.habilitationEndOn } : null,
  // accord, annexe 4 §2.1: prescripteurs de droit always; habilités within their period (rule in @navette/domain).
  canPrescribe: (org, { on }, { today }) =>
    canPrescribe(
      {
        kind: org.kind,
        habilitations: org.habilitationStartOn
          ? [{ startOn: org.habilitationStartOn, endOn: org.habilitationEndOn }]
          : [],
      },
      on ?? today,
    ).ok,
};

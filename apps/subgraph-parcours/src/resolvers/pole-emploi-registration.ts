import { REGISTRATION_CHECKPOINT_LABELS } from '@navette/domain';
import type { PoleEmploiRegistrationResolvers } from '../generated/resolvers-types.js';

export const PoleEmploiRegistration: PoleEmploiRegistrationResolvers = {
  checkpointLabel: (r) => REGISTRATION_CHECKPOINT_LABELS[r.checkpoint],
  // The agence of the parcours is the agence of the agrément's SIAE (fill_siae_facts): anyone else who recorded is the
  // SIAE of the parcours (the agrément's, or one it was extended to).
  recordedBy: (r) => (r.recordedByOrganisationId === r.agencyId ? 'AGENCY' : 'SIAE'),
};

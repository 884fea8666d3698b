import type { PersonResolvers } from '../generated/resolvers-types.js';
import { mayCorrectIdentity } from '../use-cases/correct-person-identity.js';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.person.load(ref.id),
  diagnoses: (p, _, ctx) => ctx.loaders.diagnosesByPerson.load(p.id),
  prescriptions: (p, _, ctx) => ctx.loaders.prescriptionsByPerson.load(p.id),
  approvals: (p, _, ctx) => ctx.loaders.approvalsByPerson.load(p.id),
  orientations: (p, _, ctx) => ctx.loaders.orientationsByPerson.load(p.id),
  mayCorrectIdentity: (p, _, ctx) => mayCorrectIdentity(ctx, p),
};

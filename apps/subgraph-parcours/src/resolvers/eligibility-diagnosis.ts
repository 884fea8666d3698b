import {
  eligibilityCriterion,
  summariseDiagnosis,
  type EligibilityCriterion,
  type EligibilityCriterionCode,
} from '@navette/domain';
import { errors } from '../errors.js';
import type { EligibilityDiagnosisResolvers } from '../generated/resolvers-types.js';
import { must } from './load.js';

export const EligibilityDiagnosis: EligibilityDiagnosisResolvers = {
  person: async (d, _, ctx) => must(await ctx.loaders.person.load(d.personId), errors.personNotFound),
  prescriberOrganisation: (d) => ({ id: d.prescriberOrganisationId }),
  // Deprecated spelling, until 2027-06-04 (issue 17 §2).
  prescriberOrganization: (d) => ({ id: d.prescriberOrganisationId }),
  criteria: (d) =>
    d.criteria
      .map((code) => eligibilityCriterion(code as EligibilityCriterionCode))
      .filter((c): c is EligibilityCriterion => c != null),
  summary: (d) => summariseDiagnosis(d.criteria).summary,
};

import { ELIGIBILITY_CATEGORY_LABELS, ELIGIBILITY_SHORT_LABELS, type EligibilityCriterionCode } from '@navette/domain';
import type { EligibilityCriterionResolvers } from '../generated/resolvers-types.js';

export const EligibilityCriterion: EligibilityCriterionResolvers = {
  categoryLabel: (c) => ELIGIBILITY_CATEGORY_LABELS[c.category],
  shortLabel: (c) => ELIGIBILITY_SHORT_LABELS[c.code as EligibilityCriterionCode] ?? c.label,
};

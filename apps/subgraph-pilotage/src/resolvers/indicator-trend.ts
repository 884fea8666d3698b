import type { IndicatorTrendResolvers } from '../generated/resolvers-types.js';

export const IndicatorTrend: IndicatorTrendResolvers = {
  departement: (trend) => (trend.departement ? { code: trend.departement } : null),
};

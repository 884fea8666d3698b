import type { IndicatorTrendPointResolvers } from '../generated/resolvers-types.js';

export const IndicatorTrendPoint: IndicatorTrendPointResolvers = {
  label: (point) => point.quarter.label,
  from: (point) => point.quarter.from,
  to: (point) => point.quarter.to,
};

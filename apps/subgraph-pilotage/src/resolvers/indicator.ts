import type { IndicatorResolvers } from '../generated/resolvers-types.js';
import { indicatorTable } from '../services/indicator-table.js';

export const Indicator: IndicatorResolvers = {
  dimensions: (indicator) => [...indicator.dimensions],
  table: (indicator) => indicatorTable(indicator.rows, indicator.unit === 'HOURS_AND_PEOPLE'),
};

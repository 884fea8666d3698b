import type { IndicatorResolvers } from '../generated/resolvers-types.js';
import { indicatorTable } from '../services/indicator-table.js';

export const Indicator: IndicatorResolvers = {
  dimensions: (indicator) => [...indicator.dimensions],
  providedFigures: (indicator) => indicator.providedFigures ?? [],
  computedAt: (indicator) => indicator.computedAt ?? null,
  table: (indicator) => indicatorTable(indicator.rows, indicator.unit === 'HOURS_AND_PEOPLE'),
};

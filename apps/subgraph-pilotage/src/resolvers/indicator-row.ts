import type { IndicatorRowResolvers } from '../generated/resolvers-types.js';

export const IndicatorRow: IndicatorRowResolvers = {
  departement: (row) => ({ code: row.departement, name: row.departementName }),
};

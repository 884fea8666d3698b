import type { ExtensionResolvers } from '../generated/resolvers-types.js';

export const Extension: ExtensionResolvers = {
  siae: (e) => ({ id: e.siaeId }),
};

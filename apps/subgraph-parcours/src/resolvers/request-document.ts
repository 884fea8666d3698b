import { errors } from '../errors.js';
import type { RequestDocumentResolvers } from '../generated/resolvers-types.js';
import { must } from './load.js';

export const RequestDocument: RequestDocumentResolvers = {
  dataBase64: async (d, _, ctx) =>
    must(await ctx.loaders.documentContent.load(d.id), errors.documentNotFound).content.toString('base64'),
};

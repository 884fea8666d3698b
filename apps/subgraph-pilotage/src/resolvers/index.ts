import { tables } from '@navette/db';
import { asc, eq } from 'drizzle-orm';
import type { Resolvers } from '../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Query: {
    ctas: (_parent, { departement }, { db }) =>
      db
        .select()
        .from(tables.ctas)
        .where(departement ? eq(tables.ctas.departementCode, departement) : undefined)
        .orderBy(asc(tables.ctas.departementCode), asc(tables.ctas.name)),
  },
  Cta: {
    __resolveReference: (ref, { loaders }) => loaders.cta.load(ref.id),
    ledBy: (cta) => ({ id: cta.ledByAgencyId }),
    employmentArea: (cta) => ({ id: cta.employmentAreaId }),
  },
  EmploymentArea: {
    __resolveReference: (ref) => ref,
    cta: (area, _args, { loaders }) => loaders.ctaByEmploymentArea.load(area.id),
  },
};

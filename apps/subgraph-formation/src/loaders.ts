// One set of DataLoaders per request (STYLE, practice 4).
import { tables, type Database } from '@navette/db';
import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { EmploymentServiceRow } from './services/rows.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const { employmentServices } = tables;

export function createLoaders(db: Database) {
  return {
    employmentService: new DataLoader<string, EmploymentServiceRow | null>(async (ids) => {
      const valid = ids.filter((id) => UUID.test(id));
      const rows = valid.length ? await db.select().from(employmentServices).where(inArray(employmentServices.id, valid)) : [];
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    employmentServicesByAgency: new DataLoader<string, EmploymentServiceRow[]>(async (agencyIds) => {
      const valid = agencyIds.filter((id) => UUID.test(id));
      const rows = valid.length
        ? await db
            .select()
            .from(employmentServices)
            .where(inArray(employmentServices.agencyId, valid))
            .orderBy(asc(employmentServices.kind), asc(employmentServices.title))
        : [];
      return agencyIds.map((id) => rows.filter((r) => r.agencyId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

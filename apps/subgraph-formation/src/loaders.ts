// One set of DataLoaders per request (STYLE, practice 4); personal records load under row-level security.
import { tables, type Database } from '@navette/db';
import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { EmploymentServiceRow } from './services/rows.js';
import { isUuid } from '@navette/subgraph-server';

const { employmentServices } = tables;

type Data = <T>(work: (tx: Database) => Promise<T>) => Promise<T>;

/** Records of a parcours table grouped by agrément, one query per batch, in date order. */
function byApproval<R extends { approvalId: string }>(
  data: Data,
  table: PgTable,
  approvalId: PgColumn,
  orderBy: PgColumn,
) {
  return new DataLoader<string, R[]>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? ((await data((tx) => tx.select().from(table).where(inArray(approvalId, valid)).orderBy(asc(orderBy)))) as R[])
      : [];
    return ids.map((id) => rows.filter((r) => r.approvalId === id));
  });
}

export function createLoaders(db: Database, data: Data) {
  const t = tables;
  return {
    employmentService: new DataLoader<string, EmploymentServiceRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(employmentServices).where(inArray(employmentServices.id, valid))
        : [];
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    employmentServicesByAgency: new DataLoader<string, EmploymentServiceRow[]>(async (agencyIds) => {
      const valid = agencyIds.filter(isUuid);
      const rows = valid.length
        ? await db
            .select()
            .from(employmentServices)
            .where(inArray(employmentServices.agencyId, valid))
            .orderBy(asc(employmentServices.kind), asc(employmentServices.title))
        : [];
      return agencyIds.map((id) => rows.filter((r) => r.agencyId === id));
    }),
    trainingByApproval: byApproval<typeof t.trainingRecords.$inferSelect>(
      data,
      t.trainingRecords,
      t.trainingRecords.approvalId,
      t.trainingRecords.startOn,
    ),
    immersionsByApproval: byApproval<typeof t.immersions.$inferSelect>(
      data,
      t.immersions,
      t.immersions.approvalId,
      t.immersions.startOn,
    ),
    serviceUsesByApproval: byApproval<typeof t.serviceUses.$inferSelect>(
      data,
      t.serviceUses,
      t.serviceUses.approvalId,
      t.serviceUses.usedOn,
    ),
    poesByApproval: byApproval<typeof t.poes.$inferSelect>(data, t.poes, t.poes.approvalId, t.poes.startOn),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

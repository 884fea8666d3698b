// One set of DataLoaders per request (STYLE, practice 4).
import { tables, type Database } from '@navette/db';
import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { CtaRow } from './services/rows.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const { ctas } = tables;

function loaderBy(db: Database, column: typeof ctas.id | typeof ctas.employmentAreaId, keyOf: (row: CtaRow) => string) {
  return new DataLoader<string, CtaRow | null>(async (keys) => {
    const valid = keys.filter((k) => UUID.test(k));
    const rows = valid.length ? await db.select().from(ctas).where(inArray(column, valid)) : [];
    const map = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

export function createLoaders(db: Database) {
  return {
    cta: loaderBy(db, ctas.id, (r) => r.id),
    ctaByEmploymentArea: loaderBy(db, ctas.employmentAreaId, (r) => r.employmentAreaId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

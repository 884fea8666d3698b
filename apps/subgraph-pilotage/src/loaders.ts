// One set of DataLoaders per request (STYLE, practice 4): a list of N CTA costs one query per loader.
import { tables, type Database } from '@navette/db';
import { calendarYear } from '@navette/domain';
import DataLoader from 'dataloader';
import { and, desc, gte, inArray, lte } from 'drizzle-orm';
import type { CtaMeetingRow, CtaRow } from './services/rows.js';
import { isUuid } from '@navette/subgraph-server';

const { ctas, ctaMeetings } = tables;

function loaderBy(db: Database, column: typeof ctas.id | typeof ctas.employmentAreaId, keyOf: (row: CtaRow) => string) {
  return new DataLoader<string, CtaRow | null>(async (keys) => {
    const valid = keys.filter(isUuid);
    const rows = valid.length ? await db.select().from(ctas).where(inArray(column, valid)) : [];
    const map = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** Key of `meetingsByCta`: a CTA and a year (null: every year). */
export interface CtaMeetingsKey {
  ctaId: string;
  year: number | null;
}

/** Meetings of several CTA, newest first: one query per distinct year asked in the request. */
function meetingsLoader(db: Database) {
  return new DataLoader<CtaMeetingsKey, CtaMeetingRow[], string>(
    async (keys) => {
      const years = [...new Set(keys.map((k) => k.year))];
      const byKey = new Map<string, CtaMeetingRow[]>();
      for (const year of years) {
        const ids = [...new Set(keys.filter((k) => k.year === year && isUuid(k.ctaId)).map((k) => k.ctaId))];
        if (ids.length === 0) continue;
        const period = year == null ? null : calendarYear(year);
        const rows = await db
          .select()
          .from(ctaMeetings)
          .where(
            and(
              inArray(ctaMeetings.ctaId, ids),
              period ? gte(ctaMeetings.heldOn, period.from) : undefined,
              period ? lte(ctaMeetings.heldOn, period.to) : undefined,
            ),
          )
          .orderBy(desc(ctaMeetings.heldOn), desc(ctaMeetings.createdAt));
        for (const row of rows) {
          const key = `${row.ctaId}|${year ?? ''}`;
          byKey.set(key, [...(byKey.get(key) ?? []), row]);
        }
      }
      return keys.map((k) => byKey.get(`${k.ctaId}|${k.year ?? ''}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.ctaId}|${k.year ?? ''}` },
  );
}

/** Names of départements (the public directory), one query for all the codes of a request. */
function departementNamesLoader(db: Database) {
  return new DataLoader<string, string>(async (codes) => {
    const rows = await db
      .select({ code: tables.departements.code, name: tables.departements.name })
      .from(tables.departements)
      .where(inArray(tables.departements.code, [...codes]));
    const names = new Map(rows.map((r) => [r.code, r.name]));
    return codes.map((code) => names.get(code) ?? new Error(`Département ${code} inconnu`));
  });
}

export function createLoaders(db: Database) {
  return {
    departementNames: departementNamesLoader(db),
    cta: loaderBy(db, ctas.id, (r) => r.id),
    ctaByEmploymentArea: loaderBy(db, ctas.employmentAreaId, (r) => r.employmentAreaId),
    meetingsByCta: meetingsLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

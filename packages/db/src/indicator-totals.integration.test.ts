// Live totals of the indicators (migration 0013), on both engines the product runs on: after any sequence of writes
// (inserts, changes of date, person or SIAE, deletions), the per-day, per-month and per-year totals equal what the rows
// say, each training record knows its predecessor, and "people trained in a period" computed from the totals
// (ends − previous ends + previous ends in the period ending after it) equals the distinct count on the rows.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables, type Database } from './index.js';
import { BOTH_ENGINES, type EngineSetup } from './testing.js';

type Setup = EngineSetup;
const engines = BOTH_ENGINES;

/** A small seeded generator (mulberry32): the same sequence of writes on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

/** The statement was refused for lack of privilege (the driver's error wraps PostgreSQL's). */
const denied = (attempt: Promise<unknown>) =>
  attempt.then(
    () => false,
    (error: unknown) => /permission denied/.test(`${String(error)} ${String((error as { cause?: unknown }).cause)}`),
  );

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const rows = async <T>(db: Database, query: ReturnType<typeof sql>) => {
  const result: unknown = await db.execute(query);
  const list: unknown[] = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return list as T[];
};

describe.each(engines)('live indicator totals on %s', (_engine, open) => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await open();
  });
  afterAll(async () => {
    await setup?.close();
  });

  it('follow every write: totals equal the rows, predecessors are right, people trained are distinct people', async () => {
    const { db } = setup;
    const rng = random(6);
    // Three SIAE of the demo directory: two share a cell (département and kind) or not, whatever the demo holds.
    const siaes = (await db.select({ id: tables.siaes.id }).from(tables.siaes).limit(3)).map((s) => s.id);
    const people = ['a', 'b', 'c', 'd'].map((_, i) => `00000000-0000-4000-8000-00000000000${i + 1}`);
    const approvalId = '00000000-0000-4000-8000-0000000000aa';
    const ids: string[] = [];
    for (let step = 0; step < 80; step++) {
      const action =
        ids.length < 6
          ? 'insert'
          : rng.pick(['insert', 'insert', 'move', 'person', 'siae', 'delete', 'hours'] as const);
      if (action === 'insert') {
        // Several records often end on the same day (ties are ordered by id).
        const end = rng.next() < 0.3 ? 100 : rng.int(0, 330);
        const [row] = await db
          .insert(tables.trainingRecords)
          .values({
            personId: rng.pick(people),
            approvalId,
            siaeId: rng.pick(siaes),
            kind: 'ADAPTATION',
            // One title per record: the natural key (migration 0016) refuses the same course twice on one start day.
            title: `Gestes et postures ${step}`,
            organisation: 'AFPA',
            hours: rng.int(1, 40),
            startOn: day(end - rng.int(0, 5)),
            endOn: day(end),
          } as typeof tables.trainingRecords.$inferInsert)
          .returning({ id: tables.trainingRecords.id });
        ids.push(row!.id);
        continue;
      }
      const id = rng.pick(ids);
      const t = tables.trainingRecords;
      if (action === 'move') {
        const end = rng.int(10, 330);
        await db
          .update(t)
          .set({ startOn: day(end - 5), endOn: day(end) })
          .where(eq(t.id, id));
      } else if (action === 'person')
        await db
          .update(t)
          .set({ personId: rng.pick(people) })
          .where(eq(t.id, id));
      else if (action === 'siae')
        await db
          .update(t)
          .set({ siaeId: rng.pick(siaes) })
          .where(eq(t.id, id));
      else if (action === 'hours')
        await db
          .update(t)
          .set({ hours: rng.int(1, 40) })
          .where(eq(t.id, id));
      else {
        await db.delete(t).where(eq(t.id, id));
        ids.splice(ids.indexOf(id), 1);
      }
    }
    // Immersions: inserted, moved, deleted.
    const immersionIds: string[] = [];
    for (let i = 0; i < 12; i++) {
      const start = day(rng.int(0, 300));
      const [row] = await db
        .insert(tables.immersions)
        .values({
          personId: rng.pick(people),
          approvalId,
          siaeId: rng.pick(siaes),
          hostCompany: `Boulangerie ${i}`,
          objective: 'Découvrir un métier',
          startOn: start,
          endOn: start,
        } as typeof tables.immersions.$inferInsert)
        .returning({ id: tables.immersions.id });
      immersionIds.push(row!.id);
    }
    await db
      .update(tables.immersions)
      .set({ startOn: day(5), endOn: day(6) })
      .where(eq(tables.immersions.id, immersionIds[0]!));
    await db.delete(tables.immersions).where(eq(tables.immersions.id, immersionIds[1]!));

    // 1. Each record's predecessor in its cell (end date, then id).
    const wrong = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (
            select previous_end_on, lag(end_on) over (partition by person_id, departement_code, siae_kind order by end_on, id) as expected
              from formation.training_records) x
           where previous_end_on is distinct from expected`,
    );
    expect(wrong[0]!.n).toBe(0);

    // 2. The day totals equal the sums of the rows' contributions; the month and year totals the sums of the days.
    const recomputed = sql`
      select m.measure, m.day::text as day, x.departement_code, x.siae_kind::text as siae_kind, sum(m.value)::int as value
        from formation.training_records x, reporting.training_records_measures(x) m group by 1, 2, 3, 4
      union all
      select m.measure, m.day::text, x.departement_code, x.siae_kind::text, sum(m.value)::int
        from formation.immersions x, reporting.immersions_measures(x) m group by 1, 2, 3, 4`;
    const stored = sql`select measure, day::text as day, departement_code, siae_kind::text as siae_kind, value::int as value
      from reporting.measure_days where value <> 0 and measure in ('trainingHours', 'trainingRecordEnds', 'trainingRecordPrevs', 'immersions')`;
    const key = (r: { measure: string; day: string; departement_code: string; siae_kind: string; value: number }) =>
      `${r.measure}|${r.day}|${r.departement_code}|${r.siae_kind}|${r.value}`;
    const expected = (await rows<Parameters<typeof key>[0]>(db, recomputed)).map(key).sort();
    expect(expected.length).toBeGreaterThan(20);
    expect((await rows<Parameters<typeof key>[0]>(db, stored)).map(key).sort()).toEqual(expected);
    for (const level of ['month', 'year'] as const) {
      const table = sql.raw(`reporting.measure_${level}s`);
      const [off] = await rows<{ n: number }>(
        db,
        sql`select count(*)::int as n from (
              select measure, date_trunc(${level}, day)::date as ${sql.raw(level)}, departement_code, siae_kind, sum(value) as value
                from reporting.measure_days group by 1, 2, 3, 4) d
            full join ${table} t using (measure, ${sql.raw(level)}, departement_code, siae_kind)
           where coalesce(d.value, 0) <> coalesce(t.value, 0)`,
      );
      expect(off!.n, level).toBe(0);
    }

    // 3. People trained from the totals equal the distinct people on the rows, for periods of every shape.
    for (let i = 0; i < 25; i++) {
      const a = rng.int(0, 340);
      const from = day(a);
      const to = day(Math.min(364, a + rng.int(0, 200)));
      const check = await rows<{
        departement_code: string;
        siae_kind: string;
        distinct_people: number;
        from_totals: number;
      }>(
        db,
        sql`with cells as (select distinct departement_code, siae_kind from formation.training_records)
            select c.departement_code, c.siae_kind::text,
                   (select count(distinct person_id) from formation.training_records t
                     where t.departement_code = c.departement_code and t.siae_kind = c.siae_kind and t.end_on between ${from}::date and ${to}::date)::int as distinct_people,
                   ((select coalesce(sum(value), 0) from reporting.measure_days d where d.departement_code = c.departement_code and d.siae_kind = c.siae_kind
                      and d.measure = 'trainingRecordEnds' and d.day between ${from}::date and ${to}::date)
                  - (select coalesce(sum(value), 0) from reporting.measure_days d where d.departement_code = c.departement_code and d.siae_kind = c.siae_kind
                      and d.measure = 'trainingRecordPrevs' and d.day between ${from}::date and ${to}::date)
                  + (select count(*) from reporting.training_facts t where t.departement_code = c.departement_code and t.siae_kind = c.siae_kind
                      and t.previous_end_on between ${from}::date and ${to}::date and t.end_on > ${to}::date))::int as from_totals
              from cells c`,
      );
      for (const cell of check)
        expect(cell.from_totals, `${from}..${to} ${cell.departement_code}/${cell.siae_kind}`).toBe(
          cell.distinct_people,
        );
    }

    // 4. A rebuild (after a bulk load with triggers off) finds the same totals and predecessors.
    const before = (await rows<Parameters<typeof key>[0]>(db, stored)).map(key).sort();
    await db.execute(sql`select reporting.rebuild_measures()`);
    expect((await rows<Parameters<typeof key>[0]>(db, stored)).map(key).sort()).toEqual(before);
  });

  it('the application role can read the totals but not write them', async () => {
    const { db } = setup;
    const attempt = db.transaction(async (tx) => {
      await tx.execute(sql`set local role navette_app`);
      await tx.execute(sql`select count(*) from reporting.measure_days`);
      await tx.execute(sql`update reporting.measure_days set value = value + 1000`);
    });
    await expect(denied(attempt)).resolves.toBe(true);
    const forge = db.transaction(async (tx) => {
      await tx.execute(sql`set local role navette_app`);
      await tx.execute(
        sql`select reporting.apply_measures(array[row('immersions', '2026-01-01', '2A', 'ACI', 1000)::reporting.measure_delta])`,
      );
    });
    await expect(denied(forge)).resolves.toBe(true);
  });
});

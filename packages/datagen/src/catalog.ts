// Indexes and constraints of the parcours tables: dropped before the bulk load (building a B-tree once from sorted
// data is much faster than maintaining it row by row), rebuilt afterwards from their own definitions, then compared
// with the catalogue as the migrations left it, so that the loaded database has exactly the migrated schema.
import type postgres from 'postgres';

export interface CatalogEntry {
  kind: 'constraint' | 'index';
  table: string;
  name: string;
  /** p (primary key), u (unique), f (foreign key), c (check); i for a plain index. */
  type: string;
  definition: string;
  /** Backs a primary key or unique constraint (restored with it). */
  constraintIndex: boolean;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Every constraint and index of the tables of `schema`, and those of other schemas' foreign keys to them. */
export async function snapshot(sql: postgres.Sql, schema: string): Promise<CatalogEntry[]> {
  const constraints = await sql<
    { table: string; name: string; type: string; definition: string; validated: boolean; deferrable: boolean }[]
  >`
    select n.nspname || '.' || c.relname as table, con.conname as name, con.contype::text as type,
           pg_get_constraintdef(con.oid) as definition, con.convalidated as validated, con.condeferrable as deferrable
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = ${schema}
        or con.confrelid in (select c2.oid from pg_class c2 join pg_namespace n2 on n2.oid = c2.relnamespace where n2.nspname = ${schema})
  `;
  const indexes = await sql<{ table: string; name: string; definition: string; constraintIndex: boolean }[]>`
    select n.nspname || '.' || t.relname as table, ic.relname as name, pg_get_indexdef(i.indexrelid) as definition,
           exists (select 1 from pg_constraint con where con.conindid = i.indexrelid and con.contype in ('p', 'u', 'x')) as "constraintIndex"
      from pg_index i
      join pg_class t on t.oid = i.indrelid
      join pg_class ic on ic.oid = i.indexrelid
      join pg_namespace n on n.oid = t.relnamespace
     where n.nspname = ${schema}
  `;
  const entries: CatalogEntry[] = [
    ...constraints.map((c) => ({
      kind: 'constraint' as const,
      table: c.table,
      name: c.name,
      type: c.type,
      definition: `${c.definition}${c.validated ? '' : ' NOT VALID'}${c.deferrable ? ' DEFERRABLE' : ''}`,
      constraintIndex: false,
    })),
    ...indexes.map((i) => ({
      kind: 'index' as const,
      table: i.table,
      name: i.name,
      type: 'i',
      definition: i.definition,
      constraintIndex: i.constraintIndex,
    })),
  ];
  return entries.sort((a, b) => `${a.kind}|${a.table}|${a.name}`.localeCompare(`${b.kind}|${b.table}|${b.name}`));
}

/** Differences between two snapshots, one line each (empty when identical). */
export function compareSnapshots(expected: readonly CatalogEntry[], actual: readonly CatalogEntry[]): string[] {
  const key = (e: CatalogEntry) => `${e.kind} ${e.table} ${e.name}`;
  const left = new Map(expected.map((e) => [key(e), e]));
  const right = new Map(actual.map((e) => [key(e), e]));
  const diff: string[] = [];
  for (const [k, e] of left) {
    const a = right.get(k);
    if (!a) diff.push(`missing ${k}: ${e.definition}`);
    else if (a.definition !== e.definition || a.type !== e.type || a.constraintIndex !== e.constraintIndex) {
      diff.push(`changed ${k}: ${e.definition} -> ${a.definition}`);
    }
  }
  for (const k of right.keys()) if (!left.has(k)) diff.push(`unexpected ${k}: ${right.get(k)!.definition}`);
  return diff;
}

/** Drops foreign keys, then primary keys and unique constraints, then plain indexes (checks stay: they are cheap). */
export async function dropForLoad(sql: postgres.Sql, entries: readonly CatalogEntry[]): Promise<void> {
  await sql.begin(async (tx) => {
    for (const e of entries.filter((x) => x.kind === 'constraint' && x.type === 'f')) {
      await tx.unsafe(`alter table ${e.table} drop constraint ${quote(e.name)}`);
    }
    for (const e of entries.filter((x) => x.kind === 'constraint' && (x.type === 'p' || x.type === 'u'))) {
      await tx.unsafe(`alter table ${e.table} drop constraint ${quote(e.name)}`);
    }
    for (const e of entries.filter((x) => x.kind === 'index' && !x.constraintIndex)) {
      await tx.unsafe(`drop index ${e.table.split('.')[0]}.${quote(e.name)}`);
    }
  });
}

/**
 * Rebuilds what dropForLoad removed, from the saved definitions: primary keys and unique constraints, indexes
 * (unique partial ones check their rule on the loaded rows), then foreign keys (validated against the loaded rows).
 */
export async function restoreAfterLoad(
  sql: postgres.Sql | postgres.TransactionSql,
  entries: readonly CatalogEntry[],
  log: (line: string) => void,
): Promise<void> {
  const run = async (what: string, statement: string) => {
    const started = performance.now();
    await sql.unsafe(statement);
    log(`  ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };
  for (const e of entries.filter((x) => x.kind === 'constraint' && (x.type === 'p' || x.type === 'u'))) {
    await run(`${e.table} ${e.name}`, `alter table ${e.table} add constraint ${quote(e.name)} ${e.definition}`);
  }
  for (const e of entries.filter((x) => x.kind === 'index' && !x.constraintIndex)) {
    await run(`${e.table} ${e.name}`, e.definition);
  }
  for (const e of entries.filter((x) => x.kind === 'constraint' && x.type === 'f')) {
    await run(`${e.table} ${e.name}`, `alter table ${e.table} add constraint ${quote(e.name)} ${e.definition}`);
  }
}

import { count, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { createDatabase, migrationsFolder, runMigrations, seedDemoData, tables } from './index.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

const opened: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.drop()));
});

describe('server mode (PostgreSQL)', () => {
  it('two processes starting at once both migrate without error, and the schema is applied once', async () => {
    const empty = await createTestDatabase({ seeded: false });
    opened.push(empty);
    const [a, b] = await Promise.all([createDatabase({ url: empty.url }), createDatabase({ url: empty.url })]);
    await Promise.all([runMigrations(a), runMigrations(b)]);
    const applied = await a.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect((applied as { n: number }[])[0]?.n ?? (applied as { rows: { n: number }[] }).rows?.[0]?.n).toBe(
      readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).length,
    );
    await Promise.all([a.close(), b.close()]);
  });

  it('loads the Bourgogne-Franche-Comté demo data: 8 départements, 40+ SIAE of all five kinds; a second load adds nothing', async () => {
    const database = await createTestDatabase();
    opened.push(database);
    const { db } = database;
    const departements = await db.select().from(tables.departements);
    expect(departements.map((d) => d.code).sort()).toEqual(['21', '25', '39', '58', '70', '71', '89', '90']);
    const byKind = await db
      .select({ kind: tables.siaes.kind, n: count() })
      .from(tables.siaes)
      .groupBy(tables.siaes.kind);
    expect(byKind.map((r) => r.kind).sort()).toEqual(['ACI', 'AI', 'EI', 'EITI', 'ETTI']);
    const total = byKind.reduce((sum, r) => sum + r.n, 0);
    expect(total).toBeGreaterThanOrEqual(40);
    const again = await seedDemoData(db);
    expect(again.inserted).toBe(false);
    const [after] = await db.select({ n: count() }).from(tables.siaes);
    expect(after?.n).toBe(total);
  });

  it('refuses a malformed SIRET and an habilitation that ends before it starts', async () => {
    const database = await createTestDatabase();
    opened.push(database);
    const [siae] = await database.db.select().from(tables.siaes).limit(1);
    await expect(
      database.db.update(tables.siaes).set({ siret: '12AB' }).where(eq(tables.siaes.id, siae!.id)),
    ).rejects.toThrow();
    await expect(
      database.db.insert(tables.prescriberOrganizations).values({
        id: '00000000-0000-4000-8000-000000000001',
        name: 'CCAS test',
        kind: 'HABILITE',
        departementCode: '21',
        city: 'Dijon',
        habilitationStartOn: '2026-01-01',
        habilitationEndOn: '2025-01-01',
      }),
    ).rejects.toThrow();
  });
});

describe('audit trail', () => {
  it('is append-only: an event can be written, never changed, deleted or truncated', async () => {
    const database = await createTestDatabase();
    opened.push(database);
    const { db } = database;
    const [event] = await db
      .insert(tables.auditEvents)
      .values({ actorKind: 'system', action: 'TEST_EVENT', details: { why: 'test' } })
      .returning();
    await expect(
      db.update(tables.auditEvents).set({ action: 'FORGED' }).where(eq(tables.auditEvents.id, event!.id)),
    ).rejects.toThrow();
    await expect(db.delete(tables.auditEvents).where(eq(tables.auditEvents.id, event!.id))).rejects.toThrow();
    await expect(db.execute(sql`truncate audit.events`)).rejects.toThrow();
    const [kept] = await db.select().from(tables.auditEvents).where(eq(tables.auditEvents.id, event!.id));
    expect(kept?.action).toBe('TEST_EVENT');
  });
});

describe('embedded mode (PGlite)', () => {
  it('migrates and seeds an in-memory PGlite, with the accent-free search key computed by the database', async () => {
    const handle = await createDatabase({ dataDir: 'memory://' });
    await runMigrations(handle);
    await seedDemoData(handle.db);
    const rows = await handle.db
      .select({ name: tables.siaes.name })
      .from(tables.siaes)
      .where(sql`${tables.siaes.searchKey} like '%montbeliard%'`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.name.includes('Montbéliard'))).toBe(true);
    await handle.close();
  });
});

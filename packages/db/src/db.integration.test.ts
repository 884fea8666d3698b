import { count, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createDatabase, demoId, migrationsFolder, runMigrations, seedDemoData, tables } from './index.js';
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
      database.db.insert(tables.prescriberOrganisations).values({
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

describe('memberships (migration 0035)', () => {
  /** The SQLSTATE of a refused statement (drizzle wraps the driver's error in its own). */
  const sqlStateOf = async (statement: Promise<unknown>): Promise<string | undefined> => {
    try {
      await statement;
    } catch (error) {
      const e = error as { code?: string; cause?: { code?: string } };
      return e.cause?.code ?? e.code;
    }
    return undefined;
  };

  it('name an organisation that exists in the table of their kind, or none for an administrator only', async () => {
    const database = await createTestDatabase();
    opened.push(database);
    const { db } = database;
    const newUser = async () => {
      const id = randomUUID();
      await db
        .insert(tables.users)
        .values({ id, email: `${id}@test.navette.fr`, displayName: 'Test', passwordHash: 'x' });
      return id;
    };
    const m = tables.memberships;
    // Each kind: an id that is none, and a real organisation's id under another kind, are refused (not the next kind:
    // an agence is also a prescripteur under the same id, migration 0032).
    const cases = [
      { role: 'SIAE', kind: 'SIAE', real: demoId('siae:25-BES:0') },
      { role: 'AGENCY', kind: 'AGENCY', real: demoId('agency:25-BES') },
      { role: 'PRESCRIBER', kind: 'PRESCRIBER_ORGANISATION', real: demoId('prescriber:21:MISSION_LOCALE') },
      { role: 'STATE', kind: 'STATE_SERVICE', real: demoId('state:ddets:25') },
      { role: 'STEERING', kind: 'STEERING_COMMITTEE', real: demoId('steering:bfc') },
    ] as const;
    for (const [index, { role, kind, real }] of cases.entries()) {
      const userId = await newUser();
      const other = cases[(index + 2) % cases.length]!.real;
      for (const organisationId of [randomUUID(), other]) {
        expect(await sqlStateOf(db.insert(m).values({ userId, role, organisationKind: kind, organisationId }))).toBe(
          '23503',
        );
      }
      await db.insert(m).values({ userId, role, organisationKind: kind, organisationId: real });
      // Changed afterwards to an id that is none, or to another kind: refused too, the row stays as it was.
      expect(await sqlStateOf(db.update(m).set({ organisationId: randomUUID() }).where(eq(m.userId, userId)))).toBe(
        '23503',
      );
      expect(
        await sqlStateOf(
          db
            .update(m)
            .set({ organisationKind: cases[(index + 2) % cases.length]!.kind })
            .where(eq(m.userId, userId)),
        ),
      ).toBe('23503');
      const [kept] = await db.select().from(m).where(eq(m.userId, userId));
      expect(kept).toMatchObject({ organisationKind: kind, organisationId: real });
    }

    // A kind without an id, an id without a kind, a role that needs an organisation without one: refused.
    const loose = await newUser();
    expect(await sqlStateOf(db.insert(m).values({ userId: loose, role: 'SIAE', organisationKind: 'SIAE' }))).toBe(
      '23503',
    );
    expect(
      await sqlStateOf(db.insert(m).values({ userId: loose, role: 'SIAE', organisationId: demoId('siae:25-BES:0') })),
    ).toBe('23503');
    expect(await sqlStateOf(db.insert(m).values({ userId: loose, role: 'SIAE' }))).toBe('23503');
    // A platform administrator belongs to none.
    await db.insert(m).values({ userId: loose, role: 'ADMIN' });
    expect(await sqlStateOf(db.update(m).set({ role: 'STATE' }).where(eq(m.userId, loose)))).toBe('23503');
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

// A safe copy for testing (issue 19 §5; docs/data-protection.md, "A copy for testing"): after `anonymiseCopy`, no
// name, e-mail, phone, Pôle emploi id, free text or document of a person, nor an agent's name or e-mail, is left in
// any column of any table — searched everywhere, not where we expect it — while every row and link stays.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseCopy, demoId, resultRows, tables } from './index.js';
import { makePerson } from './testing-people.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/** Where `needle` occurs in any text, varchar, array or JSON column of the database. */
async function whereFound(needle: string): Promise<string[]> {
  const columns = resultRows<{ schema: string; table: string; column: string }>(
    await database.db.execute(sql`
      select c.table_schema as schema, c.table_name as table, c.column_name as column
        from information_schema.columns c join information_schema.tables t
          on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
       where c.table_schema not in ('pg_catalog', 'information_schema', 'drizzle')
         and c.data_type in ('text', 'character varying', 'jsonb', 'ARRAY', 'bytea')`),
  );
  const found: string[] = [];
  for (const c of columns) {
    const [row] = resultRows<{ n: number }>(
      await database.db.execute(
        sql.raw(
          `select count(*)::int as n from "${c.schema}"."${c.table}" where "${c.column}"::text ilike '%' || '${needle.replace(/'/g, "''")}' || '%'`,
        ),
      ),
    );
    if (row!.n > 0) found.push(`${c.schema}.${c.table}.${c.column}`);
  }
  return found;
}

describe('db:anonymise', () => {
  it('refuses to run on another database than the one named', async () => {
    await expect(anonymiseCopy(database.db, { confirm: 'navette', passwordHash: 'x' })).rejects.toThrow(/refused/);
  });

  it('leaves nothing that identifies a person or an agent, and keeps every row', async () => {
    const { db } = database;
    const inès = await makePerson(db, 'Inès', '2026-01-05', { approvalEndOn: '2027-12-31' });
    await makePerson(db, 'Jules', '2026-02-05');
    await db.insert(tables.users).values({
      id: randomUUID(),
      email: 'marie.curie@dreets.gouv.fr',
      displayName: 'Marie Curie',
      passwordHash: 'argon2-of-something',
    });
    await db
      .insert(tables.siaeReferents)
      .values({ siaeId: demoId('siae:25-BES:0'), referentName: 'Paul Martel', referentEmail: 'paul.martel@pe.fr' });
    await db.insert(tables.auditEvents).values({
      actorKind: 'user',
      action: 'PERSON_READ',
      subjectType: 'Person',
      subjectId: inès.personId,
      details: { note: 'lu par Marie Curie' },
    });
    const counts = async () =>
      resultRows<{ t: string; n: number }>(
        await db.execute(sql`
          select 'people' as t, count(*)::int as n from parcours.people
          union all select 'prescriptions', count(*)::int from parcours.prescriptions
          union all select 'approvals', count(*)::int from parcours.approvals
          union all select 'users', count(*)::int from identity.users
          union all select 'memberships', count(*)::int from identity.memberships`),
      );
    const before = await counts();
    const needles = [
      'Inès',
      'Jules',
      'Durand',
      '0611223344',
      'PEINÈS',
      'situation familiale',
      'espaces verts',
      'formation prévue',
      'contestons',
      'attestation-',
      'reste fragile',
      'paysagiste',
      'maraîchage',
      'Marie Curie',
      'marie.curie',
      'Paul Martel',
      'paul.martel',
    ];
    expect(await whereFound('Inès')).not.toEqual([]); // the search finds what is there

    const result = await anonymiseCopy(db, { confirm: database.name, passwordHash: 'copy-password-hash' });
    expect(result.people).toBe(2);

    for (const needle of needles) expect(await whereFound(needle), needle).toEqual([]);
    expect(await counts()).toEqual(before);
    const events = await db.select().from(tables.auditEvents);
    expect(events.map((e) => e.action)).toEqual(['DATABASE_ANONYMISED']);
    // The append-only rule is back.
    await expect(db.execute(sql`truncate audit.events`)).rejects.toThrow();
    const [user] = await db.select().from(tables.users).limit(1);
    expect(user!.passwordHash).toBe('copy-password-hash');
  });
});

// The export of everything held about a person (issue 19 §4-5; docs/data-protection.md): every table of the parcours
// and formation contexts is in it (or excluded here with its reason), every row about the person is there, nothing of
// another person, and the organisations that read the record are listed from the audit trail.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPerson, PERSON_EXPORT_TABLES, resultRows } from './index.js';
import { makePerson } from './testing-people.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

/** Tables of those contexts that hold nothing about a person, and why. */
const NOT_ABOUT_A_PERSON: Record<string, string> = {
  'parcours.retention_checkpoints': 'the retention job’s progress',
  'formation.employment_services': 'the catalogue of Pôle emploi services (named in the service uses)',
};

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('person export', () => {
  it('covers every table of the parcours and formation contexts', async () => {
    const tables = resultRows<{ name: string }>(
      await database.db.execute(sql`
        select table_schema || '.' || table_name as name from information_schema.tables
         where table_schema in ('parcours', 'formation') and table_type = 'BASE TABLE' order by 1`),
    ).map((t) => t.name);
    expect(tables.filter((t) => !PERSON_EXPORT_TABLES.includes(t) && !(t in NOT_ABOUT_A_PERSON))).toEqual([]);
  });

  it('holds every row about the person, and nothing about another', async () => {
    const { personId } = await makePerson(database.db, 'Inès', '2026-01-05', { approvalEndOn: '2027-12-31' });
    const other = await makePerson(database.db, 'Jules', '2026-01-05', { approvalEndOn: '2027-12-31' });
    // Two reads of Inès's record by the SIAE, one by the agence (as the read audit writes them).
    await database.db.execute(sql`
      insert into audit.events (actor_kind, actor_organisation_id, action, subject_type, subject_id)
      select 'user', o, 'PERSON_READ', 'Person', ${personId}
        from unnest(array[(select id from structures.siaes limit 1), (select id from structures.siaes limit 1),
                          (select id from structures.agencies limit 1)]) o`);
    // Inès was oriented by an SIAE to a prescripteur (issue 18 §1) before being prescribed.
    await database.db.execute(sql`
      insert into parcours.orientations
        (person_id, origin_organisation_id, origin_kind, prescriber_organisation_id, departement_code, reason)
      values (${personId}, (select id from structures.siaes limit 1), 'SIAE',
              (select id from structures.prescriber_organisations limit 1), '25', 'Orientée par la structure')`);
    // An agence pre-validated her profile for an AI (issue 18 §3), and Jules's for the same AI.
    await database.db.execute(sql`
      insert into parcours.profile_prevalidations
        (agency_id, person_id, siae_id, siae_kind, cooperation_agreement_id, starts_on, ends_on)
      select (select id from structures.agencies limit 1), p, (select id from structures.siaes where kind = 'AI' limit 1),
             'AI', gen_random_uuid(), '2026-11-23', '2027-02-22'
        from unnest(array[${personId}::uuid, ${other.personId}::uuid]) p`);
    // Her SIAE recorded her Pôle emploi registration during the parcours (issue 18 §4), and Jules's.
    await database.db.execute(sql`
      insert into parcours.pole_emploi_registrations
        (approval_id, siae_id, checkpoint, registered, registered_on, checked_on, recorded_by_organisation_id)
      select a.id, a.siae_id, 'DURING_PARCOURS', true, '2025-11-02', '2026-02-01', a.siae_id
        from parcours.approvals a where a.person_id in (${personId}, ${other.personId})`);
    // Both had their identity corrected (issue 19 §4): Inès's history is hers, Jules's stays out of her record.
    await database.db.execute(sql`
      insert into parcours.person_identity_changes
        (person_id, field, before_value, after_value, changed_by_organisation_id)
      select p.id, 'phone', null, '0381020304', p.created_by_organisation_id
        from parcours.people p where p.id in (${personId}, ${other.personId})`);
    await database.db.execute(sql`
      insert into parcours.person_identity_changes
        (person_id, field, before_value, after_value, changed_by_organisation_id)
      select p.id, 'first_name', 'Julles', 'Jules', p.created_by_organisation_id
        from parcours.people p where p.id = ${other.personId}`);
    const record = (await exportPerson(database.db, personId, new Date('2026-12-03T10:00:00Z')))!;
    expect(record.personId).toBe(personId);
    for (const [name, rows] of Object.entries(record.sections)) {
      if (name === 'serviceUses' || name === 'poes' || name === 'approvalEvents') continue; // none in the fixture
      expect(rows.length, name).toBeGreaterThan(0);
    }
    const text = JSON.stringify(record);
    expect(text).toContain('Inès');
    expect(text).toContain('Suivi de Inès');
    expect(text).toContain('attestation-Inès.pdf');
    expect(record.sections['identityChanges']).toMatchObject([
      { person_id: personId, field: 'phone', before_value: null, after_value: '0381020304' },
    ]);
    expect(text).not.toContain('Jules');
    expect(text).not.toContain(other.personId);
    expect(text).not.toContain('%PDF'); // documents are described, not copied
    expect(record.readers.map((r) => r.reads).sort()).toEqual([1, 2]);
    expect(record.readers.every((r) => r.organisationName)).toBe(true);
    expect(Object.values(record.organisations).map((o) => o.kind)).toEqual(
      expect.arrayContaining(['SIAE', 'PRESCRIBER']),
    );
    expect(await exportPerson(database.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});

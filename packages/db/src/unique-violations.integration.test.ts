// The natural keys of migration 0016 on embedded PGlite too (issue 12): a duplicate under row-level security is a
// UniqueViolation naming the row the caller sees, and naming nothing when it does not.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tables, UniqueViolation, withIdentity } from './index.js';
import { createSeededPglite } from './testing.js';

describe('natural keys on PGlite', () => {
  // The migrated database from the shared snapshot (db.integration.test.ts migrates one PGlite from scratch).
  it('refuses the same person twice in one organisation with a conflict naming it, and keeps idempotency keys', async () => {
    const handle = await createSeededPglite();
    try {
      const org = randomUUID();
      const other = randomUUID();
      const person = { firstName: 'Camille', lastName: 'Durand', birthDate: '1990-04-02', poleEmploiId: '1234567A' };
      const [first] = await withIdentity(handle.db, { organisationId: org, userId: null }, (tx) =>
        tx
          .insert(tables.people)
          .values({ ...person, createdByOrganisationId: org })
          .returning({ id: tables.people.id }),
      );
      const again = withIdentity(handle.db, { organisationId: org, userId: null }, (tx) =>
        tx
          .insert(tables.people)
          .values({ ...person, lastName: 'DURAND', poleEmploiId: null, createdByOrganisationId: org }),
      );
      await expect(again).rejects.toBeInstanceOf(UniqueViolation);
      await expect(again).rejects.toMatchObject({ constraint: 'people_identity_unique', existing: first!.id });
      // Another organisation records the same person: its own row, no conflict.
      await withIdentity(handle.db, { organisationId: other, userId: null }, (tx) =>
        tx.insert(tables.people).values({ ...person, createdByOrganisationId: other }),
      );
      // The platform writing another organisation's duplicate (no identity to see it under): a conflict that names nothing.
      const blind = withIdentity(handle.db, { organisationId: other, userId: null }, async (tx) => {
        await tx.execute(sql`select set_config('navette.organisation_id', ${org}, true)`);
        await tx.insert(tables.people).values({ ...person, firstName: 'Autre', createdByOrganisationId: org });
      });
      await expect(blind).rejects.toMatchObject({ constraint: 'people_pole_emploi_unique', existing: null });
      await expect(blind).rejects.toThrow(
        'Une personne de même identifiant Pôle emploi est déjà enregistrée par votre organisation.',
      );

      await handle.db
        .insert(tables.idempotencyKeys)
        .values({ subgraph: 'parcours', principal: 'user:u', key: 'key-00001', requestHash: 'h' });
      await expect(
        handle.db
          .insert(tables.idempotencyKeys)
          .values({ subgraph: 'parcours', principal: 'user:u', key: 'key-00001', requestHash: 'h' }),
      ).rejects.toMatchObject({
        cause: { code: '23505' },
      });
    } finally {
      await handle.close();
    }
  });
});

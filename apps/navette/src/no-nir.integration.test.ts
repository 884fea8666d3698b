// No NIR anywhere (issue 19 §5; docs/data-protection.md, "Data minimisation"): the numéro d'inscription au répertoire
// (numéro de sécurité sociale) is not needed by the accord's parcours — a person is known by name, birth date and,
// when registered, their identifiant Pôle emploi — and its use is restricted by law (décret n° 2019-341). Neither the
// database (every column of every schema, after all migrations) nor the API (every field, argument and input field
// of the public schema) may hold one: no name that says so, no column shaped for one (13 or 15 characters).
import { readFileSync } from 'node:fs';
import { resultRows, runMigrations } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { sql } from 'drizzle-orm';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seeded: false });
  await runMigrations(database);
});
afterAll(async () => {
  await database?.drop();
});

/** The words of a name: `socialSecurityNumber`, `social_security_number` → social, security, number. */
const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** True when a name says it holds a NIR (in French or English). */
function namesNir(name: string): boolean {
  const w = words(name);
  const has = (...xs: string[]) => xs.every((x) => w.includes(x));
  return (
    w.some((x) => ['nir', 'ssn', 'nss', 'secu', 'nirpp', 'insee'].includes(x)) ||
    has('social', 'security') ||
    has('securite', 'sociale') ||
    has('secu', 'sociale')
  );
}

describe('no NIR anywhere', () => {
  it('recognises the names a NIR would be given (the check itself)', () => {
    for (const name of ['nir', 'personNir', 'social_security_number', 'numeroSecuriteSociale', 'ssn', 'nirCle'])
      expect(namesNir(name), name).toBe(true);
    for (const name of ['poleEmploiId', 'siret', 'birthDate', 'firstName', 'number', 'security_events'])
      expect(namesNir(name), name).toBe(false);
  });

  it('in the database: no column named for a NIR nor shaped for one', async () => {
    const columns = resultRows<{ schema: string; table: string; column: string; length: number | null }>(
      await database.db.execute(sql`
        select table_schema as schema, table_name as table, column_name as column, character_maximum_length as length
          from information_schema.columns
         where table_schema not in ('pg_catalog', 'information_schema', 'drizzle')`),
    );
    expect(columns.length).toBeGreaterThan(100);
    const named = columns.filter((c) => namesNir(c.column) || namesNir(c.table));
    const shaped = columns.filter((c) => c.length === 13 || c.length === 15);
    expect(named).toEqual([]);
    expect(shaped).toEqual([]);
  });

  it('in the API: no type, field, argument or input field named for a NIR', () => {
    const schema = parse(readFileSync(new URL('../../gateway/schema.graphql', import.meta.url), 'utf8'));
    const names: string[] = [];
    for (const definition of schema.definitions) {
      if (!('name' in definition) || !definition.name) continue;
      names.push(definition.name.value);
      if (
        definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
        definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
        definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
      ) {
        for (const field of definition.fields ?? []) {
          names.push(`${definition.name.value}.${field.name.value}`);
          if ('arguments' in field)
            for (const arg of field.arguments ?? [])
              names.push(`${definition.name.value}.${field.name.value}(${arg.name.value})`);
        }
      }
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION)
        for (const value of definition.values ?? []) names.push(`${definition.name.value}.${value.name.value}`);
    }
    expect(names.length).toBeGreaterThan(500);
    expect(names.filter((n) => n.split(/[.()]/).some(namesNir))).toEqual([]);
  });
});

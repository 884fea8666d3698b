import { describe, expect, it } from 'vitest';
import { insertedKey, keyValues, NATURAL_KEYS, uniqueViolationOf } from './unique-violations.js';

describe('unique violations (issue 12)', () => {
  it('reads the key values of the detail, the last one taking the rest (a free text may hold ", ")', () => {
    expect(keyValues('Key (prescription_id)=(0b6c…) already exists.', 1)).toEqual(['0b6c…']);
    expect(
      keyValues(
        'Key (siae_id, published_on, lower(title))=(s1, 2026-11-23, agent de tri, polyvalent) already exists.',
        3,
      ),
    ).toEqual(['s1', '2026-11-23', 'agent de tri, polyvalent']);
    expect(keyValues('Key (a, b)=(x) already exists.', 2)).toBeNull();
    expect(keyValues('something else', 1)).toBeNull();
  });

  it('finds the 23505 under drizzle’s wrapper, from postgres.js or PGlite', () => {
    const postgresJs = {
      message: 'Failed query',
      cause: {
        code: '23505',
        constraint_name: 'approvals_prescription_unique',
        detail: 'Key (prescription_id)=(p1) already exists.',
      },
    };
    expect(uniqueViolationOf(postgresJs)).toEqual({ constraint: 'approvals_prescription_unique', values: ['p1'] });
    const pglite = {
      cause: {
        code: '23505',
        constraint: 'people_pole_emploi_unique',
        detail: 'Key (created_by_organisation_id, pole_emploi_id)=(o1, 1234567A) already exists.',
      },
    };
    expect(uniqueViolationOf(pglite)).toEqual({ constraint: 'people_pole_emploi_unique', values: ['o1', '1234567A'] });
    expect(uniqueViolationOf({ cause: { code: '23503' } })).toBeNull();
    expect(uniqueViolationOf(new Error('x'))).toBeNull();
  });

  it('has a French message for every natural key, naming the row only when given', () => {
    for (const [name, key] of Object.entries(NATURAL_KEYS)) {
      expect(key.message(null), name).toMatch(/\.$/);
      expect(key.message('X1'), name).toMatch(/ X1\)\.$/);
    }
  });
});

describe('key values of a failed INSERT (tables under row-level security: PostgreSQL leaves the detail out)', () => {
  it('maps the key columns to the statement’s parameters', () => {
    const statement = {
      query:
        'insert into "parcours"."people" ("id", "first_name", "last_name", "birth_date", "pole_emploi_id", "created_by_organisation_id") values (default, $1, $2, $3, $4, $5) returning "id"',
      params: ['Camille', 'Durand, dite Cam', '1990-04-02', null, 'org-1'],
    };
    expect(insertedKey(statement, NATURAL_KEYS['people_identity_unique']!)).toEqual([
      'org-1',
      '1990-04-02',
      'Durand, dite Cam',
      'Camille',
    ]);
    // A key column left out or null: no look-up.
    expect(insertedKey(statement, NATURAL_KEYS['people_pole_emploi_unique']!)).toBeNull();
    expect(
      insertedKey({ query: 'update x set a = $1', params: [1] }, NATURAL_KEYS['people_identity_unique']!),
    ).toBeNull();
  });

  it('writes arrays as PostgreSQL array literals', () => {
    const statement = {
      query:
        'insert into "parcours"."eligibility_diagnoses" ("id", "person_id", "prescriber_organisation_id", "criteria", "diagnosed_on") values (default, $1, $2, $3, $4)',
      params: ['p', 'o', ['A "quoted"', 'B'], '2026-11-20'],
    };
    expect(insertedKey(statement, NATURAL_KEYS['eligibility_diagnoses_natural_unique']!)).toEqual([
      'p',
      'o',
      '2026-11-20',
      '{"A \\"quoted\\"","B"}',
    ]);
  });
});

// The read audit's mechanism on a small subgraph (issue 19): the schema-derived check, the owner rule, API clients,
// one entry per subject whatever the number of fields, lists and nested selections.
import type { Principal } from '@navette/auth';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createRequire } from 'node:module';
import { parse, type execute as Execute } from 'graphql';
import { describe, expect, it } from 'vitest';
import { installReadAudit, pendingReads, personalDataProblemsOf, readAuditRows } from './read-audit.js';

// @apollo/subgraph builds its schema with graphql's CommonJS build: execute it with the same build.
const { execute } = createRequire(import.meta.url)('graphql') as { execute: typeof Execute };

const DIRECTIVES = `
directive @personalData(subject: String, owner: String, subjectType: String) on OBJECT
directive @notPersonalData on OBJECT
`;
const SDL = `${DIRECTIVES}
type Person @personalData(subject: "id", owner: "orgId") { id: ID! name: String! notes: [Note!]! }
type Note @personalData { text: String! }
type Page @notPersonalData { people: [Person!]! total: Int! }
type Query { people: Page! person(id: ID!): Person }
`;

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';
const rows = Array.from({ length: 10 }, (_, i) => ({
  id: `p${i}`,
  name: `N${i}`,
  orgId: i === 0 ? ORG_A : ORG_B,
  notes: [{ text: 'x' }],
}));
const user = (organisationId: string): Principal =>
  ({
    kind: 'user',
    userId: '00000000-0000-4000-8000-000000000001',
    organisationId,
    role: 'AGENCY',
    scopes: [],
  }) as unknown as Principal;
const apiClient = {
  kind: 'api_client',
  clientId: '00000000-0000-4000-8000-0000000000cc',
  scopes: [],
} as unknown as Principal;

function schema(sdl = SDL) {
  const built = buildSubgraphSchema([
    {
      typeDefs: parse(sdl),
      resolvers: {
        Query: {
          people: () => ({ people: rows, total: rows.length }),
          person: (_: unknown, { id }: { id: string }) => rows.find((r) => r.id === id) ?? null,
        },
      },
    },
  ]);
  installReadAudit(built);
  return built;
}

async function run(principal: Principal, query: string) {
  const context = { principal };
  const result = await execute({ schema: schema(), document: parse(query), contextValue: context });
  expect(result.errors).toBeUndefined();
  return pendingReads(context);
}

describe('the schema-derived check', () => {
  it('passes a schema whose every type is classified', () => {
    expect(personalDataProblemsOf(parse(SDL))).toEqual([]);
  });

  it('fails on a new type that is not classified, and the subgraph refuses to start with it', () => {
    const sdl = `${SDL}\ntype Appointment { at: String! }\nextend type Person { appointments: [Appointment!]! }`;
    expect(personalDataProblemsOf(parse(sdl))).toEqual([
      'Appointment: not classified (@personalData or @notPersonalData)',
    ]);
    expect(() => schema(sdl)).toThrow(/Appointment: not classified/);
  });

  it('fails on personal data without a subject reachable from a root field or a non-personal type', () => {
    const sdl = `${SDL}\nextend type Query { notes: [Note!]! }\nextend type Page { lastNote: Note }`;
    expect(personalDataProblemsOf(parse(sdl)).sort()).toEqual([
      'Page.lastNote: returns Note, personal data without a subject, from outside a @personalData type with a subject',
      'Query.notes: returns Note, personal data without a subject, from outside a @personalData type with a subject',
    ]);
  });
});

describe('what a request records', () => {
  it('one entry per subject, not per field, for a list and its nested selections; the owner’s rows left out', async () => {
    const reads = await run(user(ORG_A), '{ people { total people { id name notes { text } } } }');
    expect(reads).toHaveLength(9); // p0 belongs to ORG_A
    expect(reads.map((r) => r.subjectId)).not.toContain('p0');
    expect(reads[0]).toEqual({
      subjectType: 'Person',
      subjectId: 'p1',
      fields: ['Person.id', 'Person.name', 'Person.notes'],
    });
  });

  it('every read of an API client, its own organisation or not', async () => {
    const reads = await run(apiClient, '{ a: person(id: "p0") { name } b: person(id: "p0") { notes { text } } }');
    expect(reads).toEqual([{ subjectType: 'Person', subjectId: 'p0', fields: ['Person.name', 'Person.notes'] }]);
    const [row] = readAuditRows(apiClient, 'observatoire', 'req-1', [
      { subjectType: 'Person', subjectId: 'p0', fields: new Set(['Person.name']) },
    ]);
    expect(row).toMatchObject({
      actorKind: 'api_client',
      actorOrganisationId: null,
      client: 'observatoire',
      action: 'PERSON_READ',
      details: { fields: ['Person.name'], requestId: 'req-1' },
    });
  });

  it('nothing when no field of a person is read (a count)', async () => {
    expect(await run(user(ORG_B), '{ people { total } }')).toEqual([]);
  });
});

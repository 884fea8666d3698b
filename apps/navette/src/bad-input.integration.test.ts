// A client's mistake is a client's mistake (issue 11 items 4 and 8). Every argument of every root field of the public
// schema — and every field of its input objects — is sent a bad value of each kind its type admits, as a variable and
// as a literal, by a signed-in user of each role the field's access rule lets in (the field is derived from the
// schema, not listed here: a new argument is covered the day it is added). No answer may be an internal error, none
// may be logged as one, every refusal is in French and none echoes a long value back.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ROLE_SCOPES, type Role } from '@navette/auth';
import { DEMO_PASSWORD, demoAccounts } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import {
  CODE_IDS,
  DEFAULT_MAX_LENGTH,
  encodeCursor,
  GATEWAY_SIGNATURE_HEADER,
  MAX_LENGTH_BY_NAME,
  signGatewayRequest,
} from '@navette/subgraph-server';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedInHeaders, type GraphQLResponse, signedSubgraphGraphql } from './testing/graphql.js';
import { ok, pendingInitialRequest, RECORD_PERSON } from './testing/parcours.js';

const schema = buildSchema(readFileSync(new URL('../../gateway/schema.graphql', import.meta.url), 'utf8'));
const supergraph = parse(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'));

/** The scope groups of a root field's @requiresScopes in the supergraph (one group held in full lets in). */
function scopeGroups(typeName: string, fieldName: string): string[][] | undefined {
  for (const d of supergraph.definitions) {
    if ((d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) || d.name.value !== typeName)
      continue;
    const field = (d as ObjectTypeDefinitionNode).fields?.find((f) => f.name.value === fieldName);
    const directive = field?.directives?.find((x) => x.name.value === 'requiresScopes');
    const arg = directive?.arguments?.[0]?.value;
    if (arg?.kind === Kind.LIST) {
      return arg.values.map((group) =>
        group.kind === Kind.LIST ? group.values.map((s) => (s.kind === Kind.STRING ? s.value : '')) : [],
      );
    }
  }
  return undefined;
}

const PUBLIC_ROOT_FIELDS = new Set(['signIn', 'signInWithIdentityAssertion', 'renewSession', 'signOut']);
const ROLES = [...new Set(demoAccounts.map((a) => a.role))] as Role[];

/** The callers a root field lets in: anonymous for the sign-in ones, else each role whose scopes satisfy its rule. */
function callersOf(typeName: string, field: GraphQLField<unknown, unknown>): (Role | 'anonymous')[] {
  if (PUBLIC_ROOT_FIELDS.has(field.name)) return ['anonymous'];
  const groups = scopeGroups(typeName, field.name);
  if (!groups) return ROLES;
  return ROLES.filter((role) =>
    groups.some((group) => group.every((scope) => (ROLE_SCOPES[role] as readonly string[]).includes(scope))),
  );
}

/** A plausible value of a type, for the arguments that are not under test. */
function validValue(type: GraphQLInputType, name: string): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [validValue(t.ofType, name)];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) {
    return Object.fromEntries(
      Object.values(t.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, validValue(f.type, f.name)]),
    );
  }
  switch (t.name) {
    case 'ID':
      return name === 'id' || /Ids?$/.test(name) ? randomUUID() : 'X1';
    case 'Date':
      return '2026-12-01';
    case 'DateTime':
      return '2026-12-01T09:00:00Z';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    default:
      return 'x';
  }
}

interface BadValue {
  kind: string;
  value: unknown;
  /** The value must be refused as the client's (BAD_USER_INPUT or GRAPHQL_VALIDATION_FAILED); else only: not internal. */
  refused: boolean;
  /** An enum literal is written bare. */
  enumLiteral?: boolean;
}

const FORGED_CURSOR = encodeCursor(['2026-12-15T09:00:00.000Z', "1' or '1'='1"]);

/** The bad values a leaf of this type and name admits. */
function badValues(type: GraphQLInputType, name: string, coordinate: string): BadValue[] {
  const t = getNamedType(type);
  if (isEnumType(t)) return [{ kind: 'wrong enum', value: 'NOPE_NOT_A_VALUE', refused: true, enumLiteral: true }];
  if (!isScalarType(t)) return [];
  switch (t.name) {
    case 'Date':
      return [
        { kind: 'bad date', value: '2026-02-30', refused: true },
        { kind: 'not a date', value: 'constructor', refused: true },
      ];
    case 'Int':
      return [{ kind: 'Int overflow', value: 2 ** 40, refused: true }];
    case 'ID': {
      const uuid = (name === 'id' || /Ids?$/.test(name)) && !CODE_IDS.has(coordinate);
      return [
        { kind: 'non-UUID id', value: "1' or '1'='1", refused: true },
        { kind: 'constructor', value: 'constructor', refused: uuid },
        { kind: 'NUL', value: 'a\u0000b', refused: true },
      ];
    }
    case 'String': {
      const max = Object.hasOwn(MAX_LENGTH_BY_NAME, name) ? MAX_LENGTH_BY_NAME[name]! : DEFAULT_MAX_LENGTH;
      const values: BadValue[] = [
        { kind: 'NUL', value: 'Dupont\u0000', refused: true },
        { kind: 'control character', value: 'Dupont\u001b[2J', refused: true },
        { kind: 'constructor', value: 'constructor', refused: false },
        { kind: '% and _', value: '%_%', refused: false },
      ];
      // Longer than the gateway's body bound (1 Mio) is the body-size test's business: `dataBase64`.
      if (max < 500_000) values.push({ kind: 'over-long', value: `L${'o'.repeat(max)}ng`, refused: true });
      if (name === 'after') {
        values.push(
          { kind: 'malformed cursor', value: 'not a cursor', refused: true },
          { kind: 'forged cursor', value: FORGED_CURSOR, refused: true },
        );
      }
      return values;
    }
    default:
      return [];
  }
}

/** One argument, or one field of an input argument (the path below the argument), with the bad value there. */
interface Case {
  coordinate: string;
  field: GraphQLField<unknown, unknown>;
  operation: 'query' | 'mutation';
  argument: string;
  path: string[];
  bad: BadValue;
  literal: boolean;
}

function leavesOf(
  type: GraphQLInputType,
  name: string,
  coordinate: string,
  path: string[],
  depth: number,
): { path: string[]; bad: BadValue }[] {
  const t = getNullableType(type);
  const inner = isListType(t) ? getNullableType(t.ofType) : t;
  if (isInputObjectType(inner)) {
    if (depth > 3) return [];
    return Object.values(inner.getFields()).flatMap((f) =>
      leavesOf(f.type, f.name, `${inner.name}.${f.name}`, [...path, f.name], depth + 1),
    );
  }
  return badValues(type, name, coordinate).map((bad) => ({ path, bad }));
}

const cases: Case[] = [];
for (const [operation, root] of [
  ['query', schema.getQueryType()!],
  ['mutation', schema.getMutationType()!],
] as const) {
  for (const field of Object.values(root.getFields())) {
    for (const arg of field.args) {
      for (const leaf of leavesOf(arg.type, arg.name, `${root.name}.${field.name}.${arg.name}`, [], 0)) {
        const coordinate = `${root.name}.${field.name}(${[arg.name, ...leaf.path].join('.')})`;
        cases.push({
          coordinate,
          field,
          operation,
          argument: arg.name,
          path: leaf.path,
          bad: leaf.bad,
          literal: false,
        });
        // Literals too, for top-level arguments (nested ones go through the same check once coerced).
        if (leaf.path.length === 0)
          cases.push({ coordinate, field, operation, argument: arg.name, path: [], bad: leaf.bad, literal: true });
      }
    }
  }
}

/** The operation and variables of a case: the bad value in place, every other required argument plausible. */
function documentOf(c: Case): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of c.field.args) {
    if (arg.name !== c.argument && !isNonNullType(arg.type)) continue;
    let value = arg.name === c.argument && c.path.length === 0 ? c.bad.value : validValue(arg.type, arg.name);
    if (arg.name === c.argument && c.path.length > 0) {
      // Set the bad value at its path inside a plausible input (lists: the first item).
      const root = validValue(arg.type, arg.name);
      let holder = (Array.isArray(root) ? root[0] : root) as Record<string, unknown>;
      let type = getNamedType(arg.type);
      for (const [i, key] of c.path.entries()) {
        const fieldType = isInputObjectType(type) ? type.getFields()[key]!.type : undefined;
        if (i === c.path.length - 1) {
          holder[key] = c.bad.value;
        } else {
          const next = fieldType ? validValue(fieldType, key) : {};
          holder[key] = next;
          holder = (Array.isArray(next) ? next[0] : next) as Record<string, unknown>;
          type = getNamedType(fieldType!);
        }
      }
      value = root;
    }
    if (c.literal && arg.name === c.argument) {
      const literal = c.bad.enumLiteral ? String(value) : JSON.stringify(value);
      args.push(`${arg.name}: ${literal}`);
    } else {
      variables[arg.name] = value;
      definitions.push(`$${arg.name}: ${arg.type.toString()}`);
      args.push(`${arg.name}: $${arg.name}`);
    }
  }
  const selection = isCompositeType(getNamedType(c.field.type)) ? ' { __typename }' : '';
  const header = definitions.length ? `(${definitions.join(', ')})` : '';
  return {
    query: `${c.operation} Bad${header} { ${c.field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`,
    variables,
  };
}

/** graphql-js's English openings: none may reach a client. */
const ENGLISH =
  /^(Variable|Argument|Cannot|Expected|Value|Syntax Error|Field|Unknown|String cannot|Int cannot|ID cannot|Enum)/;

let database: TestDatabase;
let navette: RunningNavette;
const headers = new Map<Role | 'anonymous', Record<string, string>>();
const internalLogs: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    // Ad-hoc documents with users' tokens (edge-limits tests the enforcement).
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    // Hundreds of bad inputs a minute from each role: the rate limits (rate-limits.integration.test.ts tests them)
    // would answer RATE_LIMITED before the input is judged.
    rateLimits: false,
  });
  headers.set('anonymous', {});
  for (const account of demoAccounts) {
    if (!headers.has(account.role))
      headers.set(account.role, await signedInHeaders(navette.graphqlUrl, account.email, DEMO_PASSWORD));
  }
  // Everything the gateway and the subgraphs log as an internal error, while this file runs.
  const original = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (args.some((a) => typeof a === 'string' && /internal error/.test(a))) internalLogs.push(String(args[0]));
    original(...args);
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await navette?.stop();
  await database?.drop();
});

function expectClientAnswer(response: GraphQLResponse, bad: BadValue, where: string) {
  const errors = response.errors ?? [];
  expect(response.status, where).toBeLessThan(500);
  expect(
    errors.map((e) => e.extensions?.code),
    where,
  ).not.toContain('INTERNAL_SERVER_ERROR');
  for (const error of errors) {
    expect(error.message, where).not.toMatch(ENGLISH);
    expect(error.message, where).toMatch(/[a-zà-ÿ’']/i);
  }
  if (typeof bad.value === 'string' && bad.value.length > 40)
    expect(JSON.stringify(response), where).not.toContain(bad.value);
  if (bad.refused) {
    expect(errors.length, `${where}: accepted`).toBeGreaterThan(0);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'], `${where}: ${JSON.stringify(errors[0])}`).toContain(
      errors[0]!.extensions?.code,
    );
  }
}

describe('bad inputs to every argument of the public schema', () => {
  it('covers every root field that takes arguments', () => {
    const covered = new Set(cases.map((c) => c.field.name));
    const withArgs = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((t) => Object.values(t.getFields()))
      .filter((f) => f.args.length > 0);
    expect(withArgs.filter((f) => !covered.has(f.name)).map((f) => f.name)).toEqual([]);
    expect(cases.length).toBeGreaterThan(300);
  });

  const byField = new Map<string, Case[]>();
  for (const c of cases) byField.set(c.field.name, [...(byField.get(c.field.name) ?? []), c]);
  for (const [fieldName, fieldCases] of byField) {
    const kinds = [...new Set(fieldCases.map((c) => c.bad.kind))].join(', ');
    it(`${fieldName}: ${fieldCases.length} cases (${kinds})`, async () => {
      const root = fieldCases[0]!.operation === 'query' ? 'Query' : 'Mutation';
      const callers = callersOf(root, fieldCases[0]!.field);
      expect(callers.length, `nobody may call ${fieldName}`).toBeGreaterThan(0);
      for (const caller of callers) {
        for (const c of fieldCases) {
          const { query, variables } = documentOf(c);
          const response = await graphql(navette.graphqlUrl, query, variables, headers.get(caller));
          expectClientAnswer(
            response,
            c.bad,
            `${caller} ${c.coordinate} ${c.bad.kind}${c.literal ? ' (literal)' : ''}`,
          );
        }
      }
    });
  }

  it('logged nothing as an internal error', () => {
    expect(internalLogs).toEqual([]);
  });
});

describe('mistakes in the request itself', () => {
  it('a syntax error is GRAPHQL_PARSE_FAILED, HTTP 400, in French', async () => {
    const response = await graphql(
      navette.graphqlUrl,
      `{ people(first: 2 ${'x'.repeat(5_000)}`,
      {},
      headers.get('PRESCRIBER'),
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Requête GraphQL illisible/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(JSON.stringify(response)).not.toContain('x'.repeat(1_000));
  });

  it('an unknown field or argument is GRAPHQL_VALIDATION_FAILED, in French', async () => {
    const unknownField = await graphql(navette.graphqlUrl, '{ nope }', {}, headers.get('PRESCRIBER'));
    expect(unknownField.errors?.[0]).toMatchObject({
      message: "Le champ « nope » n'existe pas sur le type « Query ».",
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const unknownArgument = await graphql(
      navette.graphqlUrl,
      '{ people(nope: 1) { totalCount } }',
      {},
      headers.get('PRESCRIBER'),
    );
    expect(unknownArgument.errors?.[0]?.message).toMatch(/^L'argument « nope » n'existe pas/);
  });

  it('variables that are not an object, or missing, are the client’s mistake', async () => {
    for (const body of [
      { query: 'query($id: ID!) { person(id: $id) { id } }', variables: 'x' },
      { query: 'query($id: ID!) { person(id: $id) { id } }' },
      { query: 'query($id: ID!) { person(id: $id) { id } }', variables: { id: null } },
      { query: 42 },
      { variables: {} },
      { query: '{ viewer { email } }', surprise: true },
    ]) {
      const response = await fetch(navette.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers.get('PRESCRIBER') },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as GraphQLResponse;
      expect(response.status, JSON.stringify(body)).toBeLessThan(500);
      expect(json.errors?.[0]?.extensions?.code, JSON.stringify(json)).not.toBe('INTERNAL_SERVER_ERROR');
      expect(json.errors?.[0]?.message).not.toMatch(ENGLISH);
      expect(json.errors?.[0]?.message).not.toMatch(/^Expected|^Must|^Unexpected/);
    }
    const get = await fetch(
      `${navette.graphqlUrl}?query=${encodeURIComponent('mutation { signOut(refreshToken: "x") }')}`,
      { headers: { accept: 'application/json' } },
    );
    expect(get.status).toBe(405);
    // Refused at the edge before GraphQL reads it (http-security.ts): a form or a link cannot change anything.
    expect(((await get.json()) as GraphQLResponse).errors?.[0]?.message).toMatch(/^Une modification s’envoie en POST/);
  });

  it('`%` and `_` in a search are literal characters', async () => {
    const prescriber = headers.get('PRESCRIBER')!;
    for (const lastName of ['Taux_100%', 'TauxA100X']) {
      await ok(navette.graphqlUrl, prescriber, RECORD_PERSON, {
        input: { firstName: 'Camille', lastName, birthDate: '1990-01-01' },
      });
    }
    const search = async (term: string) =>
      (
        await ok<{ people: { edges: { node: { lastName: string } }[] } }>(
          navette.graphqlUrl,
          prescriber,
          'query($s: String) { people(first: 50, search: $s) { edges { node { lastName } } } }',
          { s: term },
        )
      ).people.edges.map((e) => e.node.lastName);
    expect(await search('_100%')).toEqual(['Taux_100%']);
    expect(await search('%')).toEqual(['Taux_100%']);
    expect((await search('Taux')).sort()).toEqual(['TauxA100X', 'Taux_100%']);
  });
});

/** Sends `total` bytes to `url` in chunks without a Content-Length (chunked), until the server answers. */
function streamBody(
  url: string,
  total: number,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...extraHeaders } },
      (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    req.write('{"query":"{ __typename }","variables":{"s":"');
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end('"}}');
    };
    pump();
  });
}

describe('request size (issue 11 item 4)', () => {
  const big = (bytes: number) =>
    JSON.stringify({
      query: 'query($s: String) { people(first: 1, search: $s) { totalCount } }',
      variables: { s: 'a'.repeat(bytes) },
    });

  it('the gateway refuses a body announced too large on its Content-Length, in French, HTTP 413', async () => {
    const response = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big(2 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'La requête est trop volumineuse (1 Mo au plus).',
          extensions: { code: 'BAD_REQUEST', reason: 'BODY_TOO_LARGE' },
        },
      ],
    });
  });

  it('the gateway refuses a chunked body while it streams, long before its end', async () => {
    const { status, body, sent } = await streamBody(navette.graphqlUrl, 64 * 1024 * 1024);
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions.reason).toBe('BODY_TOO_LARGE');
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('a body just under the bound goes through, and its over-long search is refused before it runs', async () => {
    const response = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers.get('PRESCRIBER') },
      body: big(300 * 1024),
    });
    const json = (await response.json()) as GraphQLResponse;
    expect(json.errors?.[0]).toMatchObject({
      message: 'Le champ « search » est trop long : 100 caractères au plus.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('only a caller who may file supporting documents gets the larger bound', async () => {
    const body = big(3 * 1024 * 1024);
    const anonymous = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(anonymous.status).toBe(413);
    const steering = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers.get('STEERING') },
      body,
    });
    expect(steering.status).toBe(413);
    const siae = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers.get('SIAE') },
      body,
    });
    expect(siae.status).toBeLessThan(500);
    expect(((await siae.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // the search, not the size
  });

  it('a SIAE still files supporting documents of several Mo: uploads have their own bound', async () => {
    const actors = { prescriber: headers.get('PRESCRIBER')!, siae: headers.get('SIAE')! };
    const { requestId } = await pendingInitialRequest(navette.graphqlUrl, actors);
    // A 3 Mio PNG (its signature, then padding): over the common bound of 1 Mio, within the documents' 5 Mio.
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(3 * 1024 * 1024, 7),
    ]);
    const { addApprovalRequestDocuments } = await ok(
      navette.graphqlUrl,
      actors.siae,
      'mutation($id: ID!, $documents: [DocumentUpload!]!) { addApprovalRequestDocuments(id: $id, documents: $documents) { documents { fileName size } } }',
      {
        id: requestId,
        documents: [{ fileName: 'bulletin.png', contentType: 'image/png', dataBase64: png.toString('base64') }],
      },
    );
    expect(addApprovalRequestDocuments.documents).toContainEqual({ fileName: 'bulletin.png', size: png.length });
    // The same document from a caller who may not file one is refused on its size, before anything reads it.
    const { status } = await graphql(
      navette.graphqlUrl,
      'mutation($d: [DocumentUpload!]!) { addApprovalRequestDocuments(id: "00000000-0000-4000-8000-000000000000", documents: $d) { id } }',
      { d: [{ fileName: 'a.png', contentType: 'image/png', dataBase64: png.toString('base64') }] },
      headers.get('AGENCY'),
    );
    expect(status).toBe(413);
    // A content type named after an Object property is not an accepted type.
    const constructor = await graphql(
      navette.graphqlUrl,
      'mutation($id: ID!, $d: [DocumentUpload!]!) { addApprovalRequestDocuments(id: $id, documents: $d) { id } }',
      { id: requestId, d: [{ fileName: 'a.png', contentType: 'constructor', dataBase64: 'iVBORw0KGgo=' }] },
      actors.siae,
    );
    expect(constructor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT_TYPE_NOT_ACCEPTED',
    });
  });

  it('a subgraph refuses a body over its bound with a JSON error in French, not an HTML page', async () => {
    // Signed as the gateway signs (the subgraphs answer nobody else): what the subgraph checks by itself.
    const signed = (body: string) => ({
      'content-type': 'application/json',
      [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(navette.subgraphSecret, { authorization: null, body }),
    });
    const oversized = big(2 * 1024 * 1024);
    const response = await fetch(navette.subgraphs.structures, {
      method: 'POST',
      headers: signed(oversized),
      body: oversized,
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'La requête est trop volumineuse (1 Mo au plus).',
          extensions: { code: 'BAD_REQUEST', reason: 'BODY_TOO_LARGE' },
        },
      ],
    });
    const notJson = await fetch(navette.subgraphs.structures, {
      method: 'POST',
      headers: signed('{"query": '),
      body: '{"query": ',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as GraphQLResponse).errors?.[0]?.extensions?.reason).toBe('BODY_NOT_JSON');
  });

  it('a subgraph checks inputs itself, for callers that reach it without the gateway', async () => {
    const { errors } = await signedSubgraphGraphql(
      navette.subgraphSecret,
      navette.subgraphs.parcours,
      'query($s: String) { people(first: 1, search: $s) { totalCount } }',
      { s: 'a\u0000' },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER' });
  });
});

import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientErrorOf, validationMessage } from './client-errors.js';
import { checkOperationInputs, checkStringValue, DEFAULT_MAX_LENGTH, MAX_LENGTH_BY_NAME } from './input-checks.js';

const schema = buildSchema(`
  enum Status { OPEN CLOSED }
  input PersonInput { firstName: String! comment: String tags: [String!] personId: ID criteria: [ID!] }
  type Query {
    person(id: ID!): String
    people(search: String, after: String, first: Int, status: Status): String
    indicatorTrend(id: ID!, departement: ID): String
  }
  type Mutation { recordPerson(input: PersonInput!): String }
`);
const ID = '0d4e8b7a-1c2f-4a3b-9c8d-7e6f5a4b3c2d';
const check = (query: string, variables?: Record<string, unknown>) =>
  checkOperationInputs(schema, parse(query), variables)?.extensions;

describe('input checks (issue 11 items 4 and 8)', () => {
  it('let ordinary values through: names with accents and line breaks, UUID ids, codes', () => {
    expect(check(`{ person(id: "${ID}") }`)).toBeUndefined();
    expect(check('{ indicatorTrend(id: "F5_PMSMP", departement: "2A") }')).toBeUndefined();
    expect(
      check('mutation($i: PersonInput!) { recordPerson(input: $i) }', {
        i: { firstName: 'Éloïse', comment: 'Ligne 1\nLigne 2\tfin', criteria: ['PUB_QPV'], personId: ID },
      }),
    ).toBeUndefined();
    expect(check('{ people(search: "50 % d\'_abord") }')).toBeUndefined();
  });

  it.each([
    ['a non-UUID id literal', '{ person(id: "42") }', undefined, 'INVALID_ID', 'Query.person.id'],
    [
      'a non-UUID id variable',
      'query($id: ID!) { person(id: $id) }',
      { id: 'constructor' },
      'INVALID_ID',
      'Query.person.id',
    ],
    [
      'a non-UUID id in an input',
      'mutation($i: PersonInput!) { recordPerson(input: $i) }',
      { i: { firstName: 'A', personId: "1' or '1'='1" } },
      'INVALID_ID',
      'PersonInput.personId',
    ],
    ['a code with a space', '{ indicatorTrend(id: "F5 PMSMP") }', undefined, 'INVALID_CODE', 'Query.indicatorTrend.id'],
    [
      'a NUL in a name',
      'mutation($i: PersonInput!) { recordPerson(input: $i) }',
      { i: { firstName: 'A\u0000B' } },
      'CONTROL_CHARACTER',
      'PersonInput.firstName',
    ],
    [
      'an escape character in a list item',
      'mutation { recordPerson(input: { firstName: "A", tags: ["ok", "\\u001b[31m"] }) }',
      undefined,
      'CONTROL_CHARACTER',
      'PersonInput.tags',
    ],
    [
      'a lone surrogate',
      'query($s: String) { people(search: $s) }',
      { s: 'a\uD800' },
      'CONTROL_CHARACTER',
      'Query.people.search',
    ],
    [
      'a 300 kB search',
      'query($s: String) { people(search: $s) }',
      { s: 'a'.repeat(300_000) },
      'INPUT_TOO_LONG',
      'Query.people.search',
    ],
    [
      'an over-long name literal',
      `mutation { recordPerson(input: { firstName: "${'n'.repeat(DEFAULT_MAX_LENGTH + 1)}" }) }`,
      undefined,
      'INPUT_TOO_LONG',
      'PersonInput.firstName',
    ],
    [
      'an over-long comment',
      'mutation($i: PersonInput!) { recordPerson(input: $i) }',
      { i: { firstName: 'A', comment: 'c'.repeat(MAX_LENGTH_BY_NAME['comment']! + 1) } },
      'INPUT_TOO_LONG',
      'PersonInput.comment',
    ],
  ])('refuse %s before execution, naming the field, not the value', (_what, query, variables, reason, field) => {
    const refusal = checkOperationInputs(schema, parse(query), variables);
    expect(refusal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    expect(refusal!.message.length).toBeLessThan(200);
    expect(refusal!.message).not.toMatch(/constructor|or '1'|aaaa|nnnn/);
  });

  it('count characters per kind, with a default', () => {
    const place = { name: 'lastName', coordinate: 'PersonInput.lastName' };
    expect(checkStringValue('x'.repeat(DEFAULT_MAX_LENGTH), 'String', place)).toBeUndefined();
    expect(checkStringValue('x'.repeat(DEFAULT_MAX_LENGTH + 1), 'String', place)?.message).toBe(
      'Le champ « lastName » est trop long : 1\u202f000 caractères au plus.',
    );
    // `constructor` is a field name like any other: no inherited property of a plain object is taken for a bound.
    expect(
      checkStringValue('x'.repeat(DEFAULT_MAX_LENGTH + 1), 'String', {
        name: 'constructor',
        coordinate: 'X.constructor',
      })?.extensions['reason'],
    ).toBe('INPUT_TOO_LONG');
  });

  it('let a convention’s headings through up to the use case’s own limit (10,000, structures cooperation-agreement-input.ts)', () => {
    for (const name of ['prescriptionHeading', 'referentsHeading', 'offersHeading', 'exitsHeading']) {
      const place = { name, coordinate: `CooperationAgreementInput.${name}` };
      expect(checkStringValue('x'.repeat(10_000), 'String', place), name).toBeUndefined();
      expect(checkStringValue('x'.repeat(10_001), 'String', place)?.extensions['reason'], name).toBe('INPUT_TOO_LONG');
    }
  });
});

describe('graphql-js client errors in French, without the value', () => {
  const long = 'v'.repeat(5_000);
  it.each([
    [`Syntax Error: Unexpected Name "${long}".`, 'GRAPHQL_PARSE_FAILED', /^Requête GraphQL illisible/],
    [
      `Variable "$s" got invalid value "${long}"; Value "${long}" does not exist in "Status" enum.`,
      'BAD_USER_INPUT',
      /^Valeur invalide pour la variable « \$s » : valeur inconnue pour l'énumération « Status »\.$/,
    ],
    [
      `Variable "$input" got invalid value "2026-02-30" at "input.birthDate"; Expected type "Date". Date invalide.`,
      'BAD_USER_INPUT',
      /« \$input » \(champ « input\.birthDate »\) : une valeur de type « Date » est attendue\.$/,
    ],
    [
      `Variable "$input" got invalid value { a: "\\" at \\"x\\"; " } at "input"; Field "a" is not defined by type "PersonInput".`,
      'BAD_USER_INPUT',
      /« \$input » : le champ « a » n'existe pas dans « PersonInput »\.$/,
    ],
    [
      'Variable "$id" of required type "ID!" was not provided.',
      'BAD_USER_INPUT',
      /^La variable « \$id » \(ID!\) est obligatoire\.$/,
    ],
  ])('%#', (message, code, expected) => {
    const error = clientErrorOf(new Error(message));
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(expected);
    expect(JSON.stringify(error)).not.toContain(long);
  });

  it('leave other errors to the mask', () => {
    expect(clientErrorOf(new Error('relation "x" does not exist'))).toBeUndefined();
    expect(clientErrorOf('Syntax Error: not an Error')).toBeUndefined();
  });

  it('translate validation messages', () => {
    expect(validationMessage('Cannot query field "nope" on type "Query".')).toBe(
      "Le champ « nope » n'existe pas sur le type « Query ».",
    );
    expect(validationMessage(`Value "${long}" does not exist in "Status" enum.`)).not.toContain(long);
    expect(validationMessage(`Cannot query field "${'f'.repeat(500)}" on type "Query".`).length).toBeLessThan(150);
    expect(validationMessage('Something new.')).toBe('Requête invalide au regard du schéma de l’API.');
  });
});

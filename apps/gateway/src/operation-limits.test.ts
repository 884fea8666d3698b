// Every persisted document of the portals passes the operation limits against the public schema, with the largest
// page size the API accepts wherever a `first` is a variable; the figures printed here justify the numbers of
// OPERATION_LIMITS (docs/security.md, "Operation limits").
import { readFileSync } from 'node:fs';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  buildSchema,
  getNamedType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  OPERATION_LIMITS,
  costLimitError,
  limitedParseOptions,
  operationCost,
  operationLimitRules,
} from '@navette/subgraph-server';

const root = new URL('../../../', import.meta.url);
const schema = buildSchema(readFileSync(new URL('apps/gateway/schema.graphql', root), 'utf8'));
const manifests = [
  'apps/portal-prescripteur',
  'apps/portal-siae',
  'apps/portal-agence',
  'apps/console-pilotage',
  'packages/ui',
].map((dir) => ({
  dir,
  documents: JSON.parse(readFileSync(new URL(`${dir}/src/generated/persisted-documents.json`, root), 'utf8')) as Record<
    string,
    string
  >,
}));
const documents = manifests.flatMap(({ dir, documents }) =>
  Object.entries(documents).map(([hash, text]) => ({ dir, hash, text })),
);

/** A value of the variable's type, as large as the API accepts for a page size (`first`: 100). */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  const named = getNamedType(type).name;
  if (named === 'Int') return name === 'first' ? 100 : 1;
  if (named === 'Float') return 1;
  if (named === 'Boolean') return true;
  if (named === 'Date') return '2026-01-15';
  if (named === 'DateTime') return '2026-01-15T10:00:00Z';
  return 'x';
}

function measure(text: string) {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens++;
  const document = parse(text, limitedParseOptions());
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field: (node) => void (node.alias && aliases++),
    Directive: () => void directives++,
  });
  // Depth as GraphQL Armor counts it with flattenFragments: one level per field, none per fragment.
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet.selections] as const] : [],
    ),
  );
  const fieldDepth = (selections: OperationDefinitionNode['selectionSet']['selections'], level: number): number =>
    Math.max(
      level,
      ...selections.map((s) =>
        s.kind === Kind.FIELD
          ? s.selectionSet
            ? fieldDepth(s.selectionSet.selections, level + 1)
            : level + 1
          : s.kind === Kind.INLINE_FRAGMENT
            ? fieldDepth(s.selectionSet.selections, level)
            : fieldDepth(fragments.get(s.name.value) ?? [], level),
      ),
    );
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const depth = fieldDepth(operation.selectionSet.selections, 0);
  const variables = Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value),
    ]),
  );
  return {
    document,
    variables,
    tokens,
    aliases,
    directives,
    depth,
    cost: operationCost(schema, document, variables, undefined),
  };
}

describe('operation limits over the portals’ persisted documents', () => {
  it('finds the manifests', () => {
    expect(documents.length).toBeGreaterThan(100);
  });

  it('refuses none of them, with the largest page sizes', () => {
    const maxima = { depth: 0, aliases: 0, tokens: 0, directives: 0, cost: 0 };
    const measured = documents.map((d) => ({ ...d, m: measure(d.text) }));
    for (const { m } of measured)
      for (const key of Object.keys(maxima) as (keyof typeof maxima)[]) maxima[key] = Math.max(maxima[key], m[key]);
    console.log(`largest among ${documents.length} persisted documents:`, maxima, 'limits:', OPERATION_LIMITS);
    for (const { dir, hash, m } of measured) {
      const errors = validate(schema, m.document, [...specifiedRules, ...operationLimitRules()]);
      expect(errors.map((e) => `${dir} ${hash}: ${e.message}`)).toEqual([]);
      expect(
        costLimitError(schema, m.document, m.variables, undefined),
        `${dir} ${hash} costs ${m.cost}`,
      ).toBeUndefined();
      const operation = m.document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      expect(
        getVariableValues(schema, operation.variableDefinitions ?? [], m.variables).errors ?? [],
        `${dir} ${hash}`,
      ).toEqual([]);
    }
    // Headroom for the portals' next screens, and for the subgraph queries the gateway derives from them.
    expect(maxima.depth).toBeLessThanOrEqual(OPERATION_LIMITS.depth - 3);
    expect(maxima.tokens * 2).toBeLessThanOrEqual(OPERATION_LIMITS.tokens);
    expect(maxima.cost * 2).toBeLessThanOrEqual(OPERATION_LIMITS.cost);
  });

  it('refuses a cycle a hundred levels deep, a token flood, aliases, directives and a nested list, in French', () => {
    let cyclic = 'code';
    for (let i = 0; i < 50; i++) cyclic = `employmentAreas { departement { ${cyclic} } }`;
    const deep = parse(`{ departements { ${cyclic} } }`);
    expect(
      validate(schema, deep, [...specifiedRules, ...operationLimitRules()]).map((e) => e.extensions['limit']),
    ).toContain('depth');

    expect(() => parse(`{ ${'__typename '.repeat(OPERATION_LIMITS.tokens + 1)}}`, limitedParseOptions())).toThrow(
      GraphQLError,
    );

    const aliases = parse(
      `{ ${Array.from({ length: OPERATION_LIMITS.aliases + 1 }, (_, i) => `a${i}: departements { code }`).join(' ')} }`,
    );
    const aliasErrors = validate(schema, aliases, [...specifiedRules, ...operationLimitRules()]);
    expect(aliasErrors.map((e) => [e.extensions['code'], e.extensions['limit']])).toContainEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'aliases',
    ]);
    expect(aliasErrors.find((e) => e.extensions['limit'] === 'aliases')!.message).toMatch(/trop d’alias/);

    const directives = parse(
      `{ departements { code ${'@include(if: true) '.repeat(OPERATION_LIMITS.directives + 1)} } }`,
    );
    expect(validate(schema, directives, operationLimitRules()).map((e) => e.extensions['limit'])).toContain(
      'directives',
    );

    // Within the depth limit, but 20 × 20 × 20 × 20 départements' areas.
    const nested = parse(
      '{ departements { employmentAreas { departement { employmentAreas { departement { employmentAreas { name } } } } } } }',
    );
    expect(validate(schema, nested, [...specifiedRules, ...operationLimitRules()])).toEqual([]);
    const refused = costLimitError(schema, nested, {}, undefined);
    expect(refused?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'cost',
      http: { status: 400 },
    });
    expect(refused?.message).toMatch(/^Requête refusée : elle demanderait trop de données/);
  });

  it('costs `first` as a multiplier, the default page where it is left out', () => {
    const page = (first: number) =>
      operationCost(
        schema,
        parse('query($n: Int) { jobOffers(first: $n) { edges { node { id } } } }'),
        { n: first },
        undefined,
      );
    expect(page(100)).toBeGreaterThan(page(10) * 9);
    expect(operationCost(schema, parse('{ jobOffers { edges { node { id } } } }'), {}, undefined)).toBe(page(20));
  });
});

// Every String and ID value a client sends — literal or variable, argument or input field — is checked before the
// operation runs (issue 11 items 4 and 8): a length bound per kind of value, no control characters (PostgreSQL refuses
// NUL in text; the others have no place in a name or a comment), and ids in the form the database stores them (a
// non-UUID id used to reach SQL and came back as a masked internal error). One check for every resolver of every
// subgraph, so that a client's mistake is answered as one (BAD_USER_INPUT, in French, without the value) and a
// 300 kB search is refused rather than run. The services keep their finer, field-specific rules.
import { createRequire } from 'node:module';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import * as esm from 'graphql';
import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { isUuid } from './ids.js';

// @apollo/subgraph builds the schema with graphql's CommonJS build, this module imports its ES build: graphql-js
// tells types apart with `instanceof`, so the helpers used on a schema come from the build that made it.
const cjs = createRequire(import.meta.url)('graphql') as typeof esm;
const graphqlOf = (schema: GraphQLSchema): typeof esm => (schema instanceof esm.GraphQLSchema ? esm : cjs);

/** Longest value accepted, by argument or input field name; `DEFAULT_MAX_LENGTH` otherwise. */
export const MAX_LENGTH_BY_NAME: Readonly<Record<string, number>> = {
  // Searches run as `like '%…%'`: a few words at most.
  search: 100,
  after: 2_000,
  before: 2_000,
  email: 254,
  password: 200,
  currentPassword: 200,
  newPassword: 200,
  refreshToken: 1_000,
  // An OIDC identity assertion the gateway signed (identity-assertion.ts).
  assertion: 2_000,
  fileName: 255,
  contentType: 100,
  // A supporting document: 5 Mio in base64 (domain MAX_DOCUMENT_BYTES), with room for line breaks.
  dataBase64: 7_200_000,
  // Free texts: the longest the services accept (minutes of a meeting, 50,000) bounds them all.
  agenda: 50_000,
  assessment: 50_000,
  comment: 50_000,
  description: 50_000,
  message: 50_000,
  minutes: 50_000,
  objective: 50_000,
  participants: 50_000,
  prerequisites: 50_000,
  summary: 50_000,
  text: 50_000,
  action: 50_000,
  // The headings of a convention de coopération (subgraph structures, use-cases/cooperation-agreement-input.ts: 10,000
  // each; accord, article 2 and fiches 2, 4, 5, 7).
  prescriptionHeading: 10_000,
  referentsHeading: 10_000,
  offersHeading: 10_000,
  exitsHeading: 10_000,
  // A CSV file of provided figures (issue 18 §6): the use case refuses beyond 256 Ko (domain
  // MAX_PROVIDED_CSV_CHARACTERS) with its own message; this bound stops anything much larger first.
  csv: 300_000,
};
/** Names, titles, codes and every other String: one line of a form. */
export const DEFAULT_MAX_LENGTH = 1_000;
/** ID values that are codes (criteria, reasons, departements, indicators) rather than row ids. */
export const MAX_CODE_LENGTH = 64;

/** ID arguments and fields named `id` or `…Id` hold UUIDs, except these (schema coordinates) that hold codes. */
export const CODE_IDS: ReadonlySet<string> = new Set([
  'Query.indicatorTrend.id',
  // Provided figures (issue 18 §6): an indicator of annexe 1 by its code.
  'ProvidedIndicatorFigureInput.indicatorId',
  'ProvidedFiguresFilter.indicatorId',
]);

const CODE = /^[A-Za-z0-9_.:-]+$/;
// Tab, line feed and carriage return are text; every other C0 control and DEL are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type InputRefusal = 'INPUT_TOO_LONG' | 'CONTROL_CHARACTER' | 'INVALID_ID' | 'INVALID_CODE';

/** Where a value sits: its argument or field name and the schema coordinate (`Type.field.argument` or `Input.field`). */
export interface InputPlace {
  name: string;
  coordinate: string;
}

function refuse(reason: InputRefusal, place: InputPlace, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', reason, field: place.coordinate, http: { status: 400 } },
  });
}

const isUuidId = (place: InputPlace) =>
  (place.name === 'id' || /Ids?$/.test(place.name)) && !CODE_IDS.has(place.coordinate);

/** The refusal for one String or ID value, or undefined when it is acceptable. Messages name the field, never the value. */
export function checkStringValue(value: string, scalar: 'String' | 'ID', place: InputPlace): GraphQLError | undefined {
  const label = `« ${place.name} »`;
  if (scalar === 'ID') {
    if (isUuidId(place)) {
      return isUuid(value)
        ? undefined
        : refuse('INVALID_ID', place, `Identifiant invalide pour ${label} : un identifiant Navette est attendu.`);
    }
    return value.length <= MAX_CODE_LENGTH && CODE.test(value)
      ? undefined
      : refuse('INVALID_CODE', place, `Code invalide pour ${label}.`);
  }
  const max = Object.hasOwn(MAX_LENGTH_BY_NAME, place.name) ? MAX_LENGTH_BY_NAME[place.name]! : DEFAULT_MAX_LENGTH;
  if (value.length > max) {
    return refuse(
      'INPUT_TOO_LONG',
      place,
      `Le champ ${label} est trop long : ${max.toLocaleString('fr-FR')} caractères au plus.`,
    );
  }
  if (CONTROL.test(value) || LONE_SURROGATE.test(value)) {
    return refuse(
      'CONTROL_CHARACTER',
      place,
      `Le champ ${label} contient un caractère non autorisé (caractère de contrôle).`,
    );
  }
  return undefined;
}

function checkValue(
  g: typeof esm,
  value: unknown,
  type: GraphQLInputType,
  place: InputPlace,
  depth: number,
): GraphQLError | undefined {
  if (value == null || depth > 32) return undefined;
  const nullable = g.getNullableType(type);
  if (g.isListType(nullable)) {
    // A single value stands for a list of one (input coercion).
    for (const item of Array.isArray(value) ? value : [value]) {
      const refusal = checkValue(g, item, nullable.ofType, place, depth + 1);
      if (refusal) return refusal;
    }
    return undefined;
  }
  if (g.isInputObjectType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) return undefined; // refused by coercion, in English: see client-errors
    for (const field of Object.values(nullable.getFields())) {
      if (!Object.hasOwn(value, field.name)) continue;
      const refusal = checkValue(
        g,
        (value as Record<string, unknown>)[field.name],
        field.type,
        { name: field.name, coordinate: `${nullable.name}.${field.name}` },
        depth + 1,
      );
      if (refusal) return refusal;
    }
    return undefined;
  }
  if (g.isScalarType(nullable) && (nullable.name === 'String' || nullable.name === 'ID') && typeof value === 'string') {
    return checkStringValue(value, nullable.name, place);
  }
  return undefined;
}

/**
 * Checks every String and ID argument value of `document` (literals, variables, input objects, lists), with
 * `variables` as the client sent them. Returns the first refusal, if any.
 */
export function checkOperationInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): GraphQLError | undefined {
  const g = graphqlOf(schema);
  const typeInfo = new g.TypeInfo(schema);
  let refusal: GraphQLError | undefined;
  visit(
    document,
    g.visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT]: (node) => {
        if (refusal) return false;
        const argument = typeInfo.getArgument();
        if (!argument) return false;
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        const directive = typeInfo.getDirective();
        const coordinate = directive
          ? `@${directive.name}.${argument.name}`
          : `${parent?.name ?? ''}.${field?.name ?? ''}.${argument.name}`;
        // valueFromAST takes variables as sent; it gives undefined for a value coercion will refuse anyway.
        const value =
          node.value.kind === Kind.VARIABLE
            ? variables?.[node.value.name.value]
            : g.valueFromAST(node.value, argument.type, variables ?? {});
        if (g.getNamedType(argument.type).name === '_Any') return false; // entity representations: the gateway's
        refusal = checkValue(g, value, argument.type, { name: argument.name, coordinate }, 0);
        return false;
      },
    }),
  );
  return refusal;
}

/** Runs `checkOperationInputs` once the operation is known, before it executes. */
export function inputChecksPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        // eslint-disable-next-line @typescript-eslint/require-await -- Apollo awaits all plugins' hooks together: async keeps a refusal a rejection, so the other hooks still run
        async didResolveOperation({ schema, document, request }) {
          const refusal = checkOperationInputs(schema, document, request.variables);
          if (refusal) throw refusal;
        },
      });
    },
  };
}

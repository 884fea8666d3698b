// Breaking changes of the public schema (issue 15, item 3): the schema is compared with the previous release's
// snapshot (apps/gateway/schema/public.graphql) by GraphQL Inspector's diff; a breaking change fails the tests unless
// it is declared, with a reason and a date, in apps/gateway/schema/breaking-changes.json. Deprecations carry the date
// they were announced: `@deprecated(reason: "… (depuis le AAAA-MM-JJ)")`.
import { CriticalityLevel, diff, type Change, type TypeOfChangeType } from '@graphql-inspector/core';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from 'graphql';
import { z } from 'zod';

/** One breaking change accepted on purpose: which change (GraphQL Inspector's type and path), why, and since when. */
export const BreakingChangeDeclaration = z.object({
  /** GraphQL Inspector's change type, e.g. `FIELD_REMOVED`. */
  type: z.string().min(1),
  /** The schema coordinate the change is about, e.g. `Siae.postcode`. */
  path: z.string().min(1),
  /** Why it is acceptable (in French: it is published to the API's users). */
  reason: z.string().min(10),
  /** The day it is announced, AAAA-MM-JJ. */
  date: z.iso.date(),
});
export type BreakingChangeDeclaration = z.infer<typeof BreakingChangeDeclaration>;

export const BreakingChangesFile = z.object({
  /** The release the snapshot `schema/public.graphql` was taken from. */
  release: z.string().min(1),
  declared: z.array(BreakingChangeDeclaration),
});
export type BreakingChangesFile = z.infer<typeof BreakingChangesFile>;

/** Every change from `previous` to `next` (two SDL texts), as GraphQL Inspector classifies them. */
export async function schemaChanges(previous: string, next: string): Promise<SchemaChange[]> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- diff() returns `Change<any>` (the default): each change's type is a TypeOfChangeType
  return diff(buildSchema(previous), buildSchema(next));
}

/** A change with its type known (GraphQL Inspector's `Change` types it `any` by default). */
export type SchemaChange = Change<TypeOfChangeType>;

export const isBreaking = (change: SchemaChange) => change.criticality.level === CriticalityLevel.Breaking;

/** The breaking changes among `changes` that no declaration covers (same type and path). */
export function undeclaredBreakingChanges(
  changes: readonly SchemaChange[],
  declared: readonly BreakingChangeDeclaration[],
): SchemaChange[] {
  return changes.filter(
    (change) => isBreaking(change) && !declared.some((d) => d.type === change.type && d.path === (change.path ?? '')),
  );
}

/** Declarations that match no breaking change any more (stale lines of the file). */
export function unusedDeclarations(
  changes: readonly SchemaChange[],
  declared: readonly BreakingChangeDeclaration[],
): BreakingChangeDeclaration[] {
  return declared.filter(
    (d) => !changes.some((change) => isBreaking(change) && d.type === change.type && d.path === (change.path ?? '')),
  );
}

/** `(depuis le 2026-12-02)`: the date a deprecation was announced, a real calendar day. */
const DEPRECATION_DATE = /\(depuis le (\d{4}-\d{2}-\d{2})\)/;

export function deprecationDate(reason: string): string | null {
  const match = DEPRECATION_DATE.exec(reason);
  if (!match) return null;
  return z.iso.date().safeParse(match[1]).success ? match[1]! : null;
}

/** The deprecated fields, arguments, input fields and enum values whose reason carries no date. */
export function undatedDeprecations(schema: GraphQLSchema): string[] {
  const undated: string[] = [];
  const check = (coordinate: string, reason: string | null | undefined) => {
    if (reason != null && deprecationDate(reason) === null) undated.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields())) {
        check(`${type.name}.${field.name}`, field.deprecationReason);
        for (const argument of 'args' in field ? field.args : []) {
          check(`${type.name}.${field.name}(${argument.name})`, argument.deprecationReason);
        }
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.deprecationReason);
  }
  return undated;
}

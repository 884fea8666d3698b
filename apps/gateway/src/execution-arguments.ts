// envelop types a plugin's execution arguments and parse function with `any` (it supports every graphql-js version).
// The gateway runs on graphql 16: its plugins read them through these types (`const args: ExecutionArguments =
// payload.args`), so that what they pass on is checked.
import type { DocumentNode, GraphQLSchema, ParseOptions, Source } from 'graphql';

export interface ExecutionArguments {
  schema: GraphQLSchema;
  document: DocumentNode;
  contextValue: unknown;
  variableValues?: Readonly<Record<string, unknown>> | null;
  operationName?: string | null;
}

export type ParseDocument = (source: string | Source, options?: ParseOptions) => DocumentNode;

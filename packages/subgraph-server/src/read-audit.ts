// Every read of personal data by another organisation is audited (issue 19; DESIGN §4 "every read of personal data by
// someone other than its author is audit-logged"), whatever the path: root field, list, nested selection, `_entities`
// reference, alias or fragment. The subgraph's SDL classifies each object type (`@personalData`, `@notPersonalData`);
// a field resolved on a @personalData type with a `subject` marks that subject as read in this request; at the end of
// the request one INSERT writes one PERSON_READ event per subject, before the answer leaves (no read without its
// trace: when the insert fails, the answer is replaced by SERVICE_UNAVAILABLE). docs/security.md, "Audit of reads".
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Principal } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import {
  defaultFieldResolver,
  GraphQLError,
  Kind,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { actorOf } from './audit.js';
import { currentLogger, currentRequestId, serializeError } from './logging.js';
import { SERVICE_UNAVAILABLE_MESSAGE } from './unavailable.js';

export const PERSONAL_DATA_DIRECTIVE = 'personalData';
export const NOT_PERSONAL_DATA_DIRECTIVE = 'notPersonalData';
export const PERSON_READ = 'PERSON_READ';

/** How a type is classified in the SDL. */
export type PersonalDataClass =
  /** Holds personal data about `subject` (a path in the resolved row); reads by `owner`'s organisation not audited. */
  | { kind: 'subject'; subject: string[]; owner: string[] | null; subjectType: string }
  /** Holds personal data but no subject of its own: reached only through a `subject` type's field. */
  | { kind: 'held' }
  | { kind: 'none' };

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function isObjectType(type: GraphQLNamedType): type is GraphQLObjectType {
  // Not `isObjectType`: @apollo/subgraph builds the schema with graphql's CommonJS build (see access-directives.ts).
  return Object.prototype.toString.call(type) === '[object GraphQLObjectType]';
}

/** The classification of an object type read from its SDL (definition and extensions), or undefined when none. */
export function classOf(type: GraphQLObjectType): PersonalDataClass | undefined {
  const directives = [type.astNode, ...type.extensionASTNodes].flatMap((n) => n?.directives ?? []);
  const personal = directives.find((d) => d.name.value === PERSONAL_DATA_DIRECTIVE);
  if (personal) {
    const subject = stringArgument(personal, 'subject');
    if (!subject) return { kind: 'held' };
    const owner = stringArgument(personal, 'owner');
    return {
      kind: 'subject',
      subject: subject.split('.'),
      owner: owner ? owner.split('.') : null,
      subjectType: stringArgument(personal, 'subjectType') ?? 'Person',
    };
  }
  if (directives.some((d) => d.name.value === NOT_PERSONAL_DATA_DIRECTIVE)) return { kind: 'none' };
  return undefined;
}

/** Root and federation types need no classification: they hold nothing themselves. */
function isStructural(schema: GraphQLSchema, type: GraphQLObjectType): boolean {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return type.name.startsWith('__') || type.name === '_Service' || roots.some((r) => r?.name === type.name);
}

function namedTypeOf(type: GraphQLOutputType): GraphQLNamedType {
  let current: unknown = type;
  while (current && typeof current === 'object' && 'ofType' in current && (current as { ofType?: unknown }).ofType) {
    current = current.ofType;
  }
  return current as GraphQLNamedType;
}

/**
 * The schema-derived check (issue 19): every object type is classified; a type that holds personal data without a
 * subject is reached only through a type that has one (or a mutation's own answer), never from a root query field or
 * a non-personal type, where its reads would go unaudited. Returns the problems, in English, one line each.
 */
export function personalDataProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const objectTypes = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !isStructural(schema, t));
  const classes = new Map(objectTypes.map((t) => [t.name, classOf(t)]));
  for (const type of objectTypes) {
    if (!classes.get(type.name)) problems.push(`${type.name}: not classified (@personalData or @notPersonalData)`);
  }
  const mutation = schema.getMutationType()?.name;
  for (const type of Object.values(schema.getTypeMap()).filter(isObjectType)) {
    if (type.name.startsWith('__')) continue;
    const holder = classes.get(type.name)?.kind;
    for (const field of Object.values(type.getFields())) {
      const target = namedTypeOf(field.type);
      if (classes.get(target.name)?.kind !== 'held') continue;
      if (holder === 'subject' || holder === 'held' || type.name === mutation) continue;
      problems.push(
        `${type.name}.${field.name}: returns ${target.name}, personal data without a subject, from outside a @personalData type with a subject`,
      );
    }
  }
  for (const [name, cls] of classes) {
    const type = schema.getType(name) as GraphQLObjectType;
    const isEntity = [type.astNode, ...type.extensionASTNodes].some((n) =>
      n?.directives?.some((d) => d.name.value === 'key'),
    );
    if (cls?.kind === 'held' && isEntity) problems.push(`${name}: an entity (fetched by reference) needs a subject`);
  }
  return problems;
}

/** The same check on a subgraph's SDL (its `.graphql` files, as loadTypeDefs reads them). */
export function personalDataProblemsOf(typeDefs: DocumentNode): string[] {
  return personalDataProblems(buildSubgraphSchema([{ typeDefs }]));
}

interface ReadSubject {
  subjectType: string;
  subjectId: string;
  fields: Set<string>;
}

/** What this request has read, by subject. Keyed by the request's context object. */
const readsByContext = new WeakMap<object, Map<string, ReadSubject>>();

function valueAt(source: unknown, path: readonly string[]): unknown {
  let current = source;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Whether this read is audited: API clients always; a user unless their organisation owns the row. */
function audited(principal: Principal | undefined, ownerId: unknown): boolean {
  if (!principal || principal.kind !== 'user') return true;
  return typeof ownerId !== 'string' || ownerId !== principal.organisationId;
}

/**
 * Wraps the resolvers of the fields of @personalData types with a subject: each one resolved records its subject in
 * the request's read set (a Map lookup and a Set insert; no I/O). A field whose own type records its subject (a
 * Person under an Approval) is left to it, so the owner rule applies where the data lives. Throws when the schema
 * fails personalDataProblems. Returns the classified types.
 */
export function installReadAudit(schema: GraphQLSchema): Map<string, PersonalDataClass> {
  const classes = new Map<string, PersonalDataClass>();
  let declared = false;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const cls = classOf(type);
    if (cls) classes.set(type.name, cls);
    if (cls?.kind === 'subject' || cls?.kind === 'held') declared = true;
  }
  if (!declared) return classes;
  const problems = personalDataProblems(schema);
  if (problems.length > 0) throw new Error(`Personal data not audited:\n- ${problems.join('\n- ')}`);
  for (const [name, cls] of classes) {
    if (cls.kind !== 'subject') continue;
    const type = schema.getType(name) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      if (classes.get(namedTypeOf(field.type).name)?.kind === 'subject') continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const fieldName = `${name}.${field.name}`;
      const auditedResolve: GraphQLFieldResolver<unknown, object | undefined> = (source, args, context, info) => {
        const result = resolve(source, args, context, info); // an access refusal throws: nothing read, nothing recorded
        const principal = (context as { principal?: Principal } | undefined)?.principal;
        const subjectId = valueAt(source, cls.subject);
        if (
          typeof subjectId === 'string' &&
          context &&
          audited(principal, cls.owner ? valueAt(source, cls.owner) : undefined)
        ) {
          let reads = readsByContext.get(context);
          if (!reads) readsByContext.set(context, (reads = new Map<string, ReadSubject>()));
          const key = `${cls.subjectType}:${subjectId}`;
          let read = reads.get(key);
          if (!read) reads.set(key, (read = { subjectType: cls.subjectType, subjectId, fields: new Set() }));
          read.fields.add(fieldName);
        }
        return result;
      };
      field.resolve = auditedResolve;
    }
  }
  return classes;
}

/** What the subgraph's context must offer for the reads to be written: the caller, and its database access. */
export interface ReadAuditContext {
  principal: Principal;
  data<T>(work: (tx: Database) => Promise<T>): Promise<T>;
}

/** What a request has read so far, by subject (for the tests; the plugin writes and forgets it). */
export function pendingReads(context: object): { subjectType: string; subjectId: string; fields: string[] }[] {
  return [...(readsByContext.get(context)?.values() ?? [])].map((r) => ({
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    fields: [...r.fields].sort(),
  }));
}

/** The rows one request's reads become (exported for the tests). */
export function readAuditRows(
  principal: Principal,
  client: string | null,
  requestId: string | undefined,
  reads: Iterable<ReadSubject>,
) {
  const actor = actorOf(principal);
  return [...reads].map((read) => ({
    ...actor,
    client,
    action: PERSON_READ,
    subjectType: read.subjectType,
    subjectId: read.subjectId,
    details: { fields: [...read.fields].sort(), ...(requestId ? { requestId } : {}) },
  }));
}

/**
 * Writes the request's reads in one INSERT once execution is done, before the answer is sent. The rows go through the
 * context's `data()` (the caller's identity, as the application role, which may only INSERT into the append-only
 * trail: migrations 0002 and 0004).
 */
export function readAuditPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ contextValue, response, request }) {
          const reads = readsByContext.get(contextValue);
          if (!reads || reads.size === 0) return;
          readsByContext.delete(contextValue);
          const context = contextValue as unknown as Partial<ReadAuditContext>;
          const header = request.http?.headers.get('x-navette-client');
          const rows = readAuditRows(
            context.principal ?? { kind: 'anonymous' },
            header ? header.slice(0, 100) : null,
            currentRequestId(),
            reads.values(),
          );
          try {
            if (typeof context.data !== 'function')
              throw new Error('the subgraph context has no data() to write the audit trail');
            await context.data((tx) => tx.insert(tables.auditEvents).values(rows));
          } catch (error) {
            currentLogger().error(
              { err: serializeError(error), subjects: rows.length },
              'read audit not written: answer withheld',
            );
            if (response.body.kind === 'single') {
              const refusal = new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
                extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'AUDIT_UNAVAILABLE' },
              });
              response.body.singleResult = { data: null, errors: [refusal.toJSON()] };
            }
          }
        },
      });
    },
  };
}

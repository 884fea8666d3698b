// The second line of authorisation: each subgraph enforces the schema's @authenticated and @requiresScopes itself,
// on every field of a protected type or a protected field, whatever the query's shape (root field, nested
// connection, `_entities` reference, alias or fragment). The gateway enforces the same directives first.
import type { Principal } from '@navette/auth';
import {
  defaultFieldResolver,
  GraphQLError,
  Kind,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

export interface AccessRule {
  authenticated: boolean;
  /** @requiresScopes: any one group, each group with all its scopes. */
  scopes?: string[][];
}

function scopesFrom(value: ValueNode | undefined): string[][] {
  if (!value || value.kind !== Kind.LIST) return [];
  return value.values.map((group) =>
    group.kind === Kind.LIST ? group.values.flatMap((s) => (s.kind === Kind.STRING ? [s.value] : [])) : [],
  );
}

export function ruleFromDirectives(directives: readonly ConstDirectiveNode[]): AccessRule | undefined {
  let rule: AccessRule | undefined;
  for (const directive of directives) {
    if (directive.name.value === 'authenticated') rule = { ...rule, authenticated: true };
    if (directive.name.value === 'requiresScopes') {
      const argument = directive.arguments?.find((a) => a.name.value === 'scopes');
      rule = { ...rule, authenticated: true, scopes: scopesFrom(argument?.value) };
    }
  }
  return rule;
}

/** Null when allowed, else the error to return (stable codes, French messages). */
export function checkAccess(principal: Principal | undefined, rules: AccessRule[]): GraphQLError | null {
  if (rules.length === 0) return null;
  if (!principal || principal.kind === 'anonymous') {
    return new GraphQLError('Connectez-vous pour accéder à cette information.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  for (const rule of rules) {
    if (
      rule.scopes &&
      !rule.scopes.some((group) => group.every((scope) => (principal.scopes as readonly string[]).includes(scope)))
    ) {
      return new GraphQLError('Votre rôle ne vous permet pas d’accéder à cette information.', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
  }
  return null;
}

/** Wraps the resolvers of protected types and fields; the context must carry `principal`. Returns the rules found. */
export function enforceAccessDirectives(schema: GraphQLSchema): Map<string, AccessRule[]> {
  const found = new Map<string, AccessRule[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    // Not `isObjectType`: @apollo/subgraph builds the schema with graphql's CommonJS build, this module loads the ESM
    // one, and graphql's instanceof checks refuse objects of the other realm.
    if (Object.prototype.toString.call(type) !== '[object GraphQLObjectType]' || type.name.startsWith('__')) continue;
    const objectType = type as GraphQLObjectType;
    const typeNodes = [objectType.astNode, ...objectType.extensionASTNodes].filter((n) => n != null);
    const typeRule = ruleFromDirectives(typeNodes.flatMap((n) => n.directives ?? []));
    // An entity reference (`_entities`) is checked before it is even looked up: no lookup, no audit row. @apollo/subgraph
    // keeps `__resolveReference` in the type's extensions (apollo.subgraph.resolveReference).
    type ReferenceResolver = (reference: unknown, context: unknown, info: unknown) => unknown;
    const extensions = objectType.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
    const resolveReference = extensions.apollo?.subgraph?.resolveReference;
    if (typeRule && resolveReference) {
      const guarded: ReferenceResolver = (reference, context, info) => {
        const refusal = checkAccess((context as { principal?: Principal } | undefined)?.principal, [typeRule]);
        if (refusal) throw refusal;
        return resolveReference(reference, context, info);
      };
      (objectType as { extensions: unknown }).extensions = {
        ...objectType.extensions,
        apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference: guarded } },
      };
    }
    for (const field of Object.values(objectType.getFields())) {
      const fieldRule = ruleFromDirectives(field.astNode?.directives ?? []);
      const rules = [typeRule, fieldRule].filter((r): r is AccessRule => r !== undefined);
      if (rules.length === 0) continue;
      found.set(`${objectType.name}.${field.name}`, rules);
      const resolve: GraphQLFieldResolver<unknown, { principal?: Principal } | undefined> =
        field.resolve ?? defaultFieldResolver;
      const guardedResolve: GraphQLFieldResolver<unknown, { principal?: Principal } | undefined> = (
        source,
        args,
        context,
        info,
      ) => {
        const refusal = checkAccess(context?.principal, rules);
        if (refusal) throw refusal;
        return resolve(source, args, context, info);
      };
      field.resolve = guardedResolve;
    }
  }
  return found;
}

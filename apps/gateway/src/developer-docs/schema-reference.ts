// The schema reference of the developers' documentation (/developpeurs/reference), generated at build time from the
// public schema and the supergraph (issue 15, item 2): every public type, field, argument and enum value is described
// in the subgraphs' SDL, and the build fails on a missing description (missingDescriptions).
import {
  Kind,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  getNamedType,
  parse,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { escapeHtml, page, richText } from './layout.js';

/** A public type or member of the schema (`Type`, `Type.field`, `Type.field(argument)`, `Enum.VALUE`). */
export type SchemaCoordinate = string;

function publicTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The coordinates of every public type, field, input field, argument and enum value without a description. */
export function missingDescriptions(schema: GraphQLSchema): SchemaCoordinate[] {
  const missing: SchemaCoordinate[] = [];
  const described = (text: string | null | undefined) => Boolean(text?.trim());
  for (const type of publicTypes(schema)) {
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const argument of 'args' in field ? field.args : []) {
          if (!described(argument.description)) missing.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

/** Who may read a type or a field: the scopes of the schema's `@requiresScopes` (one group suffices) or `@authenticated`. */
export interface AccessRule {
  /** Alternatives: the caller needs every scope of one group. */
  scopes: string[][];
  authenticated: boolean;
}

function accessOf(directives: readonly ConstDirectiveNode[] | undefined): AccessRule | undefined {
  let rule: AccessRule | undefined;
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') rule = { scopes: rule?.scopes ?? [], authenticated: true };
    if (directive.name.value === 'requiresScopes') {
      const argument = directive.arguments?.find((a) => a.name.value === 'scopes');
      const groups =
        argument?.value.kind === Kind.LIST
          ? argument.value.values.map((group) =>
              group.kind === Kind.LIST ? group.values.flatMap((s) => (s.kind === Kind.STRING ? [s.value] : [])) : [],
            )
          : [];
      rule = { scopes: [...(rule?.scopes ?? []), ...groups], authenticated: rule?.authenticated ?? false };
    }
  }
  return rule;
}

/** The access rules of the supergraph (`@requiresScopes`, `@authenticated`) by coordinate (`Type`, `Type.field`). */
export function accessRules(supergraphSdl: string): Map<SchemaCoordinate, AccessRule> {
  const rules = new Map<SchemaCoordinate, AccessRule>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION &&
      definition.kind !== Kind.SCALAR_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeRule = accessOf(definition.directives);
    if (typeRule) rules.set(definition.name.value, typeRule);
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      for (const field of definition.fields ?? []) {
        const fieldRule = accessOf(field.directives);
        if (fieldRule) rules.set(`${definition.name.value}.${field.name.value}`, fieldRule);
      }
    }
  }
  return rules;
}

/** The scopes an API client may hold (packages/auth, API_CLIENT_SCOPES): marked in the reference. */
export const API_CLIENT_SCOPES_DOCUMENTED = ['directory:read', 'offers:read', 'aggregates:read'] as const;

function accessText(rule: AccessRule | undefined): string {
  if (!rule) return '';
  const groups = rule.scopes.map((group) =>
    group.map((scope) => `<code class="scope">${escapeHtml(scope)}</code>`).join(' + '),
  );
  if (groups.length > 0) return `Autorisation : ${groups.join(' ou ')}`;
  return rule.authenticated ? 'Connexion requise' : '';
}

function typeLink(type: GraphQLType): string {
  const named = getNamedType(type);
  const text = escapeHtml(String(type));
  return isSpecifiedScalarType(named)
    ? `<code>${text}</code>`
    : `<a href="#${anchor(named.name)}"><code>${text}</code></a>`;
}

const anchor = (coordinate: string) => `t-${coordinate.replace(/[^A-Za-z0-9_]/g, '-')}`;

function deprecation(reason: string | null | undefined): string {
  return reason ? `<p class="deprecated">Obsolète : ${richText(reason)}</p>` : '';
}

function argumentList(args: readonly GraphQLArgument[]): string {
  if (args.length === 0) return '';
  const items = args
    .map(
      (argument) =>
        `<li><code>${escapeHtml(argument.name)}</code> : ${typeLink(argument.type)}${
          argument.defaultValue !== undefined
            ? ` (par défaut <code>${escapeHtml(JSON.stringify(argument.defaultValue))}</code>)`
            : ''
        } — ${richText(argument.description ?? '')}${deprecation(argument.deprecationReason)}</li>`,
    )
    .join('');
  return `<ul class="arguments">${items}</ul>`;
}

function fieldRows(
  typeName: string,
  fields: readonly (GraphQLField<unknown, unknown> | GraphQLInputField)[],
  rules: Map<SchemaCoordinate, AccessRule>,
): string {
  const rows = fields
    .map((field) => {
      const coordinate = `${typeName}.${field.name}`;
      const access = accessText(rules.get(coordinate));
      const args = 'args' in field ? argumentList(field.args) : '';
      return `<tr id="${anchor(coordinate)}"><th scope="row"><code>${escapeHtml(field.name)}</code></th><td>${typeLink(field.type)}</td><td>${richText(
        field.description ?? '',
      )}${access ? `<p class="access">${access}</p>` : ''}${args}${deprecation(field.deprecationReason)}</td></tr>`;
    })
    .join('\n');
  return `<table><thead><tr><th scope="col">Champ</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function kindLabel(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'type';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'énumération';
  if (isInputObjectType(type)) return 'entrée';
  return 'scalaire';
}

function typeSection(type: GraphQLNamedType, rules: Map<SchemaCoordinate, AccessRule>): string {
  const access = accessText(rules.get(type.name));
  let body = '';
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    body = fieldRows(type.name, Object.values(type.getFields()), rules);
  } else if (isEnumType(type)) {
    const rows = type
      .getValues()
      .map(
        (value) =>
          `<tr id="${anchor(`${type.name}.${value.name}`)}"><th scope="row"><code>${escapeHtml(value.name)}</code></th><td>${richText(
            value.description ?? '',
          )}${deprecation(value.deprecationReason)}</td></tr>`,
      )
      .join('\n');
    body = `<table><thead><tr><th scope="col">Valeur</th><th scope="col">Description</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
  } else if (isUnionType(type)) {
    body = `<p>Un de : ${type
      .getTypes()
      .map((member) => typeLink(member))
      .join(', ')}</p>`;
  }
  return `<section id="${anchor(type.name)}" class="type">
<h3><code>${escapeHtml(type.name)}</code> <span class="kind">${kindLabel(type)}</span></h3>
<p>${richText(type.description ?? '')}</p>${access ? `\n<p class="access">${access}</p>` : ''}
${body}
</section>`;
}

/** What each scope opens: the types and root fields that require it (from the supergraph's directives). */
function scopeTable(rules: Map<SchemaCoordinate, AccessRule>): string {
  const byScope = new Map<string, string[]>();
  for (const [coordinate, rule] of rules) {
    for (const scope of new Set(rule.scopes.flat())) {
      if (!byScope.has(scope)) byScope.set(scope, []);
      byScope.get(scope)!.push(coordinate);
    }
  }
  const apiClient = new Set<string>(API_CLIENT_SCOPES_DOCUMENTED);
  const rows = [...byScope.entries()]
    .sort(([a], [b]) => Number(apiClient.has(b)) - Number(apiClient.has(a)) || a.localeCompare(b))
    .map(([scope, coordinates]) => {
      const links = coordinates
        .sort()
        .map((coordinate) => `<a href="#${anchor(coordinate)}"><code>${escapeHtml(coordinate)}</code></a>`)
        .join(', ');
      return `<tr><th scope="row"><code class="scope">${escapeHtml(scope)}</code></th><td>${
        apiClient.has(scope) ? 'oui' : 'non'
      }</td><td>${links}</td></tr>`;
    })
    .join('\n');
  return `<table class="scopes"><thead><tr><th scope="col">Autorisation (scope)</th><th scope="col">Client d’API</th><th scope="col">Types et champs qui l’exigent</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** The reference page: scopes, then the root types, then every other type by name. */
export function renderReference(publicSdl: string, supergraphSdl: string): string {
  const schema = buildSchema(publicSdl);
  const rules = accessRules(supergraphSdl);
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is NonNullable<typeof t> => Boolean(t));
  const others = publicTypes(schema).filter((type) => !roots.includes(type as never));
  const groups: [string, GraphQLNamedType[]][] = [
    ['Types', others.filter((t) => isObjectType(t) || isInterfaceType(t) || isUnionType(t))],
    ['Entrées', others.filter(isInputObjectType)],
    ['Énumérations', others.filter(isEnumType)],
    ['Scalaires', others.filter(isScalarType)],
  ];
  const index = groups
    .map(
      ([title, types]) =>
        `<li>${title} : ${types.map((t) => `<a href="#${anchor(t.name)}"><code>${escapeHtml(t.name)}</code></a>`).join(', ')}</li>`,
    )
    .join('\n');
  const content = `<h1>Référence du schéma</h1>
<p>Générée à la construction depuis le schéma public (<code>apps/gateway/schema.graphql</code>) et les directives
<code>@requiresScopes</code> / <code>@authenticated</code> du supergraphe. Chaque type, champ, argument et valeur est
décrit dans le SDL des sous-graphes : la construction échoue sinon. Les descriptions sont celles du schéma, rédigées
en anglais avec les termes de l’accord en français.</p>
<nav class="toc" aria-label="Sommaire de la référence"><ul>
<li><a href="#autorisations">Autorisations</a></li>
${roots.map((t) => `<li><a href="#${anchor(t.name)}"><code>${t.name}</code></a></li>`).join('\n')}
${index}
</ul></nav>
<h2 id="autorisations">Autorisations (scopes) et ce qu’elles ouvrent</h2>
<p>Un client d’API ne reçoit que les autorisations marquées « oui ». Le serveur vérifie aussi, ligne par ligne, ce que
l’appelant peut voir (son organisation, son territoire) : une autorisation ouvre la porte, elle ne donne pas tout.</p>
${scopeTable(rules)}
<h2>Points d’entrée</h2>
${roots.map((type) => typeSection(type, rules)).join('\n')}
${groups.map(([title, types]) => `<h2>${title}</h2>\n${types.map((type) => typeSection(type, rules)).join('\n')}`).join('\n')}`;
  return page({ title: 'Référence du schéma', current: 'reference', content });
}

// A client's mistake is answered as one (issue 11 item 8): graphql-js reports syntax errors, unknown fields, wrong
// enum values and variables that do not fit their type in English, with the offending value printed whole (a 300 kB
// string comes back twice), and the gateway took some of them for internal errors. Here they become French messages
// naming the variable, argument or type at fault — never the value — with a stable code. Used by the subgraphs'
// error formatting and by the gateway's.
import { GraphQLError } from 'graphql';

export interface ClientError {
  message: string;
  code: 'BAD_USER_INPUT' | 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | 'BAD_REQUEST';
  /** The HTTP status the server chose for it (a GET mutation: 405), 400 otherwise. */
  status?: number;
  /** The English original, cut short, for API clients (never the whole of a value). */
  detail?: string;
}

/** Names are the schema's or the client's own (a variable name): cut so that a forged 300 kB name is not echoed. */
const name = (value: string | undefined) => {
  const v = value ?? '';
  return v.length > 60 ? `${v.slice(0, 60)}…` : v;
};
const cut = (message: string) => (message.length > 200 ? `${message.slice(0, 200)}…` : message);

/** The reason a value was refused, from the end of graphql-js's message (after any printed value). */
function reasonOf(message: string, original: unknown): string {
  // Our scalars' own French refusals (scalars.ts); duck-typed: graphql-js may come from its other build (input-checks.ts).
  const own = original as { message?: unknown; extensions?: { code?: unknown } } | undefined;
  if (own?.extensions?.code === 'BAD_USER_INPUT' && typeof own.message === 'string')
    return own.message.replace(/\.$/, '');
  const enumeration = /in "(\w+)" enum\.(?: Did you mean [^"]*(?:"\w+"[^"]*)*)?$/.exec(message);
  if (enumeration) return `valeur inconnue pour l'énumération « ${name(enumeration[1])} »`;
  const expected =
    /Expected type "([\w[\]!]+)"\.?[^"]*$/.exec(message) ?? /Expected value of type "([\w[\]!]+)"/.exec(message);
  if (expected) return `une valeur de type « ${name(expected[1])} » est attendue`;
  const cannot = /^(\w+) cannot represent/.exec(message.split('; ').at(-1) ?? '');
  if (cannot) return `une valeur de type « ${name(cannot[1])} » est attendue`;
  const notDefined = /Field "(\w+)" is not defined by type "(\w+)"\.?[^"]*$/.exec(message);
  if (notDefined) return `le champ « ${name(notDefined[1])} » n'existe pas dans « ${name(notDefined[2])} »`;
  const missing = /Field "(\w+)" of required type "([\w[\]!]+)" was not provided\.$/.exec(message);
  if (missing) return `le champ « ${name(missing[1])} » est obligatoire`;
  return 'valeur invalide';
}

/**
 * The French client error for `error` when it is one of graphql-js's (or the HTTP layer's) client errors, undefined
 * otherwise (then the caller decides: pass a public code through, or mask).
 */
export function clientErrorOf(error: unknown): ClientError | undefined {
  if (!(error instanceof Error)) return undefined;
  // An operation limit's refusal is already in French and says what was exceeded (operation-limits.ts).
  if ((error as GraphQLError).extensions?.['limit'] !== undefined) return undefined;
  const message = error.message;
  const original = (error as GraphQLError).originalError;
  if (message.startsWith('Syntax Error:')) {
    return {
      code: 'GRAPHQL_PARSE_FAILED',
      message: 'Requête GraphQL illisible : erreur de syntaxe.',
      detail: cut(message),
    };
  }
  let m = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (m) {
    // The path is printed after the value, with unescaped quotes: a JSON-printed value cannot forge it.
    const at = [...message.matchAll(/ at "([\w.[\]]+)"; /g)].at(-1)?.[1];
    const where = at && at !== m[1] ? ` (champ « ${name(at)} »)` : '';
    return {
      code: 'BAD_USER_INPUT',
      message: `Valeur invalide pour la variable « $${name(m[1])} »${where} : ${reasonOf(message, original)}.`,
    };
  }
  m = /^Variable "\$(\w+)" of (?:required|non-null) type "([\w[\]!]+)" (?:was not provided|must not be null)\.$/.exec(
    message,
  );
  if (m) return { code: 'BAD_USER_INPUT', message: `La variable « $${name(m[1])} » (${name(m[2])}) est obligatoire.` };
  m =
    /^Argument "(\w+)" (?:of required type "[\w[\]!]+" was not provided|of non-null type "[\w[\]!]+" must not be null|has invalid value|of type "[\w[\]!]+" was provided the variable)/.exec(
      message,
    );
  if (m) return { code: 'BAD_USER_INPUT', message: `Valeur invalide ou manquante pour l'argument « ${name(m[1])} ».` };
  // The HTTP layer's refusals of the request's shape (GraphQL over HTTP: Yoga at the gateway, Apollo in subgraphs).
  // Errors that already carry a code (an expired token: UNAUTHENTICATED) are someone's answer already: left alone;
  // Yoga marks its refusals of the request's shape BAD_REQUEST, in English.
  const extensions = (error as { extensions?: { http?: { status?: unknown }; code?: unknown } }).extensions;
  if (extensions?.code !== undefined && extensions.code !== 'BAD_REQUEST') return undefined;
  const http = extensions?.http;
  const status = typeof http?.status === 'number' && http.status >= 400 && http.status < 500 ? http.status : undefined;
  if (/variables/i.test(message) && /object/i.test(message)) {
    return { code: 'BAD_REQUEST', message: 'Les variables de la requête doivent être un objet JSON.', status };
  }
  if (status !== undefined && !original) {
    m = /^Expected "(\w+)" param/.exec(message) ?? /^Unexpected parameter "(\w+)"/.exec(message);
    if (m)
      return { code: 'BAD_REQUEST', message: `Paramètre « ${name(m[1])} » de la requête invalide ou inconnu.`, status };
    if (/^Must provide query string/.test(message))
      return { code: 'BAD_REQUEST', message: 'La requête ne contient pas de document GraphQL (« query »).', status };
    if (/^Can only perform a mutation operation from a POST request/.test(message)) {
      return { code: 'BAD_REQUEST', message: 'Une mutation ne peut être envoyée que par une requête POST.', status };
    }
    if (/JSON/.test(message))
      return { code: 'BAD_REQUEST', message: 'Le corps de la requête n’est pas du JSON valide.', status };
    return { code: 'BAD_REQUEST', message: 'Requête invalide.', detail: cut(message), status };
  }
  return undefined;
}

/** French text for a validation error (GRAPHQL_VALIDATION_FAILED) of graphql-js; the English one, cut, goes in `detail`. */
export function validationMessage(message: string): string {
  let m = /^Cannot query field "(\w+)" on type "(\w+)"/.exec(message);
  if (m) return `Le champ « ${name(m[1])} » n'existe pas sur le type « ${name(m[2])} ».`;
  m = /^Unknown argument "(\w+)" on (?:field|directive) "([\w.@]+)"/.exec(message);
  if (m) return `L'argument « ${name(m[1])} » n'existe pas pour « ${name(m[2])} ».`;
  m = /^Field "([\w.]+)" argument "(\w+)" of type "[\w[\]!]+" is required/.exec(message);
  if (m) return `L'argument « ${name(m[2])} » est obligatoire pour « ${name(m[1])} ».`;
  m = /^Unknown type "(\w+)"/.exec(message);
  if (m) return `Le type « ${name(m[1])} » n'existe pas.`;
  if (
    / enum\.(?: Did you mean|$)|^Expected value of type|cannot represent|^Enum "\w+" cannot represent/.test(message)
  ) {
    return `Valeur invalide dans la requête : ${reasonOf(message, undefined)}.`;
  }
  m = /^Variable "\$(\w+)"/.exec(message);
  if (m) return `Variable « $${name(m[1])} » mal déclarée ou mal utilisée.`;
  return 'Requête invalide au regard du schéma de l’API.';
}

/** A validation error in French (no English detail: graphql-js prints the offending literal in it). */
export function frenchValidationError(error: GraphQLError): GraphQLError {
  // An operation limit's refusal is already in French and says what was exceeded (operation-limits.ts).
  if (error.extensions?.['limit'] !== undefined) return error;
  return new GraphQLError(validationMessage(error.message), {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

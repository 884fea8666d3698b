import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLError } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError('Date invalide : le format attendu est AAAA-MM-JJ.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new GraphQLError("Date invalide : ce jour n'existe pas dans le calendrier.", {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** `Date` = a calendar date `YYYY-MM-DD`, no time zone (STYLE, practice 6). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`, no time zone.',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date invalide : le format attendu est AAAA-MM-JJ.', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseDate(ast.value);
  },
});

/** `DateTime` = an instant, ISO 8601 with offset (STYLE, practice 6). */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset.',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Horodatage invalide.');
    return date.toISOString();
  },
  parseValue: (value) => {
    const date = new Date(String(value));
    if (typeof value !== 'string' || Number.isNaN(date.getTime())) {
      throw new GraphQLError('Horodatage invalide : format ISO 8601 attendu.', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return date.toISOString();
  },
});

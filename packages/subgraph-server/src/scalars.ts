import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLError } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError('Date invalide : le format attendu est AAAA-MM-JJ.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new GraphQLError(`Date invalide : ${value} n'existe pas.`, { extensions: { code: 'BAD_USER_INPUT' } });
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
      throw new GraphQLError('Date invalide : le format attendu est AAAA-MM-JJ.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDate(ast.value);
  },
});

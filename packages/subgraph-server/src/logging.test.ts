import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  createLogger,
  requestIdFrom,
  scrubAttributes,
  scrubText,
  serializeError,
  withRequestId,
  currentLogger,
  currentApiClientId,
  setCurrentApiClientId,
} from './logging.js';

/** A postgres.js error as the driver builds it (fields copied from the server's ErrorResponse). */
function postgresError(fields: Record<string, string>): Error {
  const error = new Error(fields['message']);
  error.name = 'PostgresError';
  Object.assign(
    error,
    { severity: 'ERROR', parameters: ['Zéphyrine', '1987-04-23'], query: "insert … values ('Zéphyrine')" },
    fields,
  );
  return error;
}

describe('logs without personal data', () => {
  it('keeps the SQLSTATE and names of a constraint violation, drops its detail, parameters and query', () => {
    const cause = postgresError({
      message: 'duplicate key value violates unique constraint "people_email"',
      code: '23505',
      detail: 'Key (email)=(zephyrine@exemple.fr) already exists.',
      constraint_name: 'people_email',
      table_name: 'people',
    });
    const drizzle = Object.assign(
      new Error('Failed query: insert into "people" values ($1, $2)\nparams: Zéphyrine,1987-04-23'),
      { cause },
    );
    const text = JSON.stringify(serializeError(drizzle));
    expect(text).toContain('23505');
    expect(text).toContain('people_email');
    expect(text).not.toMatch(/Zéphyrine|1987|zephyrine|exemple/);
  });

  it('withholds the message of a data exception (it quotes the value)', () => {
    const text = JSON.stringify(
      serializeError(postgresError({ message: 'invalid input syntax for type date: "1987-02-30"', code: '22007' })),
    );
    expect(text).toContain('22007');
    expect(text).not.toContain('1987');
  });

  it('scrubs quoted values, e-mails, dates and phone numbers from other messages', () => {
    expect(
      scrubText(
        'Variable "$input" got invalid value "Jean" at x; call 06 71 42 93 58 or jean@exemple.fr, born 1987-04-23',
      ),
    ).toBe('Variable "…" got invalid value "…" at x; call [number] or [email], born [date]');
    expect(scrubText('connect ECONNREFUSED 127.0.0.1:4002')).toBe('connect ECONNREFUSED 127.0.0.1:4002');
    expect(
      JSON.stringify(serializeError(new GraphQLError('boom', { originalError: new Error('no "Jean" here') }))),
    ).not.toContain('Jean');
    expect(scrubAttributes({ variables: { a: 1 }, nested: { body: 'x', id: 'p-1' } })).toEqual({
      variables: '[withheld]',
      nested: { body: '[withheld]', id: 'p-1' },
    });
  });

  it('writes JSON lines with the request id, once serialised (no double serialisation)', () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('test', sink);
    withRequestId('req-1', () =>
      currentLogger(logger).error({ err: serializeError(new TypeError('x is undefined')) }, 'internal error'),
    );
    const line = JSON.parse(chunks.join('')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(line).toMatchObject({
      level: 'error',
      service: 'test',
      requestId: 'req-1',
      msg: 'internal error',
      err: { type: 'TypeError', message: 'x is undefined' },
    });
    expect(requestIdFrom('abc-123')).toBe('abc-123');
    expect(requestIdFrom('bad id\nwith "quotes"')).not.toContain(' ');
  });

  it('names the API client in every later line of its request, and nowhere else (issue 15 §1)', async () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('test', sink);
    const clientId = '0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6f70';
    await withRequestId('req-client', async () => {
      currentLogger(logger).info('before authentication');
      expect(currentApiClientId()).toBeUndefined();
      setCurrentApiClientId(clientId);
      await Promise.resolve();
      expect(currentApiClientId()).toBe(clientId);
      currentLogger(logger).warn('after authentication');
    });
    withRequestId('req-user', () => currentLogger(logger).info('a user request'));
    expect(currentApiClientId()).toBeUndefined();
    setCurrentApiClientId(clientId); // outside a request: nothing to mark
    expect(currentApiClientId()).toBeUndefined();
    const lines = chunks.map((c) => JSON.parse(c) as Record<string, unknown>);
    expect(lines.map((l) => [l['requestId'], l['apiClientId']])).toEqual([
      ['req-client', undefined],
      ['req-client', clientId],
      ['req-user', undefined],
    ]);
  });
});

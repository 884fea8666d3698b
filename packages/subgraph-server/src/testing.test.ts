// The race tests' retry (testing.ts): what a user does on SERVICE_UNAVAILABLE, and nothing else.
import { DatabaseUnavailableError } from '@navette/db';
import { describe, expect, it } from 'vitest';
import { retriedWhileUnavailable } from './testing.js';

describe('retriedWhileUnavailable', () => {
  it('sends the work again while the database could not serve it, then returns its answer', async () => {
    let calls = 0;
    const answer = await retriedWhileUnavailable(() => {
      calls++;
      if (calls === 1)
        return Promise.reject(new DatabaseUnavailableError('QUEUE_TIMEOUT', 'no database connection within 3000 ms'));
      if (calls === 2) return Promise.reject(Object.assign(new Error('lock'), { cause: { code: '55P03' } }));
      return Promise.resolve('one row');
    });
    expect(answer).toBe('one row');
    expect(calls).toBe(3);
  });

  it('never retries a refusal, a conflict or a bug', async () => {
    let calls = 0;
    const bug = new TypeError('boom');
    await expect(
      retriedWhileUnavailable(() => {
        calls++;
        return Promise.reject(bug);
      }),
    ).rejects.toBe(bug);
    expect(calls).toBe(1);
  });

  it('gives up after its attempts with the last unavailability', async () => {
    let calls = 0;
    await expect(
      retriedWhileUnavailable(() => {
        calls++;
        return Promise.reject(new DatabaseUnavailableError('QUEUE_FULL', 'database pool queue full'));
      }, 3),
    ).rejects.toMatchObject({ reason: 'QUEUE_FULL' });
    expect(calls).toBe(3);
  });
});

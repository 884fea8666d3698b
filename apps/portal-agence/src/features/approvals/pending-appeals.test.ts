import { describe, expect, it } from 'vitest';
import { pageOf, pendingAppeals } from './pending-appeals.ts';

const request = (id: string, status: string, appeal: { status: string; filedOn: string } | null) => ({
  id,
  status,
  appeal,
});

describe('pendingAppeals', () => {
  it('keeps refused requests whose appeal waits for an answer, oldest appeal first', () => {
    const result = pendingAppeals([
      request('no-appeal', 'REFUSED', null),
      request('late', 'REFUSED', { status: 'PENDING', filedOn: '2026-03-10' }),
      request('dismissed', 'REFUSED', { status: 'DISMISSED', filedOn: '2026-03-01' }),
      request('upheld', 'GRANTED', { status: 'UPHELD', filedOn: '2026-03-01' }),
      request('early', 'REFUSED', { status: 'PENDING', filedOn: '2026-03-02' }),
    ]);
    expect(result.map((r) => r.id)).toEqual(['early', 'late']);
  });
});

describe('pageOf', () => {
  it('cuts a list in pages', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 1, 20)).toHaveLength(20);
    expect(pageOf(items, 3, 20)).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(items, 4, 20)).toEqual([]);
  });
});

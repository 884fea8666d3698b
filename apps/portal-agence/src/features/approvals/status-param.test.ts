import { describe, expect, it } from 'vitest';
import { DECIDED_STATUSES, REQUEST_STATUSES } from './labels.ts';
import { statusFromSearchParams, statusToSearchParams } from './status-param.ts';

const inbox = { allowed: REQUEST_STATUSES, fallback: 'PENDING', allowAll: true } as const;
const history = { allowed: DECIDED_STATUSES, fallback: 'GRANTED', allowAll: false } as const;
const params = (query: string) => new URLSearchParams(query);

describe('status filter in the URL', () => {
  it('shows pending requests in the inbox by default', () => {
    expect(statusFromSearchParams(params(''), inbox)).toBe('PENDING');
    expect(statusToSearchParams('PENDING', inbox).toString()).toBe('');
  });

  it('reads and writes another status, and every status', () => {
    expect(statusFromSearchParams(params('statut=refused'), inbox)).toBe('REFUSED');
    expect(statusFromSearchParams(params('statut=toutes'), inbox)).toBeNull();
    expect(statusToSearchParams(null, inbox).toString()).toBe('statut=toutes');
    expect(statusToSearchParams('TACITLY_GRANTED', inbox).toString()).toBe('statut=TACITLY_GRANTED');
  });

  it('falls back to the default for a status the list does not offer', () => {
    expect(statusFromSearchParams(params('statut=PENDING'), history)).toBe('GRANTED');
    expect(statusFromSearchParams(params('statut=toutes'), history)).toBe('GRANTED');
    expect(statusFromSearchParams(params('statut=n%27importe'), inbox)).toBe('PENDING');
  });

  it('round-trips every status', () => {
    for (const status of REQUEST_STATUSES)
      expect(statusFromSearchParams(statusToSearchParams(status, inbox), inbox)).toBe(status);
  });
});

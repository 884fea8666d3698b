import { describe, expect, it } from 'vitest';
import { dayInFrance, formatDateTime, formatShortDate } from './dates.ts';

describe('formatShortDate', () => {
  it('writes a date the French way, whatever the time zone', () => {
    expect(formatShortDate('2026-03-05')).toBe('05/03/2026');
    expect(formatShortDate('2026-12-31')).toBe('31/12/2026');
  });

  it('leaves anything else as it is', () => {
    expect(formatShortDate('bientôt')).toBe('bientôt');
  });
});

describe('formatDateTime', () => {
  it('shows the time in France (summer and winter time)', () => {
    expect(formatDateTime('2026-07-01T08:30:00Z')).toBe('01/07/2026 10:30');
    expect(formatDateTime('2026-01-15T08:30:00+00:00')).toBe('15/01/2026 09:30');
  });
});

describe('dayInFrance', () => {
  it('is the French calendar day of an instant', () => {
    expect(dayInFrance('2026-03-05T23:30:00Z')).toBe('2026-03-06');
    expect(dayInFrance('2026-03-05T10:00:00+01:00')).toBe('2026-03-05');
  });
});

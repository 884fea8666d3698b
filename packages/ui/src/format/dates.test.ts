import { describe, expect, it } from 'vitest';
import { formatLongDate, todayInFrance } from './dates.ts';

describe('dates', () => {
  it('formats an ISO date in French', () => {
    expect(formatLongDate('2026-11-30')).toBe('lundi 30 novembre 2026');
    expect(formatLongDate('2026-01-01')).toBe('jeudi 1 janvier 2026');
  });

  it('leaves an unexpected value as it is', () => {
    expect(formatLongDate('bientôt')).toBe('bientôt');
  });

  it("gives today's date in France, not in UTC", () => {
    // 23:30 UTC on 23 November is already 24 November in Paris (UTC+1 in winter).
    expect(todayInFrance(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(todayInFrance(new Date('2026-11-23T10:00:00Z'))).toBe('2026-11-23');
  });
});

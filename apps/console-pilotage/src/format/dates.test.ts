import { describe, expect, it } from 'vitest';
import { formatShortDate } from './dates.ts';

describe('formatShortDate', () => {
  it('writes a date the French way', () => {
    expect(formatShortDate('2026-03-05')).toBe('05/03/2026');
    expect(formatShortDate('bientôt')).toBe('bientôt');
  });
});

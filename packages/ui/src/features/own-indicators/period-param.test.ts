import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodFromSearchParams, periodToSearchParams, validatePeriod } from './period-param.ts';

const today = '2026-11-23';

describe('the period of "Mes indicateurs"', () => {
  it('is the current year up to today by default', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2026-01-01', to: today });
    expect(periodFromSearchParams(new URLSearchParams(), today)).toEqual({ from: '2026-01-01', to: today });
    expect(periodToSearchParams(defaultPeriod(today), today).toString()).toBe('');
  });

  it('reads and writes another period in the URL', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const params = periodToSearchParams(period, today);
    expect(params.toString()).toBe('du=2025-01-01&au=2025-12-31');
    expect(periodFromSearchParams(params, today)).toEqual(period);
  });

  it('falls back to the current year for a period the filter would refuse', () => {
    for (const query of ['du=2026-13-01', 'du=2026-06-01&au=2026-05-31', 'du=2027-01-01&au=2027-02-01']) {
      expect(periodFromSearchParams(new URLSearchParams(query), today)).toEqual(defaultPeriod(today));
    }
  });

  it('says in French what is wrong with a typed period', () => {
    expect(validatePeriod({ from: '', to: '' }, today)).toEqual({
      from: 'Indiquez le début de la période, au format jj/mm/aaaa.',
      to: 'Indiquez la fin de la période, au format jj/mm/aaaa.',
    });
    expect(validatePeriod({ from: '2026-06-01', to: '2026-05-31' }, today)).toEqual({
      to: 'La fin de la période ne peut pas précéder son début.',
    });
    expect(validatePeriod({ from: '2026-12-01', to: '2026-12-31' }, today)).toEqual({
      from: 'Le début de la période ne peut pas être dans le futur.',
    });
    // The end may be later than today: the API counts up to today.
    expect(validatePeriod({ from: '2026-01-01', to: '2026-12-31' }, today)).toEqual({});
  });
});

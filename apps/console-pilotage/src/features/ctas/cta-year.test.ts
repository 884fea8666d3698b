import { describe, expect, it } from 'vitest';
import { ctaAnchor, ctaFollowUp, joinLabels, participantLines, quarterState, type CtaYearData } from './cta-year.ts';

const quarter = (n: number, meetings: number, over: boolean) => ({
  quarter: n,
  label: `T${n} 2026`,
  from: `2026-${String(n * 3 - 2).padStart(2, '0')}-01`,
  meetings,
  over,
});

const year = (overrides: Partial<CtaYearData>): CtaYearData => ({
  missingQuarters: [],
  yearEndMeetingWithSiaeHeads: false,
  compliant: false,
  quarters: [quarter(1, 1, true), quarter(2, 1, true), quarter(3, 1, true), quarter(4, 0, false)],
  ...overrides,
});

describe('quarterState', () => {
  it('tells a quarter missed from one running or to come', () => {
    expect(quarterState(quarter(1, 2, true), '2026-05-01')).toBe('met');
    expect(quarterState(quarter(1, 0, true), '2026-05-01')).toBe('missed');
    expect(quarterState(quarter(2, 0, false), '2026-05-01')).toBe('running');
    expect(quarterState(quarter(3, 0, false), '2026-05-01')).toBe('upcoming');
  });
});

describe('ctaFollowUp', () => {
  it('is compliant when the API says so', () => {
    const followUp = ctaFollowUp(year({ compliant: true, yearEndMeetingWithSiaeHeads: true }));
    expect(followUp).toEqual({ missed: [], pending: [], yearEnd: 'held', status: 'compliant' });
  });

  it('separates the quarters already missed from those still to come', () => {
    const followUp = ctaFollowUp(
      year({
        missingQuarters: [2, 4],
        quarters: [quarter(1, 1, true), quarter(2, 0, true), quarter(3, 1, true), quarter(4, 0, false)],
      }),
    );
    expect(followUp).toEqual({ missed: ['T2 2026'], pending: ['T4 2026'], yearEnd: 'pending', status: 'notCompliant' });
  });

  it('is to watch while nothing is late yet, and not compliant once the year-end meeting is missed', () => {
    expect(ctaFollowUp(year({ missingQuarters: [4] })).status).toBe('toWatch');
    const over = year({
      quarters: [quarter(1, 1, true), quarter(2, 1, true), quarter(3, 1, true), quarter(4, 1, true)],
    });
    expect(ctaFollowUp(over)).toMatchObject({ yearEnd: 'missed', status: 'notCompliant' });
  });
});

describe('joinLabels', () => {
  it('joins French-style', () => {
    expect(joinLabels([])).toBe('');
    expect(joinLabels(['T1 2026'])).toBe('T1 2026');
    expect(joinLabels(['T1 2026', 'T2 2026', 'T3 2026'])).toBe('T1 2026, T2 2026 et T3 2026');
  });
});

describe('participantLines', () => {
  it('reads one participant per line, blank lines left out', () => {
    expect(participantLines('Pôle emploi Besançon\r\n\n  DDETS Doubs \n')).toEqual([
      'Pôle emploi Besançon',
      'DDETS Doubs',
    ]);
  });
});

describe('ctaAnchor', () => {
  it('makes an id from the employment area code', () => {
    expect(ctaAnchor('25-BES')).toBe('cta-25-bes');
  });
});

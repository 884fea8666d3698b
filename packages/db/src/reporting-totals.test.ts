// How a period is read from the live totals (migrations 0012-0014): whole months from the month totals, the days before and
// after them from the day totals; every day of the period exactly once.
// The checks walk thousands of days: they step with plain UTC dates and compare ISO strings (which sort as dates),
// and gather what is wrong before one assertion, so that they stay quick on a loaded machine.
import { describe, expect, it } from 'vitest';
import { splitByMonths, totalsPlan, type TotalsBlock } from './reporting-totals.js';

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function daysOf(parts: ReturnType<typeof splitByMonths>): string[] {
  return [...(parts.months ? [parts.months] : []), ...parts.days].flatMap((p) => eachDay(p.from, p.to)).sort();
}

describe('splitByMonths', () => {
  it('reads a calendar year to date as its whole months and the days of the current one', () => {
    expect(splitByMonths({ from: '2026-01-01', to: '2026-11-16' })).toEqual({
      months: { from: '2026-01-01', to: '2026-10-31' },
      days: [{ from: '2026-11-01', to: '2026-11-16' }],
    });
  });

  it('reads a whole quarter from its months only, and a few days from the days only', () => {
    expect(splitByMonths({ from: '2026-04-01', to: '2026-06-30' })).toEqual({
      months: { from: '2026-04-01', to: '2026-06-30' },
      days: [],
    });
    expect(splitByMonths({ from: '2026-11-05', to: '2026-11-16' })).toEqual({
      months: null,
      days: [{ from: '2026-11-05', to: '2026-11-16' }],
    });
    expect(splitByMonths({ from: '2026-02-01', to: '2026-02-27' })).toEqual({
      months: null,
      days: [{ from: '2026-02-01', to: '2026-02-27' }],
    });
    expect(splitByMonths({ from: '2024-02-29', to: '2024-02-29' })).toEqual({
      months: null,
      days: [{ from: '2024-02-29', to: '2024-02-29' }],
    });
  });

  it('covers every day of any period exactly once', () => {
    const starts = ['2025-12-31', '2026-01-01', '2026-01-15', '2026-02-28', '2024-02-29', '2026-03-01'];
    const lengths = [0, 1, 27, 28, 30, 31, 45, 59, 60, 365, 400];
    const wrong: string[] = [];
    for (const from of starts) {
      for (const length of lengths) {
        const to = addDays(from, length);
        if (daysOf(splitByMonths({ from, to })).join() !== eachDay(from, to).join()) wrong.push(`${from}..${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** How many times each day counts in a plan (added minus taken away), by day. */
function coverage(blocks: readonly TotalsBlock[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks) {
    for (const d of eachDay(b.from, b.to)) out.set(d, (out.get(d) ?? 0) + b.sign);
  }
  return out;
}

describe('totalsPlan', () => {
  it('reads the current year as one year row less the days after today, and a current quarter as its months less them', () => {
    expect(totalsPlan({ from: '2026-01-01', to: '2026-11-16' }, '2026-11-16')).toEqual([
      { level: 'day', from: '2026-11-17', to: '2026-12-31', sign: -1 },
      { level: 'year', from: '2026-01-01', to: '2026-12-31', sign: 1 },
    ]);
    expect(totalsPlan({ from: '2026-10-01', to: '2026-11-16' }, '2026-11-16')).toEqual([
      { level: 'day', from: '2026-11-17', to: '2026-11-30', sign: -1 },
      { level: 'month', from: '2026-10-01', to: '2026-11-30', sign: 1 },
    ]);
  });

  it('reads a past period as whole years, whole months and days, without taking anything away', () => {
    expect(totalsPlan({ from: '2024-03-15', to: '2026-02-10' }, '2026-11-16')).toEqual([
      { level: 'year', from: '2025-01-01', to: '2025-12-31', sign: 1 },
      { level: 'month', from: '2024-04-01', to: '2024-12-31', sign: 1 },
      { level: 'day', from: '2024-03-15', to: '2024-03-31', sign: 1 },
      { level: 'month', from: '2026-01-01', to: '2026-01-31', sign: 1 },
      { level: 'day', from: '2026-02-01', to: '2026-02-10', sign: 1 },
    ]);
  });

  it('reads a period without bounds as the years of its totals, and one after today without taking anything away', () => {
    expect(totalsPlan({ from: '0001-01-01', to: '9999-12-31' }, '2026-11-16')).toEqual([
      { level: 'year', from: '0001-01-01', to: '9999-12-31', sign: 1 },
    ]);
    expect(totalsPlan({ from: '2026-11-23', to: '2027-12-31' }, '2026-11-23')).toEqual([
      { level: 'year', from: '2027-01-01', to: '2027-12-31', sign: 1 },
      { level: 'month', from: '2026-12-01', to: '2026-12-31', sign: 1 },
      { level: 'day', from: '2026-11-23', to: '2026-11-30', sign: 1 },
    ]);
  });

  it('counts every day of any period exactly once, and no other day, whether it ends before today or after', () => {
    const today = '2026-11-16';
    const wrong: string[] = [];
    for (const from of ['2021-01-01', '2024-02-29', '2025-12-31', '2026-01-01', '2026-11-01', '2026-11-10']) {
      for (const length of [0, 1, 30, 59, 200, 365, 800, 2100]) {
        const to = addDays(from, length);
        const counted = coverage(totalsPlan({ from, to }, today));
        for (const [day, times] of counted) {
          const inside = from <= day && day <= to;
          if (times !== (inside ? 1 : 0)) wrong.push(`${from}..${to}: ${day} counted ${times} times`);
        }
        for (const d of eachDay(from, to)) if (counted.get(d) !== 1) wrong.push(`${from}..${to}: ${d} missing`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

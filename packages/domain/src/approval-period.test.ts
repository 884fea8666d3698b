import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalEndDate, approvalStatusOn, isApprovalActive } from './approval-period.js';
import { ACCORD_BFC_IN_FORCE_FROM } from './dated-rules.js';
import { addDays, addMonths, compareIsoDates, daysInclusive } from './iso-date.js';

describe('approvalEndDate — 24 months (accord, annexe 4 §2.1)', () => {
  it('start + 24 months − 1 day', () => {
    expect(approvalEndDate({ startOn: '2024-01-01' })).toBe('2025-12-31');
    expect(approvalEndDate({ startOn: '2024-09-16' })).toBe('2026-09-15');
  });

  it('an agrément opened on 29 February ends on 28 February two years later', () => {
    expect(approvalEndDate({ startOn: '2024-02-29' })).toBe('2026-02-28');
  });
});

describe('approvalEndDate — suspensions (accord, annexe 4 §2.2.4)', () => {
  it('pushes the end by the length of the suspension, both days included', () => {
    expect(
      approvalEndDate({ startOn: '2024-01-01', suspensions: [{ startOn: '2024-06-01', endOn: '2024-06-30' }] }),
    ).toBe('2026-01-30');
  });

  it('a suspension straddling a leap day lasts one day more', () => {
    // 28 Feb → 1 Mar 2024 is 3 days; the same dates in 2025 are 2 days
    expect(
      approvalEndDate({ startOn: '2023-06-01', suspensions: [{ startOn: '2024-02-28', endOn: '2024-03-01' }] }),
    ).toBe('2025-06-03');
    expect(
      approvalEndDate({ startOn: '2024-06-01', suspensions: [{ startOn: '2025-02-28', endOn: '2025-03-01' }] }),
    ).toBe('2026-06-02');
  });

  it('adds up several suspensions', () => {
    expect(
      approvalEndDate({
        startOn: '2024-01-01',
        suspensions: [
          { startOn: '2024-03-01', endOn: '2024-03-10' },
          { startOn: '2025-01-01', endOn: '2025-01-05' },
        ],
      }),
    ).toBe('2026-01-15');
  });
});

describe('approvalEndDate — prolongations (accord, annexe 4 §2.2.6)', () => {
  it('runs to the end of the last granted prolongation', () => {
    expect(
      approvalEndDate({
        startOn: '2020-01-01',
        prolongations: [
          { startOn: '2022-01-01', endOn: '2022-12-31', reason: 'AGE_50_OR_RQTH' },
          { startOn: '2023-01-01', endOn: '2023-06-30', reason: 'AGE_50_OR_RQTH' },
        ],
      }),
    ).toBe('2023-06-30');
  });

  it('a suspension during a prolongation pushes it; one before it is not counted twice', () => {
    const prolongation = { startOn: '2022-01-01', endOn: '2022-12-31', reason: 'AGE_50_OR_RQTH' } as const;
    expect(
      approvalEndDate({
        startOn: '2020-01-01',
        prolongations: [prolongation],
        suspensions: [{ startOn: '2022-03-01', endOn: '2022-03-10' }],
      }),
    ).toBe('2023-01-10');
    expect(
      approvalEndDate({
        startOn: '2020-01-01',
        suspensions: [{ startOn: '2021-03-01', endOn: '2021-03-10' }],
        prolongations: [{ startOn: '2022-01-11', endOn: '2023-01-10', reason: 'AGE_50_OR_RQTH' }],
      }),
    ).toBe('2023-01-10');
  });
});

describe('approvalEndDate — properties (accord, annexe 4 §2.1, §2.2.4)', () => {
  // Starts from the day the duration rule is in force (APPROVAL_DURATION_RULE, accord signed 8 December 2016): before
  // it no version applies and approvalEndDate refuses (tested in dated-rules.test.ts).
  const date = fc
    .date({
      min: new Date(`${ACCORD_BFC_IN_FORCE_FROM}T00:00:00Z`),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const suspensions = (startOn: string) =>
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 120 })), { maxLength: 4 })
      .map((xs) =>
        xs.map(([offset, length]) => ({ startOn: addDays(startOn, offset), endOn: addDays(startOn, offset + length) })),
      );

  it('is never before start + 24 months − 1 day, and suspensions add exactly their days', () => {
    fc.assert(
      fc.property(
        date.chain((startOn) => fc.tuple(fc.constant(startOn), suspensions(startOn))),
        ([startOn, list]) => {
          const end = approvalEndDate({ startOn, suspensions: list });
          expect(compareIsoDates(end, addDays(addMonths(startOn, 24), -1))).toBeGreaterThanOrEqual(0);
          const suspended = list.reduce((sum, s) => sum + daysInclusive(s.startOn, s.endOn), 0);
          expect(daysInclusive(approvalEndDate({ startOn }), end) - 1).toBe(suspended);
        },
      ),
    );
  });
});

describe('approvalStatusOn (accord, annexe 4 §2.1 and §2.2.4)', () => {
  const history = { startOn: '2024-01-01', suspensions: [{ startOn: '2024-06-01', endOn: '2024-06-30' }] };
  it('follows the period and its suspensions', () => {
    expect(approvalStatusOn(history, '2023-12-31')).toBe('NOT_STARTED');
    expect(approvalStatusOn(history, '2024-01-01')).toBe('ACTIVE');
    expect(approvalStatusOn(history, '2024-06-15')).toBe('SUSPENDED');
    expect(approvalStatusOn(history, '2026-01-30')).toBe('ACTIVE');
    expect(approvalStatusOn(history, '2026-01-31')).toBe('ENDED');
    expect(isApprovalActive(history, '2024-06-15')).toBe(true);
    expect(isApprovalActive(history, '2026-01-31')).toBe(false);
  });
});

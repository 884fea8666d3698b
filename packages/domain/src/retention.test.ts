// Retention of a person's record (issue 19 §3; docs/data-protection.md): 24 months after the last activity (les
// emplois de l'inclusion anonymises after two years of inactivity), 60 months after the end of the last agrément
// (Code civil art. 2224, recovery of an aid unduly paid), whichever ends later.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareIsoDates } from './iso-date.js';
import {
  APPROVAL_RETENTION_MONTHS,
  erasureRefusal,
  INACTIVE_PERSON_RETENTION_MONTHS,
  isPersonRetentionOver,
  personRetention,
  RETENTION_RULES,
} from './retention.js';

describe('personRetention — without agrément: two years of inactivity', () => {
  it('keeps the record 24 months after the last activity, anonymised the day after', () => {
    const activity = { lastActivityOn: '2024-03-15', lastApprovalEndOn: null };
    expect(personRetention(activity)).toEqual({ keptUntil: '2026-03-15', rule: 'INACTIVITY' });
    expect(isPersonRetentionOver(activity, '2026-03-14')).toBe(false);
    expect(isPersonRetentionOver(activity, '2026-03-15')).toBe(false);
    expect(isPersonRetentionOver(activity, '2026-03-16')).toBe(true);
  });

  it('a last activity on 29 February is kept until 28 February two years later (month clamped, as PostgreSQL)', () => {
    const activity = { lastActivityOn: '2024-02-29', lastApprovalEndOn: null };
    expect(personRetention(activity).keptUntil).toBe('2026-02-28');
    expect(isPersonRetentionOver(activity, '2026-02-28')).toBe(false);
    expect(isPersonRetentionOver(activity, '2026-03-01')).toBe(true);
  });
});

describe('personRetention — with an agrément: five years after its end', () => {
  it('keeps the record 60 months after the end of the last agrément', () => {
    const activity = { lastActivityOn: '2024-06-30', lastApprovalEndOn: '2024-06-30' };
    expect(personRetention(activity)).toEqual({ keptUntil: '2029-06-30', rule: 'APPROVAL_DECISION' });
    expect(isPersonRetentionOver(activity, '2026-07-01')).toBe(false);
    expect(isPersonRetentionOver(activity, '2029-06-30')).toBe(false);
    expect(isPersonRetentionOver(activity, '2029-07-01')).toBe(true);
  });

  it('a later activity (a new diagnosis years after) keeps the record two years from it', () => {
    const activity = { lastActivityOn: '2028-01-10', lastApprovalEndOn: '2022-12-31' };
    expect(personRetention(activity)).toEqual({ keptUntil: '2030-01-10', rule: 'INACTIVITY' });
  });
});

describe('personRetention — properties', () => {
  const day = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2015-01-01', n));

  it('never ends before either period, and ends on one of them', () => {
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), (last, approvalEnd) => {
        const { keptUntil, rule } = personRetention({ lastActivityOn: last, lastApprovalEndOn: approvalEnd });
        const inactivity = addMonths(last, INACTIVE_PERSON_RETENTION_MONTHS);
        expect(compareIsoDates(keptUntil, inactivity)).toBeGreaterThanOrEqual(0);
        if (approvalEnd !== null) {
          const decision = addMonths(approvalEnd, APPROVAL_RETENTION_MONTHS);
          expect(compareIsoDates(keptUntil, decision)).toBeGreaterThanOrEqual(0);
          expect([inactivity, decision]).toContain(keptUntil);
        } else {
          expect(rule).toBe('INACTIVITY');
        }
      }),
    );
  });

  it('a later activity never shortens the period (more activity, longer kept)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 2000 }), fc.option(day, { nil: null }), (last, later, end) => {
        const a = personRetention({ lastActivityOn: last, lastApprovalEndOn: end }).keptUntil;
        const b = personRetention({ lastActivityOn: addDays(last, later), lastApprovalEndOn: end }).keptUntil;
        expect(compareIsoDates(b, a)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('RETENTION_RULES', () => {
  it('gives every kind of record a period and a source', () => {
    expect(RETENTION_RULES.length).toBeGreaterThanOrEqual(6);
    for (const rule of RETENTION_RULES) {
      expect(rule.period.length).toBeGreaterThan(0);
      expect(rule.source.length).toBeGreaterThan(0);
    }
  });
});

describe('erasureRefusal (RGPD art. 17(3)(b): an agrément decision kept for its legal period)', () => {
  const day = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2015-01-01', n));

  it('refuses until 60 months after the agrément’s end, that day included (Code civil art. 2224)', () => {
    const activity = { lastActivityOn: '2026-06-01', lastApprovalEndOn: '2026-06-01' };
    expect(erasureRefusal(activity, '2026-12-03')).toMatchObject({
      rule: 'APPROVAL_DECISION',
      lastApprovalEndOn: '2026-06-01',
      keptUntil: '2031-06-01',
    });
    expect(erasureRefusal(activity, '2031-06-01')).not.toBeNull();
    expect(erasureRefusal(activity, '2031-06-02')).toBeNull();
  });

  it('never refuses a person who never held an agrément, whatever their activity', () => {
    fc.assert(
      fc.property(day, day, (last, today) => {
        expect(erasureRefusal({ lastActivityOn: last, lastApprovalEndOn: null }, today)).toBeNull();
      }),
    );
  });

  it('refuses exactly while the agrément rule of the retention keeps the data', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4000 }), (end, after) => {
        const today = addDays(end, after);
        const refused = erasureRefusal({ lastActivityOn: end, lastApprovalEndOn: end }, today) !== null;
        expect(refused).toBe(compareIsoDates(today, addMonths(end, APPROVAL_RETENTION_MONTHS)) <= 0);
      }),
    );
  });
});

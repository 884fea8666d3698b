import { describe, expect, it } from 'vitest';
import { AI_APPROVAL_HOURS_RULE, aiApprovalHoursOn, aiApprovalRequirement } from './ai-approval.js';
import {
  approvalDecisionDeadline,
  approvalDecisionDeadlineUnder,
  DECISION_DELAY_RULE,
  type DecisionDelay,
} from './approval-deadline.js';
import {
  APPROVAL_DURATION_RULE,
  approvalEndDate,
  approvalEndDateUnder,
  isApprovalStartCovered,
} from './approval-period.js';
import {
  ACCORD_BFC_IN_FORCE_FROM,
  currentRuleVersion,
  defineDatedRule,
  ruleInForce,
  ruleValueOn,
  type DatedRule,
} from './dated-rules.js';
import { validateAiPlacement } from './reality.js';

const v = <T>(from: string, to: string | null, value: T): DatedRule<T> => ({ from, to, source: 'test', value });

describe('defineDatedRule — checked once, at definition', () => {
  it('orders the versions by start and freezes them', () => {
    const rule = defineDatedRule('r', [v('2020-01-01', null, 2), v('2019-01-01', '2019-12-31', 1)]);
    expect(rule.versions.map((x) => x.value)).toEqual([1, 2]);
    expect(Object.isFrozen(rule.versions)).toBe(true);
    expect(Object.isFrozen(rule.versions[0])).toBe(true);
  });

  it('refuses an empty rule, a version ending before it starts, a malformed date, a missing source', () => {
    expect(() => defineDatedRule('r', [])).toThrow(new RangeError('Dated rule "r" has no version'));
    expect(() => defineDatedRule('r', [v('2020-01-02', '2020-01-01', 1)])).toThrow(/ends before it starts/);
    expect(() => defineDatedRule('r', [v('2020-02-30', null, 1)])).toThrow(RangeError);
    expect(() => defineDatedRule('r', [v('2020-01-01', '2021-13-01', 1)])).toThrow(RangeError);
    expect(() => defineDatedRule('r', [{ from: '2020-01-01', to: null, source: ' ', value: 1 }])).toThrow(
      /has no source/,
    );
  });

  it('refuses overlapping versions: an open version followed by another, or a shared day', () => {
    expect(() => defineDatedRule('r', [v('2019-01-01', null, 1), v('2020-01-01', null, 2)])).toThrow(
      new RangeError('Dated rule "r": versions from 2019-01-01 (to open) and from 2020-01-01 overlap'),
    );
    // Bounds are inclusive: a version ending on the day the next starts overlaps it by one day.
    expect(() => defineDatedRule('r', [v('2019-01-01', '2020-01-01', 1), v('2020-01-01', null, 2)])).toThrow(/overlap/);
    expect(() => defineDatedRule('r', [v('2019-01-01', '2019-12-31', 1), v('2019-06-01', '2019-06-30', 2)])).toThrow(
      /overlap/,
    );
    // Contiguous is fine.
    expect(() => defineDatedRule('r', [v('2019-01-01', '2019-12-31', 1), v('2020-01-01', null, 2)])).not.toThrow();
  });
});

describe('ruleInForce — the version in force on a day (bounds inclusive)', () => {
  const rule = defineDatedRule('r', [v('2019-01-01', '2019-12-31', 1), v('2021-01-01', null, 3)]);

  it('picks the version whose period holds the day, first and last days included', () => {
    expect(ruleValueOn(rule, '2019-01-01')).toBe(1);
    expect(ruleValueOn(rule, '2019-12-31')).toBe(1);
    expect(ruleValueOn(rule, '2021-01-01')).toBe(3);
    expect(ruleValueOn(rule, '2099-06-30')).toBe(3);
    expect(ruleInForce(rule, '2021-01-01').from).toBe('2021-01-01');
  });

  it('throws a RangeError naming the rule before the first version and in a gap', () => {
    expect(() => ruleInForce(rule, '2018-12-31')).toThrow(
      new RangeError(
        'No version of dated rule "r" is in force on 2018-12-31 (versions: 2019-01-01..2019-12-31, 2021-01-01..open)',
      ),
    );
    expect(() => ruleInForce(rule, '2020-06-15')).toThrow(/No version of dated rule "r" is in force on 2020-06-15/);
    expect(() => ruleInForce(rule, 'not a date')).toThrow(RangeError);
  });

  it('currentRuleVersion is the open-ended version; none when all have ended', () => {
    expect(currentRuleVersion(rule).value).toBe(3);
    expect(() => currentRuleVersion(defineDatedRule('closed', [v('2019-01-01', '2019-12-31', 1)]))).toThrow(
      /has no version still in force/,
    );
  });
});

describe('the rules of the accord as dated rules (accord régional BFC signed 8 December 2016)', () => {
  it('the decision delay of annexe 4 §2.2.2 is in force from the signature ("à compter de la date de sa signature")', () => {
    expect(ACCORD_BFC_IN_FORCE_FROM).toBe('2016-12-08');
    const version = ruleInForce(DECISION_DELAY_RULE, '2026-12-02');
    expect(version).toMatchObject({ from: '2016-12-08', to: null, value: { workingDays: 5, workingDaysEtti: 2 } });
    expect(version.source).toContain('annexe 4 §2.2.2');
    expect(() => approvalDecisionDeadline({ receivedOn: '2016-12-07', siaeKind: 'EI', departement: '21' })).toThrow(
      /No version of dated rule "approval decision delay" is in force on 2016-12-07/,
    );
    // Thursday 8 December 2016: 5 working days → Thursday 15 December.
    expect(approvalDecisionDeadline({ receivedOn: '2016-12-08', siaeKind: 'EI', departement: '21' })).toBe(
      '2016-12-15',
    );
  });

  it('the agrément\'s duration of annexe 4 §2.1 ("une période de 24 mois"), judged on the agrément\'s start', () => {
    const version = ruleInForce(APPROVAL_DURATION_RULE, '2026-12-02');
    expect(version).toMatchObject({ from: '2016-12-08', to: null, value: { months: 24 } });
    expect(version.source).toContain('annexe 4 §2.1');
    expect(approvalEndDate({ startOn: '2016-12-08' })).toBe('2018-12-07');
    // Before the accord no version is in force: refused, not guessed (the API refuses such a first contract).
    expect(isApprovalStartCovered('2016-12-07')).toBe(false);
    expect(isApprovalStartCovered('2016-12-08')).toBe(true);
    expect(() => approvalEndDate({ startOn: '2016-12-07' })).toThrow(
      /No version of dated rule "approval duration" is in force on 2016-12-07/,
    );
  });

  it('the AI hours of annexe 4 §2.2.8 ("entre 16 et 480 heures sur 2 ans")', () => {
    expect(aiApprovalHoursOn('2026-12-02')).toEqual({ minHours: 16, maxHoursOverTwoYears: 480 });
    expect(aiApprovalHoursOn()).toEqual({ minHours: 16, maxHoursOverTwoYears: 480 });
    expect(ruleInForce(AI_APPROVAL_HOURS_RULE, '2020-01-01').source).toContain('annexe 4 §2.2.8');
    expect(() => aiApprovalHoursOn('2016-01-01')).toThrow(RangeError);
    expect(
      aiApprovalRequirement({ sector: 'MARCHAND', missionHours: 20, hoursOverTwoYears: 20, on: '2025-03-01' }),
    ).toBe('REQUIRED');
  });
});

describe('a past decision keeps its verdict when a later version of the rule changes', () => {
  // A hypothetical avenant: from 2027-01-01, 3 working days (ETTI: 1). The 2016 version ends the day before.
  const withAvenant = defineDatedRule<DecisionDelay>('approval decision delay (with a 2027 avenant)', [
    { ...DECISION_DELAY_RULE.versions[0]!, to: '2026-12-31' },
    { from: '2027-01-01', to: null, source: 'hypothetical avenant', value: { workingDays: 3, workingDaysEtti: 1 } },
  ]);

  it('a request received in 2026 keeps its 5 working days; one received in 2027 gets 3', () => {
    // Monday 7 December 2026: 5 working days → Monday 14 December, under the current rule and under the avenant alike.
    const in2026 = { receivedOn: '2026-12-07', siaeKind: 'EI', departement: '21' } as const;
    expect(approvalDecisionDeadline(in2026)).toBe('2026-12-14');
    expect(approvalDecisionDeadlineUnder(withAvenant, in2026)).toBe('2026-12-14');
    // Thursday 31 December 2026, last day of the old version: still 5 days (1 January is a holiday) → Friday 8 January.
    expect(approvalDecisionDeadlineUnder(withAvenant, { ...in2026, receivedOn: '2026-12-31' })).toBe('2027-01-08');
    // Monday 4 January 2027: 3 working days → Thursday 7 January (the current rule would give Monday 11).
    const in2027 = { ...in2026, receivedOn: '2027-01-04' };
    expect(approvalDecisionDeadline(in2027)).toBe('2027-01-11');
    expect(approvalDecisionDeadlineUnder(withAvenant, in2027)).toBe('2027-01-07');
    // ETTI: 2 days in 2026, 1 in 2027.
    expect(approvalDecisionDeadlineUnder(withAvenant, { ...in2026, siaeKind: 'ETTI' })).toBe('2026-12-09');
    expect(approvalDecisionDeadlineUnder(withAvenant, { ...in2027, siaeKind: 'ETTI' })).toBe('2027-01-05');
  });

  it('an agrément started before a hypothetical avenant keeps its 24 months; one started after gets the new duration', () => {
    // Hypothetical avenant: agréments starting from 2027-01-01 last 18 months.
    const withAvenant = defineDatedRule<{ months: number }>('approval duration (with a 2027 avenant)', [
      { ...APPROVAL_DURATION_RULE.versions[0]!, to: '2026-12-31' },
      { from: '2027-01-01', to: null, source: 'hypothetical avenant', value: { months: 18 } },
    ]);
    const past = { startOn: '2026-03-02', suspensions: [{ startOn: '2027-02-01', endOn: '2027-02-10' }] };
    // Started in 2026: 24 months and the 10 days of its suspension (taken under the avenant) under either rule.
    expect(approvalEndDate(past)).toBe('2028-03-11');
    expect(approvalEndDateUnder(withAvenant, past)).toBe('2028-03-11');
    expect(approvalEndDateUnder(withAvenant, { startOn: '2026-12-31' })).toBe('2028-12-30');
    // Started on the avenant's first day: 18 months.
    expect(approvalEndDate({ startOn: '2027-01-01' })).toBe('2028-12-31');
    expect(approvalEndDateUnder(withAvenant, { startOn: '2027-01-01' })).toBe('2028-06-30');
  });

  it('the AI ceiling is the one in force on the start of the mise à disposition', () => {
    const placement = { sector: 'MARCHAND', hours: 20, endOn: null, marchandHoursBefore: 470 } as const;
    expect(validateAiPlacement({ ...placement, startOn: '2026-12-07' }).ok).toBe(false);
    expect(() => validateAiPlacement({ ...placement, startOn: '2016-12-07' })).toThrow(/AI approval hours/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  cooperationAgreementStatusOn,
  isCooperationAgreementInForce,
  isCooperationAgreementMandatory,
  validateCooperationAgreementDates,
  validateCooperationAgreementSignature,
  validateCooperationAgreementTermination,
} from './cooperation-agreement.js';

describe('conventions de coopération locale (accord, article 2; annexe 4 §2.2.8)', () => {
  it('is mandatory for an association intermédiaire only', () => {
    expect(isCooperationAgreementMandatory('AI')).toBe(true);
    for (const kind of ['ACI', 'EI', 'ETTI', 'EITI'] as const)
      expect(isCooperationAgreementMandatory(kind)).toBe(false);
  });

  it('a signed convention expires the day after its end, and is in force only within its period', () => {
    const signed = { status: 'SIGNED' as const, startOn: '2026-01-01', endOn: '2026-12-31' };
    expect(cooperationAgreementStatusOn(signed, '2026-12-31')).toBe('SIGNED');
    expect(cooperationAgreementStatusOn(signed, '2027-01-01')).toBe('EXPIRED');
    expect(isCooperationAgreementInForce(signed, '2025-12-31')).toBe(false);
    expect(isCooperationAgreementInForce(signed, '2026-06-01')).toBe(true);
    expect(isCooperationAgreementInForce({ status: 'DRAFT', startOn: '2026-01-01' }, '2026-06-01')).toBe(false);
  });

  it('refuses dates in the wrong order', () => {
    expect(validateCooperationAgreementDates('2026-06-01', '2026-05-31')).toMatchObject({
      ok: false,
      code: 'AGREEMENT_DATES_OUT_OF_ORDER',
    });
    expect(validateCooperationAgreementDates('2026-06-01', null).ok).toBe(true);
  });

  it('signing: a draft only, not overlapping another signed convention; a terminated one ends on its termination day', () => {
    const draft = { status: 'DRAFT' as const, startOn: '2026-07-01', endOn: '2027-06-30' };
    expect(
      validateCooperationAgreementSignature(draft, [{ status: 'SIGNED', startOn: '2026-01-01', endOn: '2026-06-30' }])
        .ok,
    ).toBe(true);
    expect(
      validateCooperationAgreementSignature(draft, [{ status: 'SIGNED', startOn: '2026-01-01', endOn: null }]),
    ).toMatchObject({
      ok: false,
      code: 'AGREEMENT_OVERLAPS_ANOTHER',
    });
    expect(
      validateCooperationAgreementSignature(draft, [
        { status: 'TERMINATED', startOn: '2026-01-01', endOn: null, terminatedOn: '2026-06-15' },
      ]).ok,
    ).toBe(true);
    expect(validateCooperationAgreementSignature({ ...draft, status: 'SIGNED' }, [])).toMatchObject({
      ok: false,
      code: 'AGREEMENT_NOT_A_DRAFT',
    });
  });

  it('terminating: only a signed convention still running', () => {
    expect(
      validateCooperationAgreementTermination(
        { status: 'SIGNED', startOn: '2026-01-01', endOn: '2026-12-31' },
        '2026-06-01',
      ).ok,
    ).toBe(true);
    expect(
      validateCooperationAgreementTermination(
        { status: 'SIGNED', startOn: '2026-01-01', endOn: '2026-12-31' },
        '2027-01-02',
      ),
    ).toMatchObject({
      ok: false,
      code: 'AGREEMENT_NOT_SIGNED',
    });
  });
});

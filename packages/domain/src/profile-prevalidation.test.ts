import { describe, expect, it } from 'vitest';
import { approvalDecisionDeadline, approvalRequestStatusAt } from './approval-deadline.js';
import type { CooperationAgreementDates } from './cooperation-agreement.js';
import { pendingWorkItem, prevalidationToRenew } from './pending-work.js';
import {
  isProfilePrevalidationInForce,
  isProfilePrevalidationToRenew,
  PROFILE_PREVALIDATION_MONTHS,
  profilePrevalidationRenewalStart,
  validateProfilePrevalidation,
} from './profile-prevalidation.js';

// accord, annexe 4 §2.2.2 (dernier alinéa): "Les modalités permettant de garantir voire réduire ces délais, notamment
// le système de validation des profils et le repérage des publics par Pôle-emploi en amont des recrutements sont à
// développer et privilégier … notamment pour les outils de mise à disposition de personnel (ETTI et AI)."
// §2.2.8: "Cette convention de coopération pourra intégrer une partie relative à la validation des profils et au
// repérage des publics afin d'accélérer le cas échéant l'accord de Pôle Emploi pour l'agrément des personnes".
const TODAY = '2026-11-23'; // a Monday
const signed: CooperationAgreementDates = { status: 'SIGNED', startOn: '2026-01-01', endOn: '2027-12-31' };
const ask = (over: Partial<Parameters<typeof validateProfilePrevalidation>[0]> = {}) =>
  validateProfilePrevalidation({ siaeKind: 'AI', agreements: [signed], today: TODAY, ...over });

describe('validateProfilePrevalidation (annexe 4 §2.2.2 last paragraph, §2.2.8)', () => {
  it('an ETTI or an AI with a convention in force: from today, 3 months by default (the length is chosen)', () => {
    expect(PROFILE_PREVALIDATION_MONTHS).toBe(3);
    expect(ask()).toEqual({ ok: true, value: { startsOn: TODAY, endsOn: '2027-02-22' } });
    expect(ask({ siaeKind: 'ETTI', startsOn: '2026-12-01', endsOn: '2026-12-31' })).toEqual({
      ok: true,
      value: { startsOn: '2026-12-01', endsOn: '2026-12-31' },
    });
  });

  it('only for ETTI and AI ("les outils de mise à disposition de personnel")', () => {
    for (const siaeKind of ['ACI', 'EI', 'EITI'] as const)
      expect(ask({ siaeKind })).toMatchObject({ ok: false, code: 'PREVALIDATION_SIAE_KIND' });
  });

  it('only within a convention de coopération in force on the first day (§2.2.8)', () => {
    expect(ask({ agreements: [] })).toMatchObject({ ok: false, code: 'PREVALIDATION_NO_CONVENTION' });
    expect(ask({ agreements: [{ ...signed, status: 'DRAFT' }] })).toMatchObject({
      ok: false,
      code: 'PREVALIDATION_NO_CONVENTION',
    });
    expect(ask({ agreements: [{ ...signed, endOn: '2026-11-22' }] })).toMatchObject({
      ok: false,
      code: 'PREVALIDATION_NO_CONVENTION',
    });
    expect(ask({ agreements: [{ ...signed, status: 'TERMINATED', terminatedOn: '2026-10-01' }] })).toMatchObject({
      ok: false,
      code: 'PREVALIDATION_NO_CONVENTION',
    });
  });

  it('never backdated, never too far ahead, never longer than 3 months nor beyond the convention', () => {
    expect(ask({ startsOn: '2026-11-22' })).toMatchObject({ ok: false, code: 'PREVALIDATION_BACKDATED' });
    expect(ask({ startsOn: '2026-12-24' })).toMatchObject({ ok: false, code: 'PREVALIDATION_START_TOO_FAR' });
    expect(ask({ startsOn: '2026-12-23' }).ok).toBe(true);
    expect(ask({ endsOn: '2026-11-22' })).toMatchObject({ ok: false, code: 'PREVALIDATION_DATES_OUT_OF_ORDER' });
    expect(ask({ endsOn: '2027-02-23' })).toMatchObject({ ok: false, code: 'PREVALIDATION_TOO_LONG' });
    expect(ask({ endsOn: '2027-02-22' }).ok).toBe(true);
    const shortConvention = { ...signed, endOn: '2026-12-31' };
    expect(ask({ agreements: [shortConvention] })).toEqual({
      ok: true,
      value: { startsOn: TODAY, endsOn: '2026-12-31' },
    });
    expect(ask({ agreements: [shortConvention], endsOn: '2027-01-15' })).toMatchObject({
      ok: false,
      code: 'PREVALIDATION_BEYOND_CONVENTION',
    });
  });
});

describe('a request for a pre-validated person is decided the same day (annexe 4 §2.2.2)', () => {
  it('the deadline is the day of receipt (a working day), the next working day otherwise', () => {
    const input = { receivedOn: TODAY, siaeKind: 'AI' as const, departement: '25' };
    expect(approvalDecisionDeadline(input)).toBe('2026-11-30');
    expect(approvalDecisionDeadline({ ...input, profilePrevalidated: true })).toBe(TODAY);
    expect(approvalDecisionDeadline({ ...input, siaeKind: 'ETTI', profilePrevalidated: true })).toBe(TODAY);
    // Received on Saturday 28 November: decidable on Monday 30 November.
    expect(approvalDecisionDeadline({ ...input, receivedOn: '2026-11-28', profilePrevalidated: true })).toBe(
      '2026-11-30',
    );
    // 11 November (a holiday, a Wednesday): the 12th.
    expect(approvalDecisionDeadline({ ...input, receivedOn: '2026-11-11', profilePrevalidated: true })).toBe(
      '2026-11-12',
    );
  });

  it('unanswered that day, the agrément is acquired the next day', () => {
    const request = { receivedOn: TODAY, siaeKind: 'AI' as const, departement: '25', profilePrevalidated: true };
    expect(approvalRequestStatusAt(request, TODAY)).toBe('PENDING');
    expect(approvalRequestStatusAt(request, '2026-11-24')).toBe('TACITLY_GRANTED');
  });

  it('in force within its period while a convention is in force', () => {
    const p = { startsOn: TODAY, endsOn: '2027-02-22', agreements: [signed] };
    expect(isProfilePrevalidationInForce(p, TODAY)).toBe(true);
    expect(isProfilePrevalidationInForce(p, '2027-02-22')).toBe(true);
    expect(isProfilePrevalidationInForce(p, '2027-02-23')).toBe(false);
    expect(isProfilePrevalidationInForce(p, '2026-11-22')).toBe(false);
    const terminated = { ...p, agreements: [{ ...signed, status: 'TERMINATED' as const, terminatedOn: '2026-12-01' }] };
    expect(isProfilePrevalidationInForce(terminated, '2026-11-30')).toBe(false);
  });
});

describe('pre-validations to renew (platform choice: 15 days ahead)', () => {
  const p = { startsOn: '2026-09-01', endsOn: '2026-11-30', renewed: false, siae: 'AI Solidarité' };
  it('ending within 15 days and not renewed', () => {
    expect(isProfilePrevalidationToRenew(p, TODAY)).toBe(true);
    expect(isProfilePrevalidationToRenew({ ...p, renewed: true }, TODAY)).toBe(false);
    expect(isProfilePrevalidationToRenew({ ...p, endsOn: '2026-12-09' }, TODAY)).toBe(false);
    expect(isProfilePrevalidationToRenew({ ...p, endsOn: '2026-11-22' }, TODAY)).toBe(false);
    const item = pendingWorkItem(prevalidationToRenew(p, TODAY)!, TODAY, '/validations-profils');
    expect(item).toMatchObject({ kind: 'PREVALIDATION_TO_RENEW', dueOn: '2026-11-30', daysLeft: 7 });
    expect(item.label).toContain('AI Solidarité');
  });

  it('a renewal starts the day after the current period, never before today', () => {
    expect(profilePrevalidationRenewalStart(p, TODAY)).toBe('2026-12-01');
    expect(profilePrevalidationRenewalStart({ ...p, endsOn: '2026-11-01' }, TODAY)).toBe(TODAY);
  });
});

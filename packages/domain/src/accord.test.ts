import { describe, expect, it } from 'vitest';
import {
  mayActForSignatory,
  accordEndsOn,
  accordState,
  accordTermEndsOn,
  extraordinarySteeringMeetingOn,
  mayRequestTermination,
  mayWithdrawTermination,
  terminationEffectiveOn,
  terminationNoticeEndsOn,
} from './accord.js';

// accord, article 4: "conclu pour une durée courant jusqu'au 31 décembre 2018. Il entre en vigueur à compter de la
// date de sa signature" ("Fait à Dijon, le 08 décembre 2016").
const term = { signedOn: '2016-12-08', initialEndsOn: '2018-12-31' };

describe('accordTermEndsOn (articles 4 and 5)', () => {
  it('is article 4’s 31 December 2018 without an avenant', () => {
    expect(accordTermEndsOn(term, [])).toBe('2018-12-31');
  });
  it('is carried further only by an avenant (article 5), the latest one winning', () => {
    expect(accordTermEndsOn(term, ['2021-12-31', '2027-12-31', '2024-12-31'])).toBe('2027-12-31');
  });
  it('an avenant never shortens the term it did not set', () => {
    expect(accordTermEndsOn(term, ['2017-06-30'])).toBe('2018-12-31');
  });
});

// accord, article 6: "Un préavis de 3 mois doit être respecté à compter de la réception par les autres signataires".
describe('terminationNoticeEndsOn / terminationEffectiveOn (article 6, 3 months’ notice)', () => {
  it('runs 3 months de quantième à quantième from the receipt', () => {
    expect(terminationNoticeEndsOn('2026-12-03')).toBe('2027-03-02');
    expect(terminationEffectiveOn('2026-12-03')).toBe('2027-03-03');
  });
  it('received on the 30th of November: ends on the last day of February (no 30 February)', () => {
    expect(terminationNoticeEndsOn('2026-11-30')).toBe('2027-02-28');
    expect(terminationEffectiveOn('2026-11-30')).toBe('2027-03-01');
    expect(terminationNoticeEndsOn('2027-11-30')).toBe('2028-02-29');
  });
  it('received on the 1st of a month: the notice ends on the last day of the third month', () => {
    expect(terminationNoticeEndsOn('2026-01-01')).toBe('2026-03-31');
    expect(terminationEffectiveOn('2026-01-01')).toBe('2026-04-01');
  });
  it('is never shorter than 89 days nor longer than 92 (three calendar months)', () => {
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
      const receivedOn = new Date(day).toISOString().slice(0, 10);
      const days = (Date.parse(terminationEffectiveOn(receivedOn)) - day) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(89);
      expect(days).toBeLessThanOrEqual(92);
    }
  });
});

// accord, article 6: "au cours duquel un comité de pilotage extraordinaire est réuni pour examiner la demande".
describe('extraordinarySteeringMeetingOn (article 6)', () => {
  it('one month after the receipt, within the notice', () => {
    expect(extraordinarySteeringMeetingOn('2026-12-03')).toBe('2027-01-04'); // 3 January 2027 is a Sunday
    expect(extraordinarySteeringMeetingOn('2026-10-07')).toBe('2026-11-09'); // 7 Nov Saturday
  });
  it('moves past a public holiday of Dijon (1 May 2026 is a Friday)', () => {
    expect(extraordinarySteeringMeetingOn('2026-04-01')).toBe('2026-05-04');
  });
  it('always falls within the notice', () => {
    for (const receivedOn of ['2026-01-31', '2026-11-30', '2026-12-24', '2027-03-31']) {
      expect(extraordinarySteeringMeetingOn(receivedOn) < terminationNoticeEndsOn(receivedOn)).toBe(true);
    }
  });
});

describe('accordState and accordEndsOn (articles 4 and 6)', () => {
  const termEndsOn = '2027-12-31';
  it('in force from its signature to its term', () => {
    expect(accordState(term, termEndsOn, null, '2016-12-07')).toBe('NOT_YET_IN_FORCE');
    expect(accordState(term, termEndsOn, null, '2016-12-08')).toBe('IN_FORCE');
    expect(accordState(term, termEndsOn, null, '2027-12-31')).toBe('IN_FORCE');
    expect(accordState(term, termEndsOn, null, '2028-01-01')).toBe('ENDED');
    // Without an avenant, article 4's term has long passed.
    expect(accordState(term, '2018-12-31', null, '2026-12-03')).toBe('ENDED');
  });
  it('under notice through the notice’s last day, ended from the effective date', () => {
    const termination = { receivedOn: '2026-12-03' };
    expect(accordEndsOn(termEndsOn, termination)).toBe('2027-03-02');
    expect(accordState(term, termEndsOn, termination, '2026-12-03')).toBe('UNDER_NOTICE');
    expect(accordState(term, termEndsOn, termination, '2027-03-02')).toBe('UNDER_NOTICE');
    expect(accordState(term, termEndsOn, termination, '2027-03-03')).toBe('ENDED');
  });
  it('a term reached during the notice ends the accord on its term', () => {
    expect(accordEndsOn('2027-01-31', { receivedOn: '2026-12-03' })).toBe('2027-01-31');
  });
  it('a withdrawn request leaves the accord in force to its term', () => {
    const withdrawn = { receivedOn: '2026-12-03', withdrawnOn: '2027-01-04' };
    expect(accordEndsOn(termEndsOn, withdrawn)).toBe(termEndsOn);
    expect(accordState(term, termEndsOn, withdrawn, '2027-06-01')).toBe('IN_FORCE');
  });
});

describe('mayRequestTermination (article 6: "peut être demandée par l’une des parties signataires")', () => {
  it('only while the accord is in force and no notice runs', () => {
    expect(mayRequestTermination('IN_FORCE')).toEqual({ ok: true, value: true });
    expect(mayRequestTermination('UNDER_NOTICE')).toMatchObject({ ok: false, code: 'TERMINATION_ALREADY_REQUESTED' });
    expect(mayRequestTermination('ENDED')).toMatchObject({ ok: false, code: 'ACCORD_ENDED' });
    expect(mayRequestTermination('NOT_YET_IN_FORCE')).toMatchObject({ ok: false, code: 'ACCORD_NOT_IN_FORCE' });
  });
});

describe('mayWithdrawTermination (article 6 is silent: the platform allows it while the notice runs)', () => {
  const termination = { receivedOn: '2026-12-03' };
  it('until the notice’s last day', () => {
    expect(mayWithdrawTermination(termination, '2026-12-03').ok).toBe(true);
    expect(mayWithdrawTermination(termination, '2027-03-02').ok).toBe(true);
  });
  it('never once the résiliation has taken effect, nor twice', () => {
    expect(mayWithdrawTermination(termination, '2027-03-03')).toMatchObject({
      ok: false,
      code: 'TERMINATION_ALREADY_EFFECTIVE',
    });
    expect(mayWithdrawTermination({ ...termination, withdrawnOn: '2026-12-10' }, '2026-12-11')).toMatchObject({
      ok: false,
      code: 'TERMINATION_ALREADY_WITHDRAWN',
    });
  });
});

describe('mayActForSignatory (article 3: the comité is made of the signatories’ representatives)', () => {
  it('lets the comité record any signatory’s request, the État its own only, nobody else', () => {
    for (const party of ['STATE', 'POLE_EMPLOI', 'IAE_NETWORK'] as const) {
      expect(mayActForSignatory('STEERING', party)).toBe(true);
      expect(mayActForSignatory('STATE', party)).toBe(party === 'STATE');
      for (const role of ['SIAE', 'AGENCY', 'PRESCRIBER', 'ADMIN', ''])
        expect(mayActForSignatory(role, party), `${role} for ${party}`).toBe(false);
    }
  });
});

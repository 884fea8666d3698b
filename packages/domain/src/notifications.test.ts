import { describe, expect, it } from 'vitest';
import {
  deliveryBackoffMs,
  digestSubject,
  isDecisionDeadlineTomorrow,
  isDigestTime,
  isNotificationDelivery,
  NOTIFICATION_AUDIENCE,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  NOTIFICATION_WORDING,
  notificationLink,
} from './notifications.js';

describe('notifications (issue 14 §3)', () => {
  it('words every kind and names who may receive it', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(NOTIFICATION_WORDING[kind].title.length).toBeGreaterThan(0);
      expect(NOTIFICATION_AUDIENCE[kind].length).toBeGreaterThan(0);
    }
  });

  it('links to the page in the recipient’s own portal (fiche 4: the SIAE answers the fiche, the prescripteur follows it)', () => {
    const ids = { subjectId: 'p1', prescriptionId: 'p1' };
    expect(notificationLink('PRESCRIPTION_SENT', 'SIAE', ids)).toBe('/siae/prescriptions/p1');
    expect(notificationLink('PRESCRIPTION_REFUSED', 'PRESCRIBER_ORGANISATION', ids)).toBe(
      '/prescripteur/prescriptions/p1',
    );
  });

  it('sends the SIAE to the request and the prescripteur to its fiche (annexe 4 §2.2.2)', () => {
    const ids = { subjectId: 'r1', prescriptionId: 'p1' };
    expect(notificationLink('APPROVAL_REQUEST_GRANTED', 'SIAE', ids)).toBe('/siae/demandes/r1');
    expect(notificationLink('APPROVAL_REQUEST_TACITLY_GRANTED', 'PRESCRIBER_ORGANISATION', ids)).toBe(
      '/prescripteur/prescriptions/p1',
    );
    expect(notificationLink('APPROVAL_REQUEST_REFUSED', 'PRESCRIBER_ORGANISATION', { subjectId: 'r1' })).toBe(
      '/prescripteur/prescriptions',
    );
    expect(notificationLink('DECISION_DEADLINE_TOMORROW', 'AGENCY', { subjectId: 'r1' })).toBe('/agence/demandes/r1');
  });

  it('sends the prescripteur to the agrément’s page, where the bilan it was sent is read (fiche 7)', () => {
    expect(
      notificationLink('EXIT_BILAN_SENT', 'PRESCRIBER_ORGANISATION', {
        subjectId: 'a1',
        approvalId: 'a1',
        prescriptionId: 'p1',
      }),
    ).toBe('/prescripteur/agrements/a1');
  });

  it('sends each party of a convention to its own screen (accord, article 2)', () => {
    expect(notificationLink('COOPERATION_AGREEMENT_TO_SIGN', 'AGENCY', { subjectId: 'c1' })).toBe(
      '/agence/conventions/c1',
    );
    expect(notificationLink('COOPERATION_AGREEMENT_TO_SIGN', 'SIAE', { subjectId: 'c1' })).toBe('/siae/convention/c1');
  });

  it('retries with a doubling backoff capped at an hour', () => {
    expect(deliveryBackoffMs(1)).toBe(30_000);
    expect(deliveryBackoffMs(2)).toBe(60_000);
    expect(deliveryBackoffMs(20)).toBe(3_600_000);
  });

  it('sends the daily digest from 7 a.m. French time, in winter and in summer', () => {
    // 23 November 2026: UTC+1; 1 July 2026: UTC+2.
    expect(isDigestTime(new Date('2026-11-23T05:59:59Z'))).toBe(false);
    expect(isDigestTime(new Date('2026-11-23T06:00:00Z'))).toBe(true);
    expect(isDigestTime(new Date('2026-07-01T04:59:59Z'))).toBe(false);
    expect(isDigestTime(new Date('2026-07-01T05:00:00Z'))).toBe(true);
    expect(isDigestTime(new Date('2026-11-23T22:59:00Z'))).toBe(true);
    expect(isDigestTime(new Date('2026-11-23T23:00:00Z'))).toBe(false); // midnight in Paris: a new day
  });

  it('knows the three ways of receiving e-mails', () => {
    expect(NOTIFICATION_DELIVERIES.filter(isNotificationDelivery)).toEqual(['IMMEDIATE', 'DAILY_DIGEST', 'OFF']);
    expect(isNotificationDelivery('WEEKLY')).toBe(false);
    expect(digestSubject(1)).toBe('Votre notification du jour');
    expect(digestSubject(3)).toBe('Vos 3 notifications du jour');
  });

  it('reminds the agence on the working day before a deadline, not on the weekend (annexe 4 §2.2.2)', () => {
    // Friday 27 November 2026 → Monday 30 November: told on Friday only.
    expect(isDecisionDeadlineTomorrow('2026-11-30', '2026-11-27', '25')).toBe(true);
    expect(isDecisionDeadlineTomorrow('2026-11-30', '2026-11-28', '25')).toBe(false);
    expect(isDecisionDeadlineTomorrow('2026-11-30', '2026-11-29', '25')).toBe(false);
    expect(isDecisionDeadlineTomorrow('2026-11-30', '2026-11-26', '25')).toBe(false);
    // Christmas: Thursday 24 December 2026 → Monday 28 December (Friday 25 is a holiday).
    expect(isDecisionDeadlineTomorrow('2026-12-28', '2026-12-24', '21')).toBe(true);
    // Alsace-Moselle: 26 December is a holiday too (Saturday in 2026); Tuesday 25 December 2029 → Thursday 27.
    expect(isDecisionDeadlineTomorrow('2029-12-27', '2029-12-24', '67')).toBe(true);
    expect(isDecisionDeadlineTomorrow('2029-12-26', '2029-12-24', '21')).toBe(true);
  });
});

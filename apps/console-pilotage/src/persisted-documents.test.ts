import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The gateway will accept from this portal only the operations of its persisted-documents.json: the sign-in,
// renewal and sign-out operations of @navette/ui must be there, under the hash the UI sends.
const load = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>;
const portal = load(new URL('./generated/persisted-documents.json', import.meta.url));
const shared = load(new URL('../../../packages/ui/src/generated/persisted-documents.json', import.meta.url));

describe('persisted documents of the Console de pilotage', () => {
  it("includes the session operations of @navette/ui with the UI's own hash", () => {
    const session = Object.entries(shared).filter(([, document]) =>
      /^mutation (SignIn|RenewSession|SignOut)\b/.test(document),
    );
    expect(session).toHaveLength(3);
    for (const [hash, document] of session) expect(portal[hash]).toBe(document);
  });

  it('lists the operations of every screen', () => {
    const operations = Object.values(portal).map((document) => /^(?:query|mutation) (\w+)/.exec(document)?.[1]);
    expect(operations).toEqual(
      expect.arrayContaining([
        'ParcoursStatistics',
        'ParcoursDepartements',
        'Indicators',
        'IndicatorTrend',
        'CtaMeetingsOfYear',
        'SteeringMeetings',
        'RecordSteeringMeeting',
        'Roadmap',
        'SaveRoadmapAction',
        'Amendments',
        'RecordAmendment',
        'RequestPasswordReset',
        'ResetPassword',
        'UnreadNotificationCount',
        'Notifications',
        'MarkNotificationsRead',
        'MarkAllNotificationsRead',
        'NotificationPreferences',
        'SetNotificationPreference',
        'HabilitationDepartements',
        'HabilitationRegister',
        'GrantHabilitation',
        'RenewHabilitation',
        'WithdrawHabilitation',
        'GiveHabilitationAvis',
        'CdiaeInbox',
        'MarkCdiaeInboxItemRead',
        'AccordPresentations',
        'RecordAccordPresentation',
      ]),
    );
  });

  it('names every operation (one hash per named document)', () => {
    for (const document of Object.values(portal)) expect(document).toMatch(/^(query|mutation) [A-Z]\w+/);
  });
});

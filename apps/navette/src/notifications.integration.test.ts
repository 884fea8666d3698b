// Notifications (issue 14 §3) on a real PostgreSQL through the gateway: each event is written to the outbox in the
// transaction of its change (none for a change rolled back), fanned out to the members of the right organisations
// only, delivered once per recipient even by two workers at once or a replay, retried with backoff, and read, marked
// and chosen (each e-mail, a daily digest, none) by each user for themselves only; the daily digest leaves once per
// user and day from 7 a.m. French time, even with two workers at once. The clock is fixed on Monday 23 November 2026.
import { createDatabase, recordOutboxEvent, tables, withIdentity, type DatabaseHandle } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { applyTacitGrants } from '@navette/subgraph-parcours';
import { MailCatcher, runNotificationWorkerOnce, type Mailer, type OutgoingMail } from '@navette/subgraph-structures';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql } from './testing/graphql.js';
import {
  createOtherAccounts,
  DECIDE,
  ok,
  ORGS,
  pendingInitialRequest,
  prescribeSomeone,
  receivedWeeksAgo,
  signIn,
} from './testing/parcours.js';

const TODAY = '2026-11-23';
const REFUSE_PRESCRIPTION = `mutation($id: ID!) {
  refusePrescription(id: $id, reason: "NO_POSITION_AVAILABLE", comment: "Plus de poste") { id }
}`;
const NOW = new Date(`${TODAY}T09:00:00Z`);
let database: TestDatabase;
let navette: RunningNavette;
let url: string;
const catcher = new MailCatcher();
const PUBLIC_URL = 'https://navette.example';
const as: Record<
  'prescriber' | 'siae' | 'agency' | 'otherSiae' | 'otherPrescriber',
  Record<string, string>
> = {} as never;

const work = (mailer: Mailer = catcher, db = database.db, clock: () => Date = () => NOW) =>
  runNotificationWorkerOnce(db, { mailer, publicUrl: PUBLIC_URL, clock });

const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind title link readAt } }
  }
  unreadNotificationCount
}`;

async function eventsOf(subjectId: string) {
  return database.db.select().from(tables.outboxEvents).where(eq(tables.outboxEvents.subjectId, subjectId));
}

/** Members of an organisation (the expected recipients). */
async function membersOf(organisationId: string): Promise<string[]> {
  const rows = await database.db
    .select({ id: tables.users.id })
    .from(tables.memberships)
    .innerJoin(tables.users, eq(tables.users.id, tables.memberships.userId))
    .where(and(eq(tables.memberships.organisationId, organisationId), eq(tables.users.status, 'ACTIVE')));
  return rows.map((r) => r.id).sort();
}

async function recipientsOf(eventIds: string[]): Promise<string[]> {
  const rows = await database.db
    .select({ userId: tables.notifications.userId })
    .from(tables.notifications)
    .where(inArray(tables.notifications.eventId, eventIds));
  return rows.map((r) => r.userId).sort();
}

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false, // the tests run the worker themselves
    mail: 'catcher',
    clock: () => NOW,
  });
  url = navette.graphqlUrl;
  const other = await createOtherAccounts(database.db);
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    otherPrescriber: await signIn(url, 'habilite@demo.navette.fr'),
    otherSiae: await signIn(url, other.otherSiae),
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

describe('the outbox is written in the transaction of the change', () => {
  it('a new fiche writes one PRESCRIPTION_SENT for the SIAE, with ids only', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Outboxfiche');
    const events = await eventsOf(p.prescriptionId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'PRESCRIPTION_SENT',
      subjectType: 'Prescription',
      organisationIds: [ORGS.siae],
      payload: { prescriptionId: p.prescriptionId },
      dispatchedAt: null,
    });
    // No personal data in the event (issue 15's webhooks read the same rows).
    expect(JSON.stringify(events[0])).not.toMatch(/Outboxfiche|Alex|example\.org/);
  });

  it('a change rolled back leaves no event', async () => {
    const before = await database.db.select({ n: count() }).from(tables.outboxEvents);
    // The same person prescribed twice to the same SIAE: the second insert is refused, its transaction rolled back.
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Twice');
    const again = await graphql(
      url,
      `
        mutation ($input: PrescriptionInput!) {
          prescribe(input: $input) {
            id
          }
        }
      `,
      { input: { personId: p.personId, diagnosisId: p.diagnosisId, siaeId: ORGS.siae, message: 'Encore' } },
      as.prescriber,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await database.db.select({ n: count() }).from(tables.outboxEvents);
    expect(after[0]!.n).toBe(before[0]!.n + 1);
    // And a transaction that writes an event then fails keeps none of it.
    const marker = crypto.randomUUID();
    await expect(
      withIdentity(database.db, { organisationId: ORGS.prescriber, userId: null }, async (tx) => {
        await recordOutboxEvent(tx, {
          type: 'PRESCRIPTION_SENT',
          subjectType: 'Prescription',
          subjectId: marker,
          organisationIds: [ORGS.siae],
        });
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow(/fails after/);
    expect(await eventsOf(marker)).toHaveLength(0);
  });

  it('the answers and decisions name the right organisations', async () => {
    const r = await pendingInitialRequest(url, { prescriber: as.prescriber, siae: as.siae });
    expect((await eventsOf(r.prescriptionId)).map((e) => e.type).sort()).toEqual([
      'PRESCRIPTION_ACCEPTED',
      'PRESCRIPTION_SENT',
    ]);
    const accepted = (await eventsOf(r.prescriptionId)).find((e) => e.type === 'PRESCRIPTION_ACCEPTED')!;
    expect(accepted.organisationIds).toEqual([ORGS.prescriber]);
    await ok(url, as.agency, DECIDE, { id: r.requestId, decision: 'GRANT' });
    const [granted] = await eventsOf(r.requestId);
    expect(granted).toMatchObject({
      type: 'APPROVAL_REQUEST_GRANTED',
      organisationIds: [ORGS.siae, ORGS.prescriber],
      payload: { prescriptionId: r.prescriptionId },
    });

    const refused = await pendingInitialRequest(url, { prescriber: as.prescriber, siae: as.siae });
    await ok(url, as.agency, DECIDE, {
      id: refused.requestId,
      decision: 'REFUSE',
      reason: 'NOT_ELIGIBLE',
      comment: 'Critères non réunis.',
    });
    expect((await eventsOf(refused.requestId)).map((e) => e.type)).toEqual(['APPROVAL_REQUEST_REFUSED']);

    // Unanswered past its deadline: the tacit grant job writes its event too.
    const tacit = await pendingInitialRequest(url, { prescriber: as.prescriber, siae: as.siae });
    await receivedWeeksAgo(database.db, tacit.requestId, '2026-11-02');
    expect(await applyTacitGrants(database.db, TODAY)).toBeGreaterThanOrEqual(1);
    expect((await eventsOf(tacit.requestId)).map((e) => e.type)).toEqual(['APPROVAL_REQUEST_TACITLY_GRANTED']);
  });

  it('a refused fiche tells the prescripteur', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae);
    await ok(url, as.siae, REFUSE_PRESCRIPTION, { id: p.prescriptionId });
    const refused = (await eventsOf(p.prescriptionId)).find((e) => e.type === 'PRESCRIPTION_REFUSED');
    expect(refused?.organisationIds).toEqual([ORGS.prescriber]);
  });
});

describe('delivery', () => {
  it('tells the members of the organisation named, and nobody else, in-app and by e-mail with a link only', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Confidentiel');
    const [event] = await eventsOf(p.prescriptionId);
    await work();
    expect(await recipientsOf([event!.id])).toEqual(await membersOf(ORGS.siae));

    const siae = await ok(url, as.siae, NOTIFICATIONS, { first: 50 });
    const mine = siae.notifications.edges.map((e: { node: { link: string } }) => e.node.link);
    expect(mine).toContain(`/siae/prescriptions/${p.prescriptionId}`);
    expect(siae.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    // Another SIAE, the prescripteur who sent it: nothing about it.
    for (const outsider of [as.otherSiae, as.otherPrescriber, as.prescriber]) {
      const seen = await ok(url, outsider, NOTIFICATIONS, { first: 100 });
      expect(JSON.stringify(seen)).not.toContain(p.prescriptionId);
    }

    const mail = catcher.list().find((m) => m.text.includes(p.prescriptionId));
    expect(mail).toMatchObject({ to: 'siae@demo.navette.fr', subject: '[Navette] Nouvelle fiche navette reçue' });
    expect(mail!.text).toContain(`${PUBLIC_URL}/siae/prescriptions/${p.prescriptionId}`);
    expect(mail!.raw + mail!.html).not.toMatch(/Confidentiel|Alex/);
    expect(catcher.list().filter((m) => m.text.includes(p.prescriptionId))).toHaveLength(
      (await membersOf(ORGS.siae)).length,
    );
  });

  it('two workers at once, then a replay: one notification and one e-mail per recipient', async () => {
    const sent = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => prescribeSomeone(url, as.prescriber, ORGS.siae, `Concurrent${i}`)),
    );
    const eventIds = (await Promise.all(sent.map((p) => eventsOf(p.prescriptionId)))).flat().map((e) => e.id);
    const members = await membersOf(ORGS.siae);
    const second: DatabaseHandle = await createDatabase({ url: database.url, maxConnections: 4 });
    try {
      const mails: OutgoingMail[] = [];
      const counting: Mailer = {
        send: async (mail) => {
          mails.push(mail);
          await catcher.send(mail);
        },
      };
      const runs = await Promise.all([work(counting, database.db), work(counting, second.db)]);
      expect(runs.reduce((n, r) => n + r.dispatched, 0)).toBeGreaterThanOrEqual(eventIds.length);
      const ours = (m: OutgoingMail) => sent.some((p) => m.text.includes(p.prescriptionId));
      expect(mails.filter(ours)).toHaveLength(eventIds.length * members.length);
      expect(await recipientsOf(eventIds)).toHaveLength(eventIds.length * members.length);

      // A replay (events back to undispatched, as after a crash before the commit was seen): nothing more.
      await database.db
        .update(tables.outboxEvents)
        .set({ dispatchedAt: null })
        .where(inArray(tables.outboxEvents.id, eventIds));
      await Promise.all([work(counting, database.db), work(counting, second.db)]);
      expect(mails.filter(ours)).toHaveLength(eventIds.length * members.length);
      expect(await recipientsOf(eventIds)).toHaveLength(eventIds.length * members.length);
    } finally {
      await second.close();
    }
  });

  it('retries a failed e-mail later, with backoff, then sends it once', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae);
    let failures = 0;
    const flaky: Mailer = {
      send: () => {
        failures += 1;
        return Promise.reject(Object.assign(new Error('server busy'), { responseCode: 421 }));
      },
    };
    const first = await work(flaky);
    expect(first.retried).toBeGreaterThanOrEqual(1);
    const [event] = await eventsOf(p.prescriptionId);
    const [delivery] = await database.db
      .select()
      .from(tables.emailDeliveries)
      .where(eq(tables.emailDeliveries.eventId, event!.id));
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'SMTP_421' });
    expect(delivery!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Not before its time…
    expect((await work(catcher)).sent).toBe(0);
    // …and sent once it has come (test-only time travel: the retry's time moved back to now).
    await database.db
      .update(tables.emailDeliveries)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(tables.emailDeliveries.id, delivery!.id));
    expect((await work(catcher)).sent).toBeGreaterThanOrEqual(1);
    const [done] = await database.db
      .select()
      .from(tables.emailDeliveries)
      .where(eq(tables.emailDeliveries.id, delivery!.id));
    expect(done).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(failures).toBeGreaterThanOrEqual(1);
  });
});

describe('the SMTP server goes away mid-batch', () => {
  it('keeps every e-mail: those sent are marked once, the others wait and go once the server is back', async () => {
    await work(catcher); // nothing due left from the other tests
    const prescriptions = [];
    for (let i = 0; i < 3; i++) prescriptions.push(await prescribeSomeone(url, as.prescriber, ORGS.siae));
    let accepted = 0;
    const goneAfterOne: Mailer = {
      send: async (mail: OutgoingMail) => {
        if (accepted >= 1)
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNREFUSED' });
        accepted += 1;
        await catcher.send(mail);
      },
    };
    const events = (await Promise.all(prescriptions.map((p) => eventsOf(p.prescriptionId)))).flat();
    const deliveriesOf = () =>
      database.db
        .select()
        .from(tables.emailDeliveries)
        .where(
          inArray(
            tables.emailDeliveries.eventId,
            events.map((e) => e.id),
          ),
        );
    const mailsBefore = catcher.list().length;
    const first = await work(goneAfterOne);
    expect(first.sent).toBe(1);
    const afterFailure = await deliveriesOf();
    expect(afterFailure.length).toBeGreaterThanOrEqual(3);
    expect(afterFailure.filter((d) => d.status === 'SENT')).toHaveLength(1);
    const waiting = afterFailure.filter((d) => d.status === 'PENDING');
    expect(waiting).toHaveLength(afterFailure.length - 1);
    expect(waiting.every((d) => d.lastError === 'ECONNREFUSED' && d.lockedUntil === null)).toBe(true);

    // The server is back and the retry's time has come (test-only time travel): each waiting e-mail goes once.
    await database.db
      .update(tables.emailDeliveries)
      .set({ nextAttemptAt: sql`now()` })
      .where(
        inArray(
          tables.emailDeliveries.id,
          waiting.map((d) => d.id),
        ),
      );
    const second = await work(catcher);
    expect(second.sent).toBe(waiting.length);
    expect((await deliveriesOf()).every((d) => d.status === 'SENT')).toBe(true);
    expect(catcher.list().length - mailsBefore).toBe(afterFailure.length);
    expect((await work(catcher)).sent).toBe(0);
  });
});

describe('each user reads, marks and chooses for themselves', () => {
  it('lists newest first with pagination, marks read, ignores the ids of others', async () => {
    await prescribeSomeone(url, as.prescriber, ORGS.siae);
    await work();
    const page1 = await ok(url, as.siae, NOTIFICATIONS, { first: 2 });
    expect(page1.notifications.edges).toHaveLength(2);
    expect(page1.notifications.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(url, as.siae, NOTIFICATIONS, { first: 2, after: page1.notifications.pageInfo.endCursor });
    expect(page2.notifications.edges[0].node.id).not.toBe(page1.notifications.edges[1].node.id);

    const theirs = page1.notifications.edges[0].node.id as string;
    const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
    // Another SIAE's user cannot mark them.
    expect((await ok(url, as.otherSiae, MARK, { ids: [theirs] })).markNotificationsRead).toBe(0);
    expect((await ok(url, as.siae, MARK, { ids: [theirs, 'not-an-id'] })).markNotificationsRead).toBe(1);
    expect((await ok(url, as.siae, MARK, { ids: [theirs] })).markNotificationsRead).toBe(0);
    const unread = await ok(url, as.siae, NOTIFICATIONS, { first: 100, unreadOnly: true });
    expect(unread.notifications.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(theirs);
    await ok(url, as.siae, `mutation { markAllNotificationsRead }`);
    expect((await ok(url, as.siae, NOTIFICATIONS, { first: 1 })).unreadNotificationCount).toBe(0);
  });

  it('e-mails of a kind turned off: the bell still rings, no e-mail goes', async () => {
    const SET = `mutation($kind: NotificationKind!, $email: Boolean!) {
      setNotificationPreference(kind: $kind, email: $email) { kind label email }
    }`;
    const prefs = await ok(url, as.siae, `{ notificationPreferences { kind label email } }`);
    expect(prefs.notificationPreferences.map((p: { kind: string }) => p.kind)).toContain('PRESCRIPTION_SENT');
    expect(prefs.notificationPreferences.map((p: { kind: string }) => p.kind)).not.toContain('PRESCRIPTION_ACCEPTED');
    const set = await ok(url, as.siae, SET, { kind: 'PRESCRIPTION_SENT', email: false });
    expect(set.setNotificationPreference).toMatchObject({ kind: 'PRESCRIPTION_SENT', email: false });

    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae);
    await work();
    const siaeUser = (
      await database.db.select().from(tables.users).where(eq(tables.users.email, 'siae@demo.navette.fr'))
    )[0]!;
    const [event] = await eventsOf(p.prescriptionId);
    const [note] = await database.db
      .select()
      .from(tables.notifications)
      .where(and(eq(tables.notifications.eventId, event!.id), eq(tables.notifications.userId, siaeUser.id)));
    expect(note).toBeDefined();
    const deliveries = await database.db
      .select()
      .from(tables.emailDeliveries)
      .where(and(eq(tables.emailDeliveries.eventId, event!.id), eq(tables.emailDeliveries.userId, siaeUser.id)));
    expect(deliveries).toHaveLength(0);
    await ok(url, as.siae, SET, { kind: 'PRESCRIPTION_SENT', email: true });
  });

  it('a choice is one of IMMEDIATE, DAILY_DIGEST, OFF, or the first version’s e-mail on/off, never both', async () => {
    const BOTH = `mutation { setNotificationPreference(kind: PRESCRIPTION_SENT, email: true, delivery: OFF) { kind } }`;
    const NONE = `mutation { setNotificationPreference(kind: PRESCRIPTION_SENT) { kind } }`;
    for (const query of [BOTH, NONE]) {
      const answer = await graphql(url, query, {}, as.siae);
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOTIFICATION_DELIVERY_CHOICE',
      });
    }
    const off = await ok(
      url,
      as.siae,
      `mutation { setNotificationPreference(kind: PRESCRIPTION_SENT, email: false) { delivery email } }`,
    );
    expect(off.setNotificationPreference).toEqual({ delivery: 'OFF', email: false });
    const on = await ok(
      url,
      as.siae,
      `mutation { setNotificationPreference(kind: PRESCRIPTION_SENT, delivery: IMMEDIATE) { delivery email } }`,
    );
    expect(on.setNotificationPreference).toEqual({ delivery: 'IMMEDIATE', email: true });
    const prefs = await ok(url, as.siae, `{ notificationPreferences { kind delivery } }`);
    expect(prefs.notificationPreferences).toContainEqual({ kind: 'PRESCRIPTION_SENT', delivery: 'IMMEDIATE' });
  });

  it('needs a session', async () => {
    const anonymous = await graphql(
      url,
      `
        {
          unreadNotificationCount
        }
      `,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the daily digest', () => {
  const SET = `mutation($kind: NotificationKind!, $delivery: NotificationDelivery!) {
    setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery email }
  }`;
  const TO = 'siae@demo.navette.fr';
  const digestsTo = () => catcher.list().filter((m) => m.to === TO && m.subject.includes('du jour'));
  // Tuesday 24 November 2026: 06:30 then 07:10 in Paris (UTC+1); the next day at 07:30.
  const early = () => new Date('2026-11-24T05:30:00Z');
  const late = () => new Date('2026-11-24T06:10:00Z');
  const nextDay = () => new Date('2026-11-25T06:30:00Z');

  it('waits for 7 a.m., then one e-mail per user and day lists every waiting notification, even with two workers', async () => {
    const set = await ok(url, as.siae, SET, { kind: 'PRESCRIPTION_SENT', delivery: 'DAILY_DIGEST' });
    expect(set.setNotificationPreference).toEqual({ kind: 'PRESCRIPTION_SENT', delivery: 'DAILY_DIGEST', email: true });
    const a = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Digestun');
    const b = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Digestdeux');
    const aboutThem = () =>
      catcher.list().filter((m) => m.to === TO && [a, b].some((p) => m.text.includes(p.prescriptionId)));

    // Before 7 a.m.: the bell rings, no e-mail goes.
    await work(catcher, database.db, early);
    const bell = await ok(url, as.siae, NOTIFICATIONS, { first: 100 });
    const links = bell.notifications.edges.map((e: { node: { link: string } }) => e.node.link);
    for (const p of [a, b]) expect(links).toContain(`/siae/prescriptions/${p.prescriptionId}`);
    expect(aboutThem()).toHaveLength(0);

    // From 7 a.m., two workers at once: one digest with both links.
    const second: DatabaseHandle = await createDatabase({ url: database.url, maxConnections: 4 });
    try {
      await Promise.all([work(catcher, database.db, late), work(catcher, second.db, late)]);
      await Promise.all([work(catcher, database.db, late), work(catcher, second.db, late)]);
    } finally {
      await second.close();
    }
    const digests = aboutThem();
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('[Navette] Vos 2 notifications du jour');
    for (const p of [a, b]) expect(digests[0]!.text).toContain(`${PUBLIC_URL}/siae/prescriptions/${p.prescriptionId}`);
    expect(digests[0]!.raw + digests[0]!.html).not.toMatch(/Digestun|Digestdeux/);

    // A fiche after today's digest waits for tomorrow's.
    const c = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Digesttrois');
    await work(catcher, database.db, late);
    expect(catcher.list().filter((m) => m.to === TO && m.text.includes(c.prescriptionId))).toHaveLength(0);
    await work(catcher, database.db, nextDay);
    const tomorrow = catcher.list().filter((m) => m.to === TO && m.text.includes(c.prescriptionId));
    expect(tomorrow).toHaveLength(1);
    expect(tomorrow[0]!.subject).toBe('[Navette] Votre notification du jour');
    expect(digestsTo().length).toBeGreaterThanOrEqual(2);

    const siaeUser = (await database.db.select().from(tables.users).where(eq(tables.users.email, TO)))[0]!;
    const rows = await database.db
      .select()
      .from(tables.emailDigests)
      .where(eq(tables.emailDigests.userId, siaeUser.id));
    expect(rows.map((r) => [r.day, r.status]).sort()).toEqual([
      ['2026-11-24', 'SENT'],
      ['2026-11-25', 'SENT'],
    ]);
    const [left] = await database.db
      .select({ n: count() })
      .from(tables.emailDeliveries)
      .where(and(eq(tables.emailDeliveries.userId, siaeUser.id), eq(tables.emailDeliveries.status, 'PENDING')));
    expect(left!.n).toBe(0);
    await ok(url, as.siae, SET, { kind: 'PRESCRIPTION_SENT', delivery: 'IMMEDIATE' });
  });
});

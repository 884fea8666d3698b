// The daily reminders (issue 14 §3) on a real PostgreSQL: a pending demande d'agrément whose deadline is the next
// working day → one DECISION_DEADLINE_TOMORROW for its agence, written on that working day only; a tripartite
// interview due → one EXIT_INTERVIEW_DUE for the SIAE per interview window. Two runs at once on two connections, and
// runs again later, write each once (once-only keys). The worker then rings the right bells with links only.
import { createDatabase, tables, type DatabaseHandle } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { addDays, addMonths, addWorkingDays } from '@navette/domain';
import { runDailyReminders } from '@navette/subgraph-parcours';
import { MailCatcher, runNotificationWorkerOnce } from '@navette/subgraph-structures';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { DECIDE, ok, ORGS, pendingInitialRequest, signIn } from './testing/parcours.js';

const NOW = new Date('2026-11-23T09:00:00Z');
let database: TestDatabase;
let second: DatabaseHandle;
let navette: RunningNavette;
let url: string;
const as: Record<'prescriber' | 'siae' | 'agency', Record<string, string>> = {} as never;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false, // the tests run the jobs themselves
    mail: 'catcher',
    clock: () => NOW,
  });
  url = navette.graphqlUrl;
  second = await createDatabase({ url: database.url, maxConnections: 4 });
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
  });
});
afterAll(async () => {
  await second?.close();
  await navette?.stop();
  await database?.drop();
});

const eventsAbout = (type: string, subjectId: string) =>
  database.db
    .select()
    .from(tables.outboxEvents)
    .where(and(eq(tables.outboxEvents.type, type), eq(tables.outboxEvents.subjectId, subjectId)));

/** Two runs at once, on two connections, then a third. */
async function runTwiceAtOnceThenAgain(today: string) {
  await Promise.all([runDailyReminders(database.db, today), runDailyReminders(second.db, today)]);
  return runDailyReminders(database.db, today);
}

describe('daily reminders', () => {
  it('tells the agence once, on the working day before a pending request’s deadline', async () => {
    const r = await pendingInitialRequest(url, as);
    const [request] = await database.db
      .select()
      .from(tables.approvalRequests)
      .where(eq(tables.approvalRequests.id, r.requestId));
    const calendar = { departement: request!.departementCode };
    const dayBefore = addWorkingDays(request!.deadline, -1, calendar);

    // Earlier working days and the deadline itself: nothing.
    for (const day of [addWorkingDays(dayBefore, -1, calendar), request!.deadline])
      await runDailyReminders(database.db, day);
    expect(await eventsAbout('DECISION_DEADLINE_TOMORROW', r.requestId)).toHaveLength(0);

    const run = await runTwiceAtOnceThenAgain(dayBefore);
    expect(run.deadlines).toBeGreaterThanOrEqual(1);
    const events = await eventsAbout('DECISION_DEADLINE_TOMORROW', r.requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subjectType: 'ApprovalRequest',
      organisationIds: [ORGS.agency],
      dedupKey: `DECISION_DEADLINE_TOMORROW:${r.requestId}:${request!.deadline}`,
    });
    // Ids only.
    expect(Object.values(events[0]!.payload).every((v) => v === null || /^[0-9a-f-]{36}$/.test(v))).toBe(true);

    // Decided meanwhile: no reminder for it.
    const decided = await pendingInitialRequest(url, as);
    await ok(url, as.agency, DECIDE, { id: decided.requestId, decision: 'GRANT' });
    await runDailyReminders(database.db, dayBefore);
    expect(await eventsAbout('DECISION_DEADLINE_TOMORROW', decided.requestId)).toHaveLength(0);

    // The worker rings the agence's bell with a link to the request.
    await runNotificationWorkerOnce(database.db, { mailer: new MailCatcher(), publicUrl: 'https://navette.example' });
    const notes = await database.db
      .select()
      .from(tables.notifications)
      .where(eq(tables.notifications.eventId, events[0]!.id));
    expect(notes.length).toBeGreaterThanOrEqual(1);
    expect(notes.every((n) => n.organisationId === ORGS.agency)).toBe(true);
    expect(notes.every((n) => n.link === `/agence/demandes/${r.requestId}`)).toBe(true);
  });

  it('tells the SIAE once per interview window that a tripartite interview is due (fiche 7)', async () => {
    const r = await pendingInitialRequest(url, as);
    const decided = await ok<{ decideApprovalRequest: { resultingApproval: { id: string; endOn: string } } }>(
      url,
      as.agency,
      DECIDE,
      { id: r.requestId, decision: 'GRANT' },
    );
    const approval = decided.decideApprovalRequest.resultingApproval;
    // No contract recorded: the end is the agrément's; the window opens 3 months before it.
    const opening = addMonths(approval.endOn, -3);
    await runDailyReminders(database.db, addDays(opening, -1));
    expect(await eventsAbout('EXIT_INTERVIEW_DUE', approval.id)).toHaveLength(0);

    const run = await runTwiceAtOnceThenAgain(opening);
    expect(run.interviews).toBeGreaterThanOrEqual(1);
    // Every day of the window after: still the one reminder.
    await runTwiceAtOnceThenAgain(addDays(opening, 1));
    await runDailyReminders(database.db, addDays(opening, 20));
    const events = await eventsAbout('EXIT_INTERVIEW_DUE', approval.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subjectType: 'Approval',
      organisationIds: [ORGS.siae],
      payload: { approvalId: approval.id },
      dedupKey: `EXIT_INTERVIEW_DUE:${approval.id}:${opening}`,
    });

    await runNotificationWorkerOnce(database.db, { mailer: new MailCatcher(), publicUrl: 'https://navette.example' });
    const notes = await database.db
      .select()
      .from(tables.notifications)
      .where(eq(tables.notifications.eventId, events[0]!.id));
    expect(notes.length).toBeGreaterThanOrEqual(1);
    expect(notes.every((n) => n.organisationId === ORGS.siae && n.link === `/siae/salaries/${approval.id}`)).toBe(true);
  });
});

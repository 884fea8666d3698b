// The notification worker (issue 14 §3, DESIGN §6 "Events"): our own on FOR UPDATE SKIP LOCKED, the same code on
// PGlite (embedded) and PostgreSQL (server, any number of processes).
//  1. Dispatch: claims undispatched outbox events (SKIP LOCKED), turns each into one in-app notification and at most one
//     e-mail delivery per recipient — the active members of the organisations named, whose kind of organisation may
//     receive that kind (NOTIFICATION_AUDIENCE) — with ON CONFLICT DO NOTHING on (event, user): a retry or a second
//     worker adds nothing. Then marks the event dispatched, in the same transaction.
//  2. Deliver: claims due e-mail deliveries with a lease (locked_until, set under SKIP LOCKED), sends them outside any
//     transaction, then marks them SENT; a failure is retried with a doubling backoff, given up (FAILED) after
//     DELIVERY_MAX_ATTEMPTS. A second worker never takes a delivery whose lease runs.
//  3. Daily digest: the deliveries of the kinds a user set to DAILY_DIGEST wait; from 7 a.m. French time, the user's
//     digest of the day is opened (one row per user and day: the unique key keeps it one whatever the workers) and
//     takes every delivery waiting, then it is sent as one e-mail like a delivery (lease, retries, FAILED).
// Logs carry ids and counts only.
import { tables, type Database } from '@navette/db';
import {
  dateInFrance,
  deliveryBackoffMs,
  digestSubject,
  isDigestTime,
  DELIVERY_MAX_ATTEMPTS,
  isNotificationKind,
  NOTIFICATION_AUDIENCE,
  NOTIFICATION_WORDING,
  notificationLink,
  type RecipientOrganisationKind,
} from '@navette/domain';
import { rootLogger, serializeError, startPeriodicJob } from '@navette/subgraph-server';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { composeDigestMail, composeMail, type Mailer } from './mailer.js';

const { outboxEvents, notifications, emailDeliveries, emailDigests, notificationPreferences, users, memberships } =
  tables;

export interface NotificationWorkerOptions {
  /** Where e-mails go; null: none are sent (they wait, PENDING, for a mailer). */
  mailer: Mailer | null;
  /** Absolute URL the e-mails' links start with, e.g. http://127.0.0.1:4000. */
  publicUrl: string;
  batchSize?: number;
  /** How long a worker holds a delivery it is sending. */
  leaseMs?: number;
  /** The time that decides when the daily digest leaves (the product's clock; the database's now() for the rest). */
  clock?: () => Date;
}

const RECIPIENT_KINDS: readonly RecipientOrganisationKind[] = ['SIAE', 'AGENCY', 'PRESCRIBER_ORGANISATION'];

/** A time `ms` after the database's now: the workers' schedule is the database's clock, the one every process shares. */
const afterMs = (ms: number) => sql<Date>`now() + ${`${Math.round(ms)} milliseconds`}::interval`;

function errorCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  if (typeof e.responseCode === 'number') return `SMTP_${e.responseCode}`;
  if (typeof e.code === 'string') return e.code.slice(0, 40);
  return typeof e.name === 'string' ? e.name.slice(0, 40) : 'ERROR';
}

/** Fans undispatched events out to notifications and e-mail deliveries. Returns how many events it dispatched. */
export async function dispatchOutboxEvents(db: Database, batchSize = 50): Promise<number> {
  return db.transaction(async (tx) => {
    const events = await tx
      .select()
      .from(outboxEvents)
      .where(and(isNull(outboxEvents.dispatchedAt), lte(outboxEvents.nextAttemptAt, sql`now()`)))
      .orderBy(asc(outboxEvents.occurredAt), asc(outboxEvents.id))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    let dispatched = 0;
    for (const event of events) {
      const ok = await tx
        .transaction(async (sp) => {
          await fanOut(sp, event);
          await sp
            .update(outboxEvents)
            .set({ dispatchedAt: sql`now()` })
            .where(eq(outboxEvents.id, event.id));
          return true;
        })
        .catch(async (error: unknown) => {
          const attempts = event.attempts + 1;
          rootLogger().warn(
            { eventId: event.id, type: event.type, attempts, err: serializeError(error) },
            'outbox event dispatch failed',
          );
          await tx
            .update(outboxEvents)
            .set({
              attempts,
              nextAttemptAt: afterMs(deliveryBackoffMs(attempts)),
              lastError: errorCode(error),
            })
            .where(eq(outboxEvents.id, event.id));
          return false;
        });
      if (ok) dispatched += 1;
    }
    return dispatched;
  });
}

async function fanOut(tx: Database, event: typeof outboxEvents.$inferSelect): Promise<void> {
  const kind = event.type;
  if (!isNotificationKind(kind)) return; // an event nobody is notified of (webhooks only)
  const audience = NOTIFICATION_AUDIENCE[kind].filter((k) => RECIPIENT_KINDS.includes(k));
  if (audience.length === 0) return;
  const recipients = await tx
    .select({
      userId: users.id,
      organisationId: memberships.organisationId,
      organisationKind: memberships.organisationKind,
      delivery: notificationPreferences.delivery,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      notificationPreferences,
      and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, kind)),
    )
    .where(
      and(
        inArray(memberships.organisationId, event.organisationIds),
        inArray(memberships.organisationKind, audience),
        eq(users.status, 'ACTIVE'),
      ),
    );
  const payload = event.payload;
  for (const r of recipients) {
    const link = notificationLink(kind, r.organisationKind as RecipientOrganisationKind, {
      subjectId: event.subjectId,
      prescriptionId: payload['prescriptionId'] ?? null,
      approvalId: payload['approvalId'] ?? null,
    });
    await tx
      .insert(notifications)
      .values({
        eventId: event.id,
        userId: r.userId,
        organisationId: r.organisationId!,
        kind,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        link,
        createdAt: event.occurredAt,
      })
      .onConflictDoNothing({ target: [notifications.eventId, notifications.userId] });
    if (r.delivery !== 'OFF') {
      await tx
        .insert(emailDeliveries)
        .values({ eventId: event.id, userId: r.userId, kind, link, digest: r.delivery === 'DAILY_DIGEST' })
        .onConflictDoNothing({ target: [emailDeliveries.eventId, emailDeliveries.userId] });
    }
  }
}

export interface DeliveryRun {
  sent: number;
  retried: number;
  failed: number;
}

/** Claims due deliveries (lease) and sends them. */
export async function deliverEmails(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  { batchSize = 20, leaseMs = 60_000 }: { batchSize?: number; leaseMs?: number } = {},
): Promise<DeliveryRun> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailDeliveries.id })
      .from(emailDeliveries)
      .where(
        and(
          eq(emailDeliveries.status, 'PENDING'),
          eq(emailDeliveries.digest, false),
          lte(emailDeliveries.nextAttemptAt, sql`now()`),
          sql`(${emailDeliveries.lockedUntil} is null or ${emailDeliveries.lockedUntil} < now())`,
        ),
      )
      .orderBy(asc(emailDeliveries.nextAttemptAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailDeliveries)
      .set({
        lockedUntil: afterMs(leaseMs),
        attempts: sql`${emailDeliveries.attempts} + 1`,
      })
      .where(
        inArray(
          emailDeliveries.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0 };
  if (claimed.length === 0) return run;
  const addresses = new Map(
    (
      await db
        .select({ id: users.id, email: users.email, status: users.status })
        .from(users)
        .where(
          inArray(
            users.id,
            claimed.map((d) => d.userId),
          ),
        )
    ).map((u) => [u.id, u] as const),
  );
  for (const delivery of claimed) {
    const user = addresses.get(delivery.userId);
    try {
      if (!user || user.status !== 'ACTIVE' || !isNotificationKind(delivery.kind)) {
        // Nobody to tell any more (account disabled or removed): nothing is sent, the delivery is closed.
        await db
          .update(emailDeliveries)
          .set({ status: 'FAILED', lastError: 'NO_RECIPIENT', lockedUntil: null })
          .where(eq(emailDeliveries.id, delivery.id));
        run.failed += 1;
        continue;
      }
      const wording = NOTIFICATION_WORDING[delivery.kind];
      await mailer.send(
        composeMail(user.email, wording.title, wording.body, `${publicUrl}${delivery.link}`, 'Ouvrir dans Navette'),
      );
      await db
        .update(emailDeliveries)
        .set({ status: 'SENT', sentAt: sql`now()`, lockedUntil: null, lastError: null })
        .where(and(eq(emailDeliveries.id, delivery.id), eq(emailDeliveries.status, 'PENDING')));
      run.sent += 1;
    } catch (error) {
      const giveUp = delivery.attempts >= DELIVERY_MAX_ATTEMPTS;
      rootLogger().warn(
        { deliveryId: delivery.id, attempts: delivery.attempts, giveUp, err: errorCode(error) },
        'e-mail delivery failed',
      );
      await db
        .update(emailDeliveries)
        .set({
          status: giveUp ? 'FAILED' : 'PENDING',
          lockedUntil: null,
          nextAttemptAt: afterMs(deliveryBackoffMs(delivery.attempts)),
          lastError: errorCode(error),
        })
        .where(eq(emailDeliveries.id, delivery.id));
      if (giveUp) run.failed += 1;
      else run.retried += 1;
    }
  }
  return run;
}

/**
 * Opens the digest of `day` for each user with digest deliveries waiting, and gives it those deliveries. One digest per
 * user and day: a second worker (or a second run) finds the row there and opens nothing. Deliveries that arrive after
 * the day's digest was opened wait for the next day's. Returns how many digests it opened.
 */
export async function openDailyDigests(db: Database, day: string): Promise<number> {
  const waitingOf = (userId?: string) =>
    and(
      eq(emailDeliveries.digest, true),
      eq(emailDeliveries.status, 'PENDING'),
      isNull(emailDeliveries.digestId),
      userId ? eq(emailDeliveries.userId, userId) : undefined,
    );
  return db.transaction(async (tx) => {
    const waiting = await tx
      .selectDistinct({ userId: emailDeliveries.userId })
      .from(emailDeliveries)
      .where(waitingOf());
    if (waiting.length === 0) return 0;
    const opened = await tx
      .insert(emailDigests)
      .values(waiting.map((w) => ({ userId: w.userId, day })))
      .onConflictDoNothing({ target: [emailDigests.userId, emailDigests.day] })
      .returning({ id: emailDigests.id, userId: emailDigests.userId });
    for (const digest of opened) {
      await tx.update(emailDeliveries).set({ digestId: digest.id }).where(waitingOf(digest.userId));
    }
    return opened.length;
  });
}

/** Claims due digests (lease) and sends each as one e-mail listing its notifications. */
export async function sendDailyDigests(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  { batchSize = 20, leaseMs = 60_000 }: { batchSize?: number; leaseMs?: number } = {},
): Promise<DeliveryRun> {
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailDigests.id })
      .from(emailDigests)
      .where(
        and(
          eq(emailDigests.status, 'PENDING'),
          lte(emailDigests.nextAttemptAt, sql`now()`),
          sql`(${emailDigests.lockedUntil} is null or ${emailDigests.lockedUntil} < now())`,
        ),
      )
      .orderBy(asc(emailDigests.nextAttemptAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailDigests)
      .set({ lockedUntil: afterMs(leaseMs), attempts: sql`${emailDigests.attempts} + 1` })
      .where(
        inArray(
          emailDigests.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0 };
  for (const digest of claimed) {
    const close = (status: 'SENT' | 'FAILED', lastError: string | null) =>
      db.transaction(async (tx) => {
        await tx
          .update(emailDigests)
          .set({ status, lockedUntil: null, lastError, ...(status === 'SENT' ? { sentAt: sql`now()` } : {}) })
          .where(eq(emailDigests.id, digest.id));
        await tx
          .update(emailDeliveries)
          .set({ status, lastError, ...(status === 'SENT' ? { sentAt: sql`now()` } : {}) })
          .where(and(eq(emailDeliveries.digestId, digest.id), eq(emailDeliveries.status, 'PENDING')));
      });
    try {
      const [user] = await db
        .select({ email: users.email, status: users.status })
        .from(users)
        .where(eq(users.id, digest.userId));
      const items = await db
        .select({ kind: emailDeliveries.kind, link: emailDeliveries.link, at: emailDeliveries.createdAt })
        .from(emailDeliveries)
        .where(and(eq(emailDeliveries.digestId, digest.id), eq(emailDeliveries.status, 'PENDING')))
        .orderBy(asc(emailDeliveries.createdAt), asc(emailDeliveries.id));
      if (!user || user.status !== 'ACTIVE' || items.length === 0) {
        // Nobody to tell any more, or nothing left to say: closed without an e-mail.
        await close('FAILED', user && user.status === 'ACTIVE' ? 'EMPTY' : 'NO_RECIPIENT');
        run.failed += 1;
        continue;
      }
      await mailer.send(
        composeDigestMail(
          user.email,
          digestSubject(items.length),
          items.map((i) => ({
            title: isNotificationKind(i.kind) ? NOTIFICATION_WORDING[i.kind].title : i.kind,
            at: i.at,
            url: `${publicUrl}${i.link}`,
          })),
        ),
      );
      await close('SENT', null);
      run.sent += 1;
    } catch (error) {
      const giveUp = digest.attempts >= DELIVERY_MAX_ATTEMPTS;
      rootLogger().warn(
        { digestId: digest.id, attempts: digest.attempts, giveUp, err: errorCode(error) },
        'digest e-mail failed',
      );
      if (giveUp) {
        await close('FAILED', errorCode(error));
        run.failed += 1;
      } else {
        await db
          .update(emailDigests)
          .set({
            lockedUntil: null,
            nextAttemptAt: afterMs(deliveryBackoffMs(digest.attempts)),
            lastError: errorCode(error),
          })
          .where(eq(emailDigests.id, digest.id));
        run.retried += 1;
      }
    }
  }
  return run;
}

/** One pass: dispatch every due event, then send every due e-mail. */
export async function runNotificationWorkerOnce(
  db: Database,
  options: NotificationWorkerOptions,
): Promise<{ dispatched: number } & DeliveryRun> {
  let dispatched = 0;
  for (;;) {
    const n = await dispatchOutboxEvents(db, options.batchSize);
    dispatched += n;
    if (n < (options.batchSize ?? 50)) break;
  }
  const total: DeliveryRun = { sent: 0, retried: 0, failed: 0 };
  if (options.mailer) {
    for (;;) {
      const run = await deliverEmails(db, options.mailer, options.publicUrl, {
        ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
      });
      total.sent += run.sent;
      total.retried += run.retried;
      total.failed += run.failed;
      if (run.sent + run.retried + run.failed === 0 || run.retried + run.failed > 0) break;
    }
    // The daily digest: opened from 7 a.m. French time, once per user and day, then sent.
    const now = (options.clock ?? (() => new Date()))();
    if (isDigestTime(now)) await openDailyDigests(db, dateInFrance(now));
    for (;;) {
      const run = await sendDailyDigests(db, options.mailer, options.publicUrl, {
        ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
      });
      total.sent += run.sent;
      total.retried += run.retried;
      total.failed += run.failed;
      if (run.sent + run.retried + run.failed === 0 || run.retried + run.failed > 0) break;
    }
  }
  return { dispatched, ...total };
}

/**
 * Runs the worker every `intervalMs` (one pass at a time); returns a function that stops it after the pass in flight.
 */
export function startNotificationWorker(
  db: Database,
  options: NotificationWorkerOptions & { intervalMs?: number },
): () => Promise<void> {
  if (!options.mailer)
    rootLogger().warn({ job: 'notifications' }, 'no NAVETTE_SMTP_URL: in-app notifications only, e-mails wait');
  return startPeriodicJob({
    name: 'notifications',
    intervalMs: options.intervalMs ?? 2000,
    run: () => runNotificationWorkerOnce(db, options),
    describe: (result) =>
      result.dispatched + result.sent + result.retried + result.failed > 0
        ? { level: 'info', fields: result, msg: 'notification run' }
        : undefined,
  });
}

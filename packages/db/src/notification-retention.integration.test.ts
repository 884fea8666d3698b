// Retention of the notification tables (docs/data-protection.md; periods in @navette/domain): on both engines, ended
// delivery logs go after 3 months, notifications and their events after 12, pending work never, a re-run deletes
// nothing, and two runs at once delete each row once.
import { DELIVERY_LOG_RETENTION_MONTHS, NOTIFICATION_RETENTION_MONTHS } from '@navette/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredNotifications } from './notification-retention.js';
import { resultRows } from './reporting-totals.js';
import { BOTH_ENGINES, type EngineSetup } from './testing.js';

const AT = new Date('2026-12-03T03:00:00Z');
const monthsBefore = (months: number, days = 0) => {
  const d = new Date(AT);
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString();
};

describe.each(BOTH_ENGINES)('the notification tables’ retention on %s', (_engine, open) => {
  let setup: EngineSetup;
  const ids: Record<string, string> = {};

  const count = async (table: string, id: string) =>
    resultRows<{ n: number }>(
      await setup.db.execute(sql`select count(*)::int as n from ${sql.raw(`notify.${table}`)} where id = ${id}`),
    )[0]!.n;

  async function event(name: string, occurredAt: string) {
    const [row] = resultRows<{ id: string }>(
      await setup.db.execute(sql`insert into notify.outbox_events (type, occurred_at, subject_type, subject_id,
        organisation_ids, dispatched_at) values ('PRESCRIPTION_SENT', ${occurredAt}::timestamptz, 'Prescription',
        gen_random_uuid(), '{}', ${occurredAt}::timestamptz) returning id`),
    );
    ids[name] = row!.id;
  }
  async function notification(name: string, eventName: string, createdAt: string) {
    const [row] = resultRows<{ id: string }>(
      await setup.db.execute(sql`insert into notify.notifications (event_id, user_id, organisation_id, kind,
        subject_type, subject_id, link, created_at) values (${ids[eventName]}, gen_random_uuid(), gen_random_uuid(),
        'PRESCRIPTION_SENT', 'Prescription', gen_random_uuid(), '/siae/', ${createdAt}::timestamptz) returning id`),
    );
    ids[name] = row!.id;
  }
  async function email(name: string, eventName: string, status: string, createdAt: string) {
    const [row] = resultRows<{ id: string }>(
      await setup.db.execute(sql`insert into notify.email_deliveries (event_id, user_id, kind, link, status,
        created_at) values (${ids[eventName]}, gen_random_uuid(), 'PRESCRIPTION_SENT', '/siae/', ${status},
        ${createdAt}::timestamptz) returning id`),
    );
    ids[name] = row!.id;
  }

  beforeAll(async () => {
    setup = await open();
    // An old event, all its work ended: everything goes.
    await event('oldEvent', monthsBefore(NOTIFICATION_RETENTION_MONTHS, 1));
    await notification('oldNotification', 'oldEvent', monthsBefore(NOTIFICATION_RETENTION_MONTHS, 1));
    await email('oldSent', 'oldEvent', 'SENT', monthsBefore(NOTIFICATION_RETENTION_MONTHS, 1));
    // An old event whose e-mail still waits (an SMTP server gone for long): the e-mail and so the event stay.
    await event('stuckEvent', monthsBefore(NOTIFICATION_RETENTION_MONTHS, 1));
    await email('stuckPending', 'stuckEvent', 'PENDING', monthsBefore(NOTIFICATION_RETENTION_MONTHS, 1));
    // A recent event: its notification stays; its e-mail log goes past 3 months, stays before.
    await event('recentEvent', monthsBefore(DELIVERY_LOG_RETENTION_MONTHS + 1));
    await notification('recentNotification', 'recentEvent', monthsBefore(DELIVERY_LOG_RETENTION_MONTHS + 1));
    await email('endedLog', 'recentEvent', 'FAILED', monthsBefore(DELIVERY_LOG_RETENTION_MONTHS, 1));
    await event('freshEvent', monthsBefore(0, 10));
    await email('freshLog', 'freshEvent', 'SENT', monthsBefore(0, 10));
  });
  afterAll(async () => {
    await setup?.close();
  });

  it('deletes what is past its period, keeps pending work and what is recent; a re-run deletes nothing', async () => {
    const runs = await Promise.all([purgeExpiredNotifications(setup.db, AT), purgeExpiredNotifications(setup.db, AT)]);
    const total = (key: 'notifications' | 'emailDeliveries' | 'outboxEvents') => runs.reduce((n, r) => n + r[key], 0);
    // Two runs at once (replicas): each row deleted once.
    expect(total('notifications')).toBe(1);
    expect(total('emailDeliveries')).toBe(2);
    expect(total('outboxEvents')).toBe(1);
    for (const gone of ['oldEvent', 'oldNotification', 'oldSent', 'endedLog'])
      expect(
        await count(
          gone === 'oldEvent' ? 'outbox_events' : gone.includes('Notification') ? 'notifications' : 'email_deliveries',
          ids[gone]!,
        ),
        gone,
      ).toBe(0);
    expect(await count('email_deliveries', ids['stuckPending']!)).toBe(1);
    expect(await count('outbox_events', ids['stuckEvent']!)).toBe(1);
    expect(await count('notifications', ids['recentNotification']!)).toBe(1);
    expect(await count('outbox_events', ids['recentEvent']!)).toBe(1);
    expect(await count('email_deliveries', ids['freshLog']!)).toBe(1);

    const again = await purgeExpiredNotifications(setup.db, AT);
    expect(again).toEqual({
      webhookDeliveries: 0,
      emailDeliveries: 0,
      emailDigests: 0,
      notifications: 0,
      outboxEvents: 0,
      interrupted: false,
    });
  });

  it('stops between two batches when asked', async () => {
    expect((await purgeExpiredNotifications(setup.db, AT, () => true)).interrupted).toBe(true);
  });
});

// The signed-in user's in-app notifications (issue 14 §3): the bell's count, the list, marking read, the e-mail
// preferences. Every query is filtered on the caller's own user id: nobody reads or marks another's notifications
// (ids of others' are ignored, not reported).
import type { Principal } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import {
  isNotificationDelivery,
  isNotificationKind,
  NOTIFICATION_AUDIENCE,
  NOTIFICATION_KINDS,
  NOTIFICATION_WORDING,
  type NotificationDelivery,
  type NotificationKind,
  type RecipientOrganisationKind,
} from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor, timestampKey, isUuid } from '@navette/subgraph-server';
import { and, count, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import { errors } from '../errors.js';

const { notifications, notificationPreferences } = tables;

function userOf(principal: Principal): { userId: string; organisationKind: string } {
  if (principal.kind !== 'user') throw errors.notSignedIn();
  return { userId: principal.userId, organisationKind: principal.organisationKind };
}

export function notificationTitle(kind: string): string {
  return isNotificationKind(kind) ? NOTIFICATION_WORDING[kind].title : kind;
}

export async function listNotifications(
  db: Database,
  principal: Principal,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
) {
  const { userId } = userOf(principal);
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['timestamp', 'uuid']);
  const where = and(eq(notifications.userId, userId), args.unreadOnly ? isNull(notifications.readAt) : undefined);
  const after = key
    ? sql`(${notifications.createdAt}, ${notifications.id}) < (${key[0]}::timestamptz, ${key[1]}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...getTableColumns(notifications), cursorAt: timestampKey(notifications.createdAt) })
    .from(notifications)
    .where(and(where, after))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(first + 1);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  const nodes = rows.map((r) => ({
    id: r.id,
    kind: r.kind as NotificationKind,
    title: notificationTitle(r.kind),
    link: r.link,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
    cursorAt: r.cursorAt,
  }));
  return connectionFromRows(nodes, first, (r) => [r.cursorAt, r.id], total?.n ?? 0);
}

export async function unreadNotificationCount(db: Database, principal: Principal): Promise<number> {
  const { userId } = userOf(principal);
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markNotificationsRead(
  db: Database,
  principal: Principal,
  ids: readonly string[] | null,
  now: Date,
): Promise<number> {
  const { userId } = userOf(principal);
  if (ids && ids.length > 100) throw errors.tooManyNotifications();
  const known = ids?.filter(isUuid);
  if (known && known.length === 0) return 0;
  const changed = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        known ? inArray(notifications.id, known) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return changed.length;
}

/** The kinds the caller's kind of organisation may receive. */
function kindsFor(organisationKind: string): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) =>
    (NOTIFICATION_AUDIENCE[kind] as readonly string[]).includes(organisationKind as RecipientOrganisationKind),
  );
}

export async function listNotificationPreferences(db: Database, principal: Principal) {
  const { userId, organisationKind } = userOf(principal);
  const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery] as const));
  return kindsFor(organisationKind).map((kind) => preferenceOf(kind, chosen.get(kind) ?? 'IMMEDIATE'));
}

function preferenceOf(kind: NotificationKind, stored: string) {
  const delivery: NotificationDelivery = isNotificationDelivery(stored) ? stored : 'IMMEDIATE';
  return { kind, label: NOTIFICATION_WORDING[kind].preference, delivery, email: delivery !== 'OFF' };
}

export async function setNotificationPreference(
  db: Database,
  principal: Principal,
  kind: NotificationKind,
  choice: { email?: boolean | null; delivery?: NotificationDelivery | null },
  now: Date,
) {
  // A kind the caller's organisation never receives is kept too, without effect (nothing to refuse: it is theirs).
  const { userId } = userOf(principal);
  const hasEmail = choice.email !== undefined && choice.email !== null;
  const hasDelivery = choice.delivery !== undefined && choice.delivery !== null;
  if (hasEmail === hasDelivery) throw errors.notificationDeliveryChoice();
  const delivery: NotificationDelivery = hasDelivery ? choice.delivery! : choice.email ? 'IMMEDIATE' : 'OFF';
  const email = delivery !== 'OFF';
  await db
    .insert(notificationPreferences)
    .values({ userId, kind, email, delivery, updatedAt: now })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { email, delivery, updatedAt: now },
    });
  return preferenceOf(kind, delivery);
}

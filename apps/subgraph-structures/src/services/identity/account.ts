// "Mon compte" (issue 14 §2): the signed-in user's own sessions (devices), closing one or all the others, and a change
// of password. Only the user's own rows are ever read or changed: another user's session id is answered exactly like
// an unknown id (SESSION_NOT_FOUND), so that ids reveal nothing.
import {
  hashPassword,
  isSignInLocked,
  signInDelayMs,
  validateNewPassword,
  verifyPassword,
  type Principal,
} from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { actorOf, announceRevocation, recordAudit, refusalError } from '@navette/subgraph-server';
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { errors } from '../../errors.js';
import { UNKNOWN_DEVICE } from './device-label.js';
import { clearAfterSuccess, countAttempt } from './sign-in-throttle.js';
import { loadViewer } from './viewer.js';

type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** People only (API clients have no account page): the same answer as `viewer` to anyone else. */
export function userOf(principal: Principal): UserPrincipal {
  if (principal.kind !== 'user') throw errors.notSignedIn();
  return principal;
}

export interface AccountSessionRow {
  id: string;
  device: string;
  signedInAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** The user's open sessions (not revoked, not expired), the current one first, then the most recently active. */
export async function listAccountSessions(db: Database, principal: Principal, now: Date): Promise<AccountSessionRow[]> {
  const user = userOf(principal);
  const s = tables.sessions;
  const rows = await db
    .select()
    .from(s)
    .where(and(eq(s.userId, user.userId), isNull(s.revokedAt), gt(s.expiresAt, now)))
    .orderBy(desc(s.createdAt))
    .limit(100);
  return rows
    .map((row) => ({
      id: row.id,
      device: row.deviceLabel ?? UNKNOWN_DEVICE,
      signedInAt: row.createdAt,
      lastActiveAt: row.renewedAt ?? row.createdAt,
      expiresAt: row.expiresAt,
      current: row.id === user.sessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt.getTime() - a.lastActiveAt.getTime());
}

/** Closes one of the user's own sessions (the current one included: that is signing out). */
export async function revokeOwnSession(
  db: Database,
  principal: Principal,
  sessionId: string,
  now: Date,
  client: string | null,
): Promise<boolean> {
  const user = userOf(principal);
  const s = tables.sessions;
  const revoked = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(s)
      .set({ revokedAt: now, revokedReason: 'REVOKED_BY_USER' })
      .where(and(eq(s.id, sessionId), eq(s.userId, user.userId), isNull(s.revokedAt), gt(s.expiresAt, now)))
      .returning({ id: s.id });
    // Unknown, someone else's, or already closed: one answer.
    if (!row) throw errors.sessionNotFound();
    await recordAudit(tx, actorOf(principal), {
      action: 'SESSION_REVOKED',
      subjectType: 'user',
      subjectId: user.userId,
      details: { sessionId, current: sessionId === user.sessionId },
      client,
    });
    return row;
  });
  announceRevocation({ sessionId: revoked.id });
  return true;
}

async function revokeOthers(tx: Database, user: UserPrincipal, now: Date, reason: string): Promise<string[]> {
  const s = tables.sessions;
  const rows = await tx
    .update(s)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(s.userId, user.userId), ne(s.id, user.sessionId), isNull(s.revokedAt)))
    .returning({ id: s.id });
  return rows.map((row) => row.id);
}

/** Closes every session of the user but the current one; returns how many were closed. */
export async function revokeOtherSessions(
  db: Database,
  principal: Principal,
  now: Date,
  client: string | null,
): Promise<number> {
  const user = userOf(principal);
  const closed = await db.transaction(async (tx) => {
    const ids = await revokeOthers(tx, user, now, 'REVOKED_BY_USER');
    await recordAudit(tx, actorOf(principal), {
      action: 'OTHER_SESSIONS_REVOKED',
      subjectType: 'user',
      subjectId: user.userId,
      details: { sessions: ids.length },
      client,
    });
    return ids;
  });
  for (const sessionId of closed) announceRevocation({ sessionId });
  return closed.length;
}

/**
 * Failed attempts at the current password (from every session of the account, in the sign-in throttle's window)
 * before a change of password is refused: fewer than a sign-in's, since the caller is already signed in and only a
 * thief holding a session needs to guess.
 */
export const PASSWORD_CHANGE_LOCK_THRESHOLD = 5;
/** The throttle's source for password changes (sign_in_source_failures): one counter per account. */
export const PASSWORD_CHANGE_SOURCE = 'password-change';

/**
 * Changes the user's password: the current one is required (counted before it is checked, slowed down and then
 * refused after repeated failures, like a sign-in), the new one must pass the password policy of @navette/auth and
 * differ from it; every other session of the account is closed (the current one stays open).
 */
export async function changePassword(
  db: Database,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
  now: Date,
  client: string | null,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<number> {
  const user = userOf(principal);
  const viewer = await loadViewer(db, user.userId);
  if (!viewer || viewer.status !== 'ACTIVE') throw errors.notSignedIn();
  const policy = validateNewPassword(input.newPassword);
  if (!policy.ok) throw refusalError(errors, policy);

  const emailKey = viewer.email.trim().toLowerCase();
  const attempt = await countAttempt(db, emailKey, PASSWORD_CHANGE_SOURCE, now);
  if (isSignInLocked(attempt.sourceFailuresBefore, PASSWORD_CHANGE_LOCK_THRESHOLD)) {
    throw errors.passwordChangeLocked();
  }
  await wait(signInDelayMs(attempt.sourceFailuresBefore));
  if (!(await verifyPassword(viewer.passwordHash, input.currentPassword))) {
    await recordAudit(db, actorOf(principal), {
      action: 'PASSWORD_CHANGE_FAILED',
      subjectType: 'user',
      subjectId: user.userId,
      client,
    });
    throw errors.currentPasswordIncorrect();
  }
  await clearAfterSuccess(db, emailKey, PASSWORD_CHANGE_SOURCE);
  if (await verifyPassword(viewer.passwordHash, policy.value)) throw errors.passwordUnchanged();

  const passwordHash = await hashPassword(policy.value);
  const closed = await db.transaction(async (tx) => {
    // Compare-and-set on the hash that was checked: of two changes at once, the second finds the password changed.
    const [updated] = await tx
      .update(tables.users)
      .set({ passwordHash, passwordChangedAt: now })
      .where(and(eq(tables.users.id, user.userId), eq(tables.users.passwordHash, viewer.passwordHash)))
      .returning({ id: tables.users.id });
    if (!updated) throw errors.passwordChangedMeanwhile();
    const ids = await revokeOthers(tx, user, now, 'PASSWORD_CHANGED');
    await recordAudit(tx, actorOf(principal), {
      action: 'PASSWORD_CHANGED',
      subjectType: 'user',
      subjectId: user.userId,
      details: { otherSessionsClosed: ids.length },
      client,
    });
    return ids;
  });
  for (const sessionId of closed) announceRevocation({ sessionId });
  return closed.length;
}

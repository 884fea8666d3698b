// Sessions: a refresh token (opaque, stored hashed) per sign-in, rotated at each renewal; short-lived access tokens.
// Issue 11: a session is a token family. Each rotated-away token is kept (hashed) with its session; presenting one
// again means two holders have the token — the user and a thief, whichever came second — so the whole session is
// revoked (the newest refresh token and every access token of it stop working) and SESSION_REUSE_DETECTED is audited.
// Independent of the transport (body or cookie): the callers pass the token, this module decides.
import {
  formatScopes,
  generateOpaqueSecret,
  hashOpaqueSecret,
  REFRESH_TOKEN_PREFIX,
  ROLE_SCOPES,
  type TokenIssuer,
} from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { announceRevocation, recordAudit } from '@navette/subgraph-server';
import { and, eq, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { loadViewer, type ViewerRow } from './viewer.js';

/** A session lasts at most this long without renewal (a working day). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface SessionPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  viewer: ViewerRow;
  /** Sign-in only: failed attempts on the account since its previous sign-in (issue 11). */
  failedSignInsSinceLastSignIn?: number;
}

async function issueFor(issuer: TokenIssuer, viewer: ViewerRow, sessionId: string, now: Date) {
  const organisation = viewer.organisation;
  return issuer.issueAccessToken(
    {
      kind: 'user',
      sub: viewer.id,
      sid: sessionId,
      role: viewer.role,
      // Administrators belong to no organisation: the nil uuid stands for "none" in the token.
      org: organisation?.id ?? '00000000-0000-0000-0000-000000000000',
      orgKind: organisation?.kind ?? 'STATE_SERVICE',
      scope: formatScopes(ROLE_SCOPES[viewer.role]),
      ...(organisation?.departement ? { departement: organisation.departement } : {}),
    },
    { now },
  );
}

export async function openSession(
  db: Database,
  issuer: TokenIssuer,
  viewer: ViewerRow,
  now: Date,
  device: string | null = null,
): Promise<SessionPayload> {
  const refreshToken = generateOpaqueSecret(REFRESH_TOKEN_PREFIX);
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(tables.sessions).values({
    id,
    userId: viewer.id,
    refreshTokenHash: hashOpaqueSecret(refreshToken),
    createdAt: now,
    expiresAt,
    deviceLabel: device,
  });
  const access = await issueFor(issuer, viewer, id, now);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken,
    refreshTokenExpiresAt: expiresAt.toISOString(),
    viewer,
  };
}

/**
 * When a refresh token that was already rotated away comes back: revokes its whole session (theft detection) and
 * audits it once. Returns whether the token was a rotated one.
 */
async function revokeFamilyOnReuse(
  db: Database,
  presentedHash: string,
  now: Date,
  client: string | null,
): Promise<boolean> {
  const [rotated] = await db
    .select({ sessionId: tables.rotatedRefreshTokens.sessionId, rotatedAt: tables.rotatedRefreshTokens.rotatedAt })
    .from(tables.rotatedRefreshTokens)
    .where(eq(tables.rotatedRefreshTokens.tokenHash, presentedHash));
  if (!rotated) return false;
  const [revoked] = await db
    .update(tables.sessions)
    .set({ revokedAt: now, revokedReason: 'REFRESH_TOKEN_REUSED' })
    .where(and(eq(tables.sessions.id, rotated.sessionId), isNull(tables.sessions.revokedAt)))
    .returning({ userId: tables.sessions.userId });
  if (revoked) {
    // Cached principals of this session go at once (issue 16 §1: the gateway's principal cache).
    announceRevocation({ sessionId: rotated.sessionId });
    await recordAudit(
      db,
      { actorKind: 'anonymous', actorId: null, actorOrganisationId: null },
      {
        action: 'SESSION_REUSE_DETECTED',
        subjectType: 'user',
        subjectId: revoked.userId,
        client,
        details: { sessionId: rotated.sessionId, rotatedAt: rotated.rotatedAt.toISOString() },
      },
    );
  }
  return true;
}

/**
 * Rotates the refresh token of a live session; null when the token is unknown, revoked or expired — or was already
 * rotated away, which revokes the whole session (see the top of this file). Two renewals with one token are therefore
 * never both served: the portals send one renewal at a time per tab (packages/ui session-store), and each tab holds
 * its own session.
 */
export async function renewSession(
  db: Database,
  issuer: TokenIssuer,
  refreshToken: string,
  now: Date,
  client: string | null = null,
): Promise<SessionPayload | null> {
  const nextToken = generateOpaqueSecret(REFRESH_TOKEN_PREFIX);
  const presentedHash = hashOpaqueSecret(refreshToken);
  // One transaction: the token is rotated and remembered as rotated together (a row lock on the session makes two
  // concurrent renewals with one token take turns: the second finds it rotated, i.e. reused).
  const session = await db.transaction(async (tx) => {
    const [renewed] = await tx
      .update(tables.sessions)
      .set({ refreshTokenHash: hashOpaqueSecret(nextToken), renewedAt: now })
      .where(and(eq(tables.sessions.refreshTokenHash, presentedHash), isNull(tables.sessions.revokedAt)))
      .returning();
    if (renewed)
      await tx
        .insert(tables.rotatedRefreshTokens)
        .values({ tokenHash: presentedHash, sessionId: renewed.id, rotatedAt: now });
    return renewed;
  });
  if (!session) {
    await revokeFamilyOnReuse(db, presentedHash, now, client);
    return null;
  }
  if (session.expiresAt <= now) return null;
  const viewer = await loadViewer(db, session.userId);
  if (!viewer || viewer.status !== 'ACTIVE') return null;
  const access = await issueFor(issuer, viewer, session.id, now);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken: nextToken,
    refreshTokenExpiresAt: session.expiresAt.toISOString(),
    viewer,
  };
}

/** Revokes the session of a refresh token; returns its user id, or null when there was none to close. */
export async function closeSession(
  db: Database,
  refreshToken: string,
  now: Date,
  client: string | null = null,
): Promise<string | null> {
  const presentedHash = hashOpaqueSecret(refreshToken);
  const [session] = await db
    .update(tables.sessions)
    .set({ revokedAt: now, revokedReason: 'SIGNED_OUT' })
    .where(and(eq(tables.sessions.refreshTokenHash, presentedHash), isNull(tables.sessions.revokedAt)))
    .returning({ id: tables.sessions.id, userId: tables.sessions.userId });
  if (session) announceRevocation({ sessionId: session.id });
  // A rotated-away token used to sign out is a copy too: the family is revoked all the same, and audited.
  if (!session) await revokeFamilyOnReuse(db, presentedHash, now, client);
  return session?.userId ?? null;
}

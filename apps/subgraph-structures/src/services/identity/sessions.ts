// Sessions: a refresh token (opaque, stored hashed) per sign-in, rotated at each renewal; short-lived access tokens.
import { formatScopes, generateOpaqueSecret, hashOpaqueSecret, REFRESH_TOKEN_PREFIX, ROLE_SCOPES, type TokenIssuer } from '@navette/auth';
import { tables, type Database } from '@navette/db';
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

export async function openSession(db: Database, issuer: TokenIssuer, viewer: ViewerRow, now: Date): Promise<SessionPayload> {
  const refreshToken = generateOpaqueSecret(REFRESH_TOKEN_PREFIX);
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(tables.sessions).values({ id, userId: viewer.id, refreshTokenHash: hashOpaqueSecret(refreshToken), createdAt: now, expiresAt });
  const access = await issueFor(issuer, viewer, id, now);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken,
    refreshTokenExpiresAt: expiresAt.toISOString(),
    viewer,
  };
}

/** Rotates the refresh token of a live session; null when the token is unknown, revoked or expired. */
export async function renewSession(db: Database, issuer: TokenIssuer, refreshToken: string, now: Date): Promise<SessionPayload | null> {
  const nextToken = generateOpaqueSecret(REFRESH_TOKEN_PREFIX);
  const [session] = await db
    .update(tables.sessions)
    .set({ refreshTokenHash: hashOpaqueSecret(nextToken), renewedAt: now })
    .where(and(eq(tables.sessions.refreshTokenHash, hashOpaqueSecret(refreshToken)), isNull(tables.sessions.revokedAt)))
    .returning();
  if (!session || session.expiresAt <= now) return null;
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
export async function closeSession(db: Database, refreshToken: string, now: Date): Promise<string | null> {
  const [session] = await db
    .update(tables.sessions)
    .set({ revokedAt: now })
    .where(and(eq(tables.sessions.refreshTokenHash, hashOpaqueSecret(refreshToken)), isNull(tables.sessions.revokedAt)))
    .returning({ userId: tables.sessions.userId });
  return session?.userId ?? null;
}

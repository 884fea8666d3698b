// Sign-in (issue 4): one generic error for a wrong email or password, slowed down after repeated failures, audited.
import { invalidCredentials, isSignInLocked, signInDelayMs, signInLocked, SIGN_IN_FAILURE_WINDOW_SECONDS, verifyPasswordForSignIn, type TokenIssuer } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { recordAudit } from '@navette/subgraph-server';
import { eq, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSession, type SessionPayload } from './sessions.js';
import { findViewerByEmail } from './viewer.js';

function refusal(code: 'INVALID_CREDENTIALS' | 'SIGN_IN_LOCKED', message: string) {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason: code } });
}

async function recentFailures(db: Database, emailKey: string, now: Date): Promise<number> {
  const [row] = await db.select().from(tables.signInFailures).where(eq(tables.signInFailures.emailKey, emailKey));
  if (!row) return 0;
  const age = (now.getTime() - row.lastFailureAt.getTime()) / 1000;
  return age > SIGN_IN_FAILURE_WINDOW_SECONDS ? 0 : row.failures;
}

export async function signIn(
  db: Database,
  issuer: TokenIssuer,
  input: { email: string; password: string; client: string | null },
  now: Date,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<SessionPayload> {
  const emailKey = input.email.trim().toLowerCase();
  const failures = await recentFailures(db, emailKey, now);
  if (isSignInLocked(failures)) {
    const locked = signInLocked();
    throw refusal(locked.code, locked.message);
  }
  await wait(signInDelayMs(failures));

  const viewer = await findViewerByEmail(db, emailKey);
  // Same work whether the email is known or not (verifyPasswordForSignIn checks a dummy hash when there is none).
  const passwordOk = await verifyPasswordForSignIn(viewer?.passwordHash, input.password);
  if (!viewer || !passwordOk || viewer.status !== 'ACTIVE') {
    await db
      .insert(tables.signInFailures)
      .values({ emailKey, failures: 1, lastFailureAt: now })
      .onConflictDoUpdate({
        target: tables.signInFailures.emailKey,
        set: {
          failures: sql`case when ${tables.signInFailures.lastFailureAt} < ${new Date(now.getTime() - SIGN_IN_FAILURE_WINDOW_SECONDS * 1000).toISOString()}::timestamptz then 1 else ${tables.signInFailures.failures} + 1 end`,
          lastFailureAt: now,
        },
      });
    await recordAudit(
      db,
      { actorKind: 'anonymous', actorId: viewer?.id ?? null, actorOrganisationId: null },
      { action: 'SIGN_IN_FAILED', subjectType: 'user', subjectId: viewer?.id ?? emailKey, client: input.client },
    );
    const refused = invalidCredentials();
    throw refusal(refused.code, refused.message);
  }

  await db.delete(tables.signInFailures).where(eq(tables.signInFailures.emailKey, emailKey));
  const session = await openSession(db, issuer, viewer, now);
  await recordAudit(
    db,
    { actorKind: 'user', actorId: viewer.id, actorOrganisationId: viewer.organisation?.id ?? null },
    { action: 'SIGN_IN', subjectType: 'user', subjectId: viewer.id, client: input.client },
  );
  return session;
}

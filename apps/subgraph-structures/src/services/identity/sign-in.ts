// Sign-in (issue 4): one generic error for a wrong email or password, slowed down after repeated failures, audited.
// Issue 11: the attempt is counted before the password is checked (sign-in-throttle.ts), per (account, source) for the
// delay and the lock, and account-wide for the administrators' alarm and the user's notice.
import {
  invalidCredentials,
  isSignInLocked,
  signInDelayMs,
  signInLocked,
  verifyPasswordForSignIn,
  type TokenIssuer,
} from '@navette/auth';
import type { Database } from '@navette/db';
import { recordAudit, refusalError } from '@navette/subgraph-server';
import { setTimeout as sleep } from 'node:timers/promises';
import { deviceLabel } from './device-label.js';
import { openSession, type SessionPayload } from './sessions.js';
import {
  claimAttackReport,
  clearAfterSuccess,
  countAttempt,
  failedSignInsSincePrevious,
  failingSources,
} from './sign-in-throttle.js';
import { findViewerByEmail } from './viewer.js';
import { errors } from '../../errors.js';

export interface SignInInput {
  email: string;
  password: string;
  client: string | null;
  /** Where the attempt comes from (`signInSource` of @navette/auth): the client IP, or the API client calling. */
  source: string;
  /** The caller's user agent as the gateway passed it on: only a short device label is kept (device-label.ts). */
  userAgent?: string | null;
}

export async function signIn(
  db: Database,
  issuer: TokenIssuer,
  input: SignInInput,
  now: Date,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<SessionPayload> {
  const emailKey = input.email.trim().toLowerCase();
  // Counted as a failure before anything else: N parallel guesses are N failures, whatever their order.
  const attempt = await countAttempt(db, emailKey, input.source, now);
  const viewer = await findViewerByEmail(db, emailKey);
  if (viewer && (await claimAttackReport(db, emailKey, attempt.accountFailures, now))) {
    // The administrators' alarm (once per window): counts only, never an address or a password.
    await recordAudit(
      db,
      { actorKind: 'system', actorId: null, actorOrganisationId: null },
      {
        action: 'ACCOUNT_UNDER_ATTACK',
        subjectType: 'user',
        subjectId: viewer.id,
        client: input.client,
        details: { failures: attempt.accountFailures, sources: await failingSources(db, emailKey, now) },
      },
    );
  }
  if (isSignInLocked(attempt.sourceFailuresBefore)) {
    throw refusalError(errors, signInLocked());
  }
  await wait(signInDelayMs(attempt.sourceFailuresBefore));

  // Same work whether the email is known or not (verifyPasswordForSignIn checks a dummy hash when there is none).
  const passwordOk = await verifyPasswordForSignIn(viewer?.passwordHash, input.password);
  if (!viewer || !passwordOk || viewer.status !== 'ACTIVE') {
    await recordAudit(
      db,
      { actorKind: 'anonymous', actorId: viewer?.id ?? null, actorOrganisationId: null },
      { action: 'SIGN_IN_FAILED', subjectType: 'user', subjectId: viewer?.id ?? emailKey, client: input.client },
    );
    throw refusalError(errors, invalidCredentials());
  }

  await clearAfterSuccess(db, emailKey, input.source);
  const failedSince = await failedSignInsSincePrevious(db, viewer.id);
  const session = await openSession(db, issuer, viewer, now, deviceLabel(input.userAgent));
  await recordAudit(
    db,
    { actorKind: 'user', actorId: viewer.id, actorOrganisationId: viewer.organisation?.id ?? null },
    { action: 'SIGN_IN', subjectType: 'user', subjectId: viewer.id, client: input.client },
  );
  return { ...session, failedSignInsSinceLastSignIn: failedSince };
}

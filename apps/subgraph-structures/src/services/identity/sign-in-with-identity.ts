// OIDC sign-in (issue 15 §6): a session for an identity the gateway verified at the OpenID provider. The gateway
// sends an identity assertion signed with the secret it shares with the subgraphs (identity-assertion.ts of
// @navette/subgraph-server): this subgraph checks the signature and the expiry, accepts each assertion once, then
// opens a session exactly as the password sign-in does — for an ACTIVE account with a role only, found by the e-mail
// the provider verified. No account is ever created here: an identity without one gets the same refusal whether the
// address is unknown, the account suspended or without a role (nothing tells which).
import { tables, type Database } from '@navette/db';
import { recordAudit, verifyIdentityAssertion } from '@navette/subgraph-server';
import type { TokenIssuer } from '@navette/auth';
import { lt } from 'drizzle-orm';
import { deviceLabel } from './device-label.js';
import { openSession, type SessionPayload } from './sessions.js';
import { findViewerByEmail } from './viewer.js';
import { errors } from '../../errors.js';

export interface SignInWithIdentityInput {
  assertion: string;
  client: string | null;
  userAgent?: string | null;
}

/** Records the assertion's id; false when it was already there (a replay). Expired ids are cleared on the way. */
async function useOnce(db: Database, id: string, expiresAt: Date, now: Date): Promise<boolean> {
  await db.delete(tables.usedIdentityAssertions).where(lt(tables.usedIdentityAssertions.expiresAt, now));
  const inserted = await db
    .insert(tables.usedIdentityAssertions)
    .values({ id, expiresAt })
    .onConflictDoNothing()
    .returning({ id: tables.usedIdentityAssertions.id });
  return inserted.length === 1;
}

export async function signInWithIdentity(
  db: Database,
  issuer: TokenIssuer,
  secret: string | null,
  input: SignInWithIdentityInput,
  now: Date,
): Promise<SessionPayload> {
  const assertion = secret ? verifyIdentityAssertion(secret, input.assertion, now.getTime()) : null;
  if (!assertion || !(await useOnce(db, assertion.id, new Date(assertion.expiresAt), now))) {
    await recordAudit(
      db,
      { actorKind: 'anonymous', actorId: null, actorOrganisationId: null },
      {
        action: 'SIGN_IN_FAILED',
        subjectType: 'user',
        client: input.client,
        details: { method: 'OIDC', reason: assertion ? 'ASSERTION_REPLAYED' : 'ASSERTION_INVALID' },
      },
    );
    throw errors.identityAssertionInvalid();
  }
  const viewer = await findViewerByEmail(db, assertion.email);
  if (!viewer || viewer.status !== 'ACTIVE') {
    // The account's id when there is one; never the address of an unknown identity.
    await recordAudit(
      db,
      { actorKind: 'anonymous', actorId: viewer?.id ?? null, actorOrganisationId: null },
      {
        action: 'SIGN_IN_FAILED',
        subjectType: 'user',
        ...(viewer ? { subjectId: viewer.id } : {}),
        client: input.client,
        details: { method: 'OIDC', issuer: assertion.issuer, reason: 'IDENTITY_NOT_LINKED' },
      },
    );
    throw errors.identityNotLinked();
  }
  const session = await openSession(db, issuer, viewer, now, deviceLabel(input.userAgent));
  await recordAudit(
    db,
    { actorKind: 'user', actorId: viewer.id, actorOrganisationId: viewer.organisation?.id ?? null },
    {
      action: 'SIGN_IN',
      subjectType: 'user',
      subjectId: viewer.id,
      client: input.client,
      details: { method: 'OIDC', issuer: assertion.issuer },
    },
  );
  return session;
}

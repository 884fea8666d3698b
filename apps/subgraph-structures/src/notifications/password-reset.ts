// Password reset by e-mail (issue 14 §2). requestPasswordReset answers the same whether or not the account exists,
// and takes the same path either way (the e-mail is sent after the answer, never awaited by it). At most
// RESET_MAX_PER_HOUR links per account per hour (the others dropped silently). The token is 256 random bits, stored as
// its SHA-256 only, valid RESET_TOKEN_TTL_MS, used once; resetPassword sets the new password, spends every pending
// token of the account and closes every session. Both are audited without the address (the user id only).
import {
  generateOpaqueSecret,
  hashOpaqueSecret,
  hashPassword,
  validateNewPassword,
  type Principal,
  type Role,
} from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { actorOf, announceRevocation, recordAudit, refusalError, rootLogger } from '@navette/subgraph-server';
import { and, count, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import { errors } from '../errors.js';
import { composeMail, type Mailer } from './mailer.js';

export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;
export const RESET_MAX_PER_HOUR = 3;
export const RESET_TOKEN_PREFIX = 'nvt_pr_';
const TOKEN_PATTERN = /^nvt_pr_[A-Za-z0-9_-]{43}$/;

/** The portal where each role signs in (the reset link opens its page there). */
const PORTAL_OF_ROLE: Record<Role, string> = {
  PRESCRIBER: '/prescripteur',
  SIAE: '/siae',
  AGENCY: '/agence',
  STEERING: '/pilotage',
  STATE: '/pilotage',
  CDIAE: '/pilotage',
  ADMIN: '/pilotage',
};

/** The path of the reset page in a portal; the token travels in the fragment (never sent to a server or a log). */
export const RESET_PAGE = '/mot-de-passe/nouveau';

export interface PasswordResetDependencies {
  db: Database;
  mailer: Mailer | null;
  publicUrl: string;
  principal: Principal;
  client: string | null;
  now: Date;
}

export async function requestPasswordReset(deps: PasswordResetDependencies, rawEmail: string): Promise<boolean> {
  const email = rawEmail.trim().toLowerCase();
  if (email === '' || email.length > 320) throw errors.passwordResetEmailMissing();
  const { db, now } = deps;
  const token = generateOpaqueSecret(RESET_TOKEN_PREFIX);
  const issued = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: tables.users.id, email: tables.users.email, role: tables.memberships.role })
      .from(tables.users)
      .leftJoin(tables.memberships, eq(tables.memberships.userId, tables.users.id))
      .where(and(sql`lower(${tables.users.email}) = ${email}`, eq(tables.users.status, 'ACTIVE')));
    if (!user) return null;
    // One request of this account at a time: the count of recent links below stays true.
    await tx.select({ id: tables.users.id }).from(tables.users).where(eq(tables.users.id, user.id)).for('update');
    const [recent] = await tx
      .select({ n: count() })
      .from(tables.passwordResetTokens)
      .where(
        and(
          eq(tables.passwordResetTokens.userId, user.id),
          gte(tables.passwordResetTokens.createdAt, new Date(now.getTime() - 60 * 60 * 1000)),
        ),
      );
    if ((recent?.n ?? 0) >= RESET_MAX_PER_HOUR) {
      await recordAudit(tx, actorOf(deps.principal), {
        action: 'PASSWORD_RESET_THROTTLED',
        subjectType: 'user',
        subjectId: user.id,
        client: deps.client,
      });
      return null;
    }
    await tx.insert(tables.passwordResetTokens).values({
      tokenHash: hashOpaqueSecret(token),
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
    });
    await recordAudit(tx, actorOf(deps.principal), {
      action: 'PASSWORD_RESET_REQUESTED',
      subjectType: 'user',
      subjectId: user.id,
      client: deps.client,
    });
    return user;
  });
  if (issued && deps.mailer) {
    const portal = PORTAL_OF_ROLE[issued.role ?? 'ADMIN'];
    const url = `${deps.publicUrl}${portal}${RESET_PAGE}#jeton=${token}`;
    const mail = composeMail(
      issued.email,
      'Réinitialisation de votre mot de passe',
      'Vous avez demandé à changer de mot de passe. Ce lien est valable 30 minutes et ne fonctionne qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
      url,
      'Choisir un nouveau mot de passe',
    );
    // Not awaited: the answer takes the same time whether or not a link is sent.
    void deps.mailer
      .send(mail)
      .catch((error: unknown) =>
        rootLogger().warn(
          { userId: issued.id, err: (error as { code?: string }).code ?? 'ERROR' },
          'reset e-mail failed',
        ),
      );
  }
  return true;
}

export async function resetPassword(
  deps: Omit<PasswordResetDependencies, 'mailer' | 'publicUrl'>,
  token: string,
  newPassword: string,
): Promise<boolean> {
  const { db, now } = deps;
  if (!TOKEN_PATTERN.test(token)) throw errors.passwordResetTokenInvalid();
  const checked = validateNewPassword(newPassword);
  const userId = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(tables.passwordResetTokens)
      .where(
        and(
          eq(tables.passwordResetTokens.tokenHash, hashOpaqueSecret(token)),
          isNull(tables.passwordResetTokens.usedAt),
          gt(tables.passwordResetTokens.expiresAt, now),
        ),
      )
      .for('update');
    if (!row) throw errors.passwordResetTokenInvalid();
    // A weak password leaves the token usable (the user tries another one).
    if (!checked.ok) throw refusalError(errors, checked);
    const passwordHash = await hashPassword(checked.value);
    await tx
      .update(tables.users)
      .set({ passwordHash, passwordChangedAt: now })
      .where(and(eq(tables.users.id, row.userId), eq(tables.users.status, 'ACTIVE')));
    // Every pending link of the account is spent, this one included.
    await tx
      .update(tables.passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(tables.passwordResetTokens.userId, row.userId), isNull(tables.passwordResetTokens.usedAt)));
    await tx
      .update(tables.sessions)
      .set({ revokedAt: now, revokedReason: 'PASSWORD_RESET' })
      .where(and(eq(tables.sessions.userId, row.userId), isNull(tables.sessions.revokedAt)));
    await recordAudit(tx, actorOf(deps.principal), {
      action: 'PASSWORD_RESET',
      subjectType: 'user',
      subjectId: row.userId,
      client: deps.client,
    });
    return row.userId;
  });
  announceRevocation({ userId });
  return true;
}

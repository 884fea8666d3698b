// A change of access rights (issue 4): audited, and a disabled account's sessions are closed at once.
import type { Principal } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { actorOf, announceRevocation, parseInput, recordAudit, isUuid } from '@navette/subgraph-server';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { errors } from '../errors.js';

export const setUserStatusInput = z.object({ userId: z.string(), status: z.enum(['ACTIVE', 'DISABLED']) });

export async function setUserStatus(
  db: Database,
  principal: Principal,
  raw: { userId: string; status: string; client: string | null },
  now: Date,
): Promise<boolean> {
  const input = parseInput(setUserStatusInput, raw, { status: 'État du compte' });
  if (!isUuid(input.userId)) throw errors.accountNotFound();
  if (principal.kind === 'user' && principal.userId === input.userId) throw errors.ownAccountStatus();
  const changed = await db.transaction(async (tx) => {
    const [user] = await tx
      .update(tables.users)
      .set({ status: input.status })
      .where(eq(tables.users.id, input.userId))
      .returning({ id: tables.users.id });
    if (!user) throw errors.accountNotFound();
    if (input.status === 'DISABLED') {
      await tx
        .update(tables.sessions)
        .set({ revokedAt: now })
        .where(and(eq(tables.sessions.userId, input.userId), isNull(tables.sessions.revokedAt)));
    }
    await recordAudit(tx, actorOf(principal), {
      action: 'ACCESS_CHANGED',
      subjectType: 'user',
      subjectId: input.userId,
      details: { status: input.status },
      client: raw.client,
    });
    return true;
  });
  // Once committed: the gateway's cached principals of this user go at once (issue 16 §1).
  if (input.status === 'DISABLED') announceRevocation({ userId: input.userId });
  return changed;
}

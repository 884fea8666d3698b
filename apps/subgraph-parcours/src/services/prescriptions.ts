// Fiche navette (fiche 4): the prescriptions a caller sees, and their status history seen by both sides. Prescribing,
// answering and withdrawing are use cases (use-cases/send-prescription.ts, answer-prescription.ts, withdraw-prescription.ts).
import { tables, type Database } from '@navette/db';
import type { PrescriptionStatus } from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor, timestampKey } from '@navette/subgraph-server';
import { and, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { PrescriptionRow } from '../rows.js';

const { prescriptions, prescriptionEvents } = tables;

/** Prescriptions the caller sees (sent, received or in its territory: row-level security), newest first. */
export async function listPrescriptions(
  ctx: ParcoursContext,
  args: { first?: number | null; after?: string | null; status?: PrescriptionStatus | null },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['timestamp', 'uuid']);
  const where = args.status ? eq(prescriptions.status, args.status) : undefined;
  return ctx.data(async (tx) => {
    const after = key
      ? sql`(${prescriptions.sentAt}, ${prescriptions.id}) < (${key[0]}::timestamptz, ${key[1]}::uuid)`
      : undefined;
    const rows = await tx
      .select({ ...getTableColumns(prescriptions), cursorAt: timestampKey(prescriptions.sentAt) })
      .from(prescriptions)
      .where(and(where, after))
      .orderBy(desc(prescriptions.sentAt), desc(prescriptions.id))
      .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(prescriptions).where(where);
    return connectionFromRows(rows, first, (r) => [r.cursorAt, r.id], total?.n ?? 0);
  });
}

/** One line of a prescription's history, seen by both sides (written with every change of status). */
export async function recordPrescriptionEvent(
  tx: Database,
  ctx: Pick<ParcoursContext, 'identity'>,
  prescription: PrescriptionRow,
  extra: { reason?: string | null; comment?: string | null } = {},
) {
  await tx.insert(prescriptionEvents).values({
    prescriptionId: prescription.id,
    status: prescription.status,
    reason: extra.reason ?? null,
    comment: extra.comment ?? null,
    actorUserId: ctx.identity.userId,
    actorOrganisationId: ctx.identity.organisationId,
  });
}

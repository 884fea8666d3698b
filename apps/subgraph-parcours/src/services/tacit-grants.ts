// Tacit grants (annexe 4 §2.2.2: "A défaut de réponse dans ces délais, l'agrément est considéré acquis"): a job
// records every request still pending after its deadline as TACITLY_GRANTED, with the grant's effect. Idempotent:
// it only takes PENDING rows, locked (SKIP LOCKED), so two runs at once or a run during a decision never double up.
// Reads meanwhile already show the status (domain approvalRequestStatusAt), so nobody waits for the job.
import { tables, uniqueViolationOf, type Database } from '@navette/db';
import { approvalRequestStatusAt, dateInFrance } from '@navette/domain';
import { and, asc, eq, lt } from 'drizzle-orm';
import { applyGrant } from './approvals.js';

const BATCH = 200;

/** Runs as the platform itself (no caller: no row-level security). Returns how many requests it granted. */
export async function applyTacitGrants(db: Database, today: string): Promise<number> {
  let granted = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(tables.approvalRequests)
        .where(and(eq(tables.approvalRequests.status, 'PENDING'), lt(tables.approvalRequests.deadline, today)))
        .orderBy(asc(tables.approvalRequests.deadline))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      let n = 0;
      for (const request of due) {
        const status = approvalRequestStatusAt({ receivedOn: request.receivedOn, siaeKind: request.siaeKind, departement: request.departementCode }, today);
        if (status !== 'TACITLY_GRANTED') continue;
        // One savepoint per request: a grant the natural keys refuse (migration 0015, e.g. a second renewal of an
        // agrément) leaves that request pending and logged, without failing the rest of the batch.
        const grantedOne = await tx
          .transaction(async (sp) => {
            const [updated] = await sp
              .update(tables.approvalRequests)
              .set({ status: 'TACITLY_GRANTED' })
              .where(and(eq(tables.approvalRequests.id, request.id), eq(tables.approvalRequests.status, 'PENDING')))
              .returning();
            if (!updated) return false;
            await applyGrant(sp, updated, request.deadline, false);
            return true;
          })
          .catch((error: unknown) => {
            const conflict = uniqueViolationOf(error);
            if (!conflict) throw error;
            console.warn(`[parcours] tacit grant of request ${request.id} refused by ${conflict.constraint}: left pending`);
            return false;
          });
        if (!grantedOne) continue;
        await tx.insert(tables.auditEvents).values({
          actorKind: 'system',
          actorId: null,
          actorOrganisationId: null,
          client: 'tacit-grant-job',
          action: 'APPROVAL_TACITLY_GRANTED',
          subjectType: 'ApprovalRequest',
          subjectId: request.id,
          details: { kind: request.kind, deadline: request.deadline },
        });
        n += 1;
      }
      return { n, more: due.length === BATCH };
    });
    granted += done.n;
    if (!done.more) return granted;
  }
}

/** Runs the job now and then every `intervalMs`; returns a function that stops it (and waits for a run in flight). */
export function startTacitGrantJob(db: Database, clock: () => Date = () => new Date(), intervalMs = 60_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => applyTacitGrants(db, dateInFrance(clock())))
      .then((n) => {
        if (n > 0) console.log(`[parcours] ${n} agrément request(s) tacitly granted`);
      })
      .catch((error: unknown) => console.error('[parcours] tacit grant job failed:', error));
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

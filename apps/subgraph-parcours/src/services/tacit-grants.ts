// Tacit grants (annexe 4 §2.2.2: "A défaut de réponse dans ces délais, l'agrément est considéré acquis"): a job
// records every request still pending after its deadline as TACITLY_GRANTED, with the grant's effect. Idempotent:
// it only takes PENDING rows, locked (SKIP LOCKED), so two runs at once or a run during a decision never double up.
// Reads meanwhile already show the status (domain approvalRequestStatusOn), so nobody waits for the job. Due means
// past the deadline fixed at receipt (domain isPastDecisionDeadline; in SQL, requestStatusIs): the same definition as
// every reader's, so the job grants exactly what the screens already show as acquired.
import { tables, uniqueViolationOf, type Database } from '@navette/db';
import { rootLogger, startPeriodicJob } from '@navette/subgraph-server';
import { approvalRequestStatusOn, dateInFrance } from '@navette/domain';
import { and, asc, eq } from 'drizzle-orm';
import { applyGrant } from './grants.js';
import { recordApprovalDecisionEvent } from './notification-events.js';
import { pastDecisionDeadline } from './request-status-sql.js';

const BATCH = 200;

/** What one run did (logged by the job: counts only, no personal data). */
export interface TacitGrantRun {
  granted: number;
  /** Due requests the domain does not grant tacitly (yet). */
  skipped: number;
  batches: number;
  /** The run stopped between two batches because the process is stopping. */
  interrupted: boolean;
}

/** Runs as the platform itself (no caller: no row-level security). Returns how many requests it granted. */
export async function applyTacitGrants(db: Database, today: string): Promise<number> {
  return (await runTacitGrants(db, today)).granted;
}

/** One run, batch after batch; `shouldStop` is checked between batches (each batch is one transaction). */
export async function runTacitGrants(
  db: Database,
  today: string,
  shouldStop: () => boolean = () => false,
): Promise<TacitGrantRun> {
  const run: TacitGrantRun = { granted: 0, skipped: 0, batches: 0, interrupted: false };
  for (;;) {
    if (shouldStop()) {
      run.interrupted = true;
      return run;
    }
    const done = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(tables.approvalRequests)
        .where(
          and(
            eq(tables.approvalRequests.status, 'PENDING'),
            pastDecisionDeadline(tables.approvalRequests.deadline, today),
          ),
        )
        .orderBy(asc(tables.approvalRequests.deadline))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      let n = 0;
      let skipped = 0;
      for (const request of due) {
        if (approvalRequestStatusOn(request, today) !== 'TACITLY_GRANTED') {
          skipped += 1;
          continue;
        }
        // One savepoint per request: a grant the natural keys refuse (migration 0016, e.g. a second renewal of an
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
            await recordApprovalDecisionEvent(sp, updated, 'APPROVAL_REQUEST_TACITLY_GRANTED');
            return true;
          })
          .catch((error: unknown) => {
            const conflict = uniqueViolationOf(error);
            if (!conflict) throw error;
            rootLogger().warn(
              { requestId: request.id, constraint: conflict.constraint },
              'tacit grant refused by a natural key: left pending',
            );
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
      return { n, skipped, more: due.length === BATCH };
    });
    run.granted += done.n;
    run.skipped += done.skipped;
    run.batches += 1;
    if (!done.more) return run;
  }
}

/**
 * Runs the job now and then every `intervalMs`; returns a function that stops it: no new run, the run in flight ends
 * after its current batch (committed), and the function resolves once it has.
 */
export function startTacitGrantJob(
  db: Database,
  clock: () => Date = () => new Date(),
  intervalMs = 60_000,
): () => Promise<void> {
  return startPeriodicJob({
    name: 'tacit-grants',
    intervalMs,
    run: async ({ shouldStop }) => {
      const today = dateInFrance(clock());
      return { today, ...(await runTacitGrants(db, today, shouldStop)) };
    },
    // Every run is logged (counts only): a silent job and a stopped job look the same otherwise.
    describe: (result) => ({
      level: result.granted > 0 || result.interrupted ? 'info' : 'debug',
      fields: result,
      msg: 'tacit grant run',
    }),
  });
}

// The daily reminders of issue 14 §3 that no request writes: a demande d'agrément whose decision deadline is the next
// working day (annexe 4 §2.2.2) → the agence; a tripartite interview that is due (fiche 7) → the SIAE. A job writes
// them to the outbox (the notification worker does the rest), with a once-only key, so that a second run the same day,
// two processes at once or a restart write nothing more:
// - `DECISION_DEADLINE_TOMORROW:<request>:<deadline>`: once per request and deadline (the working day before it);
// - `EXIT_INTERVIEW_DUE:<agrément>:<window start>`: once per agrément and interview window (2 to 3 months before the
//   end; a new contract end opens a new window, and a new reminder), not every day of the window.
// The rules are the domain's (isDecisionDeadlineTomorrow, exitInterviewsDue); ids only in the events.
import { recordOutboxEvent, tables, type Database } from '@navette/db';
import { addDays, dateInFrance, isDecisionDeadlineTomorrow, type IsoDate } from '@navette/domain';
import { startPeriodicJob } from '@navette/subgraph-server';
import { and, between, eq } from 'drizzle-orm';
import { exitInterviewsDueIn } from './exit-interviews-due.js';

/** What one run wrote (counts only). */
export interface DailyReminderRun {
  /** Pending requests whose deadline is the next working day (reminders written now or earlier). */
  deadlines: number;
  /** Agréments whose tripartite interview is due (reminders written now or earlier). */
  interviews: number;
}

/** The next working day is at most this many calendar days away (a long weekend with two holidays). */
const NEXT_WORKING_DAY_HORIZON = 6;

/** Runs as the platform itself (no caller: no row-level security). Idempotent for a given `today`. */
export async function runDailyReminders(db: Database, today: IsoDate): Promise<DailyReminderRun> {
  return db.transaction(async (tx) => {
    const { approvalRequests } = tables;
    const soon = await tx
      .select({
        id: approvalRequests.id,
        deadline: approvalRequests.deadline,
        departementCode: approvalRequests.departementCode,
        agencyId: approvalRequests.agencyId,
        prescriptionId: approvalRequests.prescriptionId,
        approvalId: approvalRequests.approvalId,
      })
      .from(approvalRequests)
      .where(
        and(
          eq(approvalRequests.status, 'PENDING'),
          between(approvalRequests.deadline, addDays(today, 1), addDays(today, NEXT_WORKING_DAY_HORIZON)),
        ),
      );
    let deadlines = 0;
    for (const r of soon) {
      if (!isDecisionDeadlineTomorrow(r.deadline, today, r.departementCode)) continue;
      deadlines += 1;
      await recordOutboxEvent(tx, {
        type: 'DECISION_DEADLINE_TOMORROW',
        subjectType: 'ApprovalRequest',
        subjectId: r.id,
        organisationIds: [r.agencyId],
        payload: { prescriptionId: r.prescriptionId, approvalId: r.approvalId },
        dedupKey: `DECISION_DEADLINE_TOMORROW:${r.id}:${r.deadline}`,
      });
    }
    const due = await exitInterviewsDueIn(tx, today, 100_000);
    for (const d of due) {
      await recordOutboxEvent(tx, {
        type: 'EXIT_INTERVIEW_DUE',
        subjectType: 'Approval',
        subjectId: d.approval.id,
        organisationIds: [d.approval.siaeId],
        payload: { approvalId: d.approval.id },
        dedupKey: `EXIT_INTERVIEW_DUE:${d.approval.id}:${d.windowStartOn}`,
      });
    }
    return { deadlines, interviews: due.length };
  });
}

/**
 * Runs the reminders now and then every `intervalMs` (a day's reminders are written by the first run of the day; the
 * others find them written); returns a function that stops it after the run in flight.
 */
export function startDailyReminderJob(
  db: Database,
  clock: () => Date = () => new Date(),
  intervalMs = 15 * 60_000,
): () => Promise<void> {
  return startPeriodicJob({
    name: 'daily-reminders',
    intervalMs,
    run: async () => {
      const today = dateInFrance(clock());
      return { today, ...(await runDailyReminders(db, today)) };
    },
    describe: (result) => ({ level: 'debug', fields: result, msg: 'daily reminder run' }),
  });
}

// "Past its deadline" and a request's status in SQL: the domain's definitions (isPastDecisionDeadline,
// approvalRequestStatusOn, annexe 4 §2.2.2) written once for the lists, the statistics and the tacit-grant job.
// Their semantics is checked against the domain functions on PostgreSQL (apps/navette rules.integration.test.ts).
import type { ApprovalRequestStatus, IsoDate } from '@navette/domain';
import { and, eq, gte, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** The columns a stored request's status is read from: its recorded status and the deadline fixed at receipt. */
export interface RequestStatusColumns {
  readonly status: AnyColumn;
  readonly deadline: AnyColumn;
}

/** isPastDecisionDeadline(deadline, today): the deadline day is over (today > deadline). */
export function pastDecisionDeadline(deadline: AnyColumn, today: IsoDate): SQL {
  return lt(deadline, today);
}

/** approvalRequestStatusOn(request, today) = `status`, as a condition on the row. */
export function requestStatusIs(columns: RequestStatusColumns, status: ApprovalRequestStatus, today: IsoDate): SQL {
  switch (status) {
    case 'PENDING':
      return and(eq(columns.status, 'PENDING'), gte(columns.deadline, today))!;
    case 'TACITLY_GRANTED':
      return or(
        eq(columns.status, 'TACITLY_GRANTED'),
        and(eq(columns.status, 'PENDING'), pastDecisionDeadline(columns.deadline, today)),
      )!;
    default:
      return eq(columns.status, status);
  }
}

/** approvalRequestStatusOn(request, today), as a value (text). */
export function requestStatusSql(columns: RequestStatusColumns, today: IsoDate): SQL<ApprovalRequestStatus> {
  return sql<ApprovalRequestStatus>`(case when ${requestStatusIs(columns, 'TACITLY_GRANTED', today)} then 'TACITLY_GRANTED' else ${columns.status}::text end)`;
}

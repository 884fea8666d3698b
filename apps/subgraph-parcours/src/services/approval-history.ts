// What the annexe 4 rules read about an agrément and a request: the domain's `ApprovalHistory` built from the rows,
// and a request's jsonb `details`. Shared by the use cases, the grants and the resolvers.
import { tables, type Database } from '@navette/db';
import type { ApprovalHistory, IsoDate, ProlongationReason } from '@navette/domain';
import { eq } from 'drizzle-orm';
import type { ApprovalRequestRow, ApprovalRow } from '../rows.js';

const { approvalEvents, contracts } = tables;

/** What a request carries besides its columns (jsonb `details`). */
export type RequestDetails = {
  contractStartOn?: IsoDate | null;
  contractEndOn?: IsoDate | null;
  suspensionStartOn?: IsoDate | null;
  suspensionEndOn?: IsoDate | null;
  /** annexe 4 §2.2.4: a code of @navette/domain SUSPENSION_REASONS. */
  suspensionReason?: string | null;
  prolongationReason?: ProlongationReason | null;
  prolongationEndOn?: IsoDate | null;
  trainingStartOn?: IsoDate | null;
  trainingEndOn?: IsoDate | null;
  jointAssessmentDone?: boolean | null;
  /** The validation de profil the request profited from (decided the same day, annexe 4 §2.2.2). */
  profilePrevalidationId?: string | null;
};
export const detailsOf = (request: ApprovalRequestRow) => request.details as RequestDetails;

/** Everything the annexe 4 rules need about an agrément (domain `ApprovalHistory`). */
export async function historyOf(tx: Database, approval: ApprovalRow): Promise<ApprovalHistory> {
  const [events, contractRows, [person]] = await Promise.all([
    tx.select().from(approvalEvents).where(eq(approvalEvents.approvalId, approval.id)),
    tx.select().from(contracts).where(eq(contracts.approvalId, approval.id)),
    tx
      .select({ birthDate: tables.people.birthDate, rqth: tables.people.rqth })
      .from(tables.people)
      .where(eq(tables.people.id, approval.personId)),
  ]);
  return historyFrom(approval, events, contractRows, person);
}

export function historyFrom(
  approval: ApprovalRow,
  events: (typeof approvalEvents.$inferSelect)[],
  contractRows: (typeof contracts.$inferSelect)[],
  person?: { birthDate: string; rqth: boolean },
): ApprovalHistory {
  return {
    startOn: approval.startOn,
    suspensions: events
      .filter((e) => e.kind === 'SUSPENSION' && e.endOn)
      .map((e) => ({ startOn: e.startOn, endOn: e.endOn! })),
    prolongations: events
      .filter((e) => e.kind === 'PROLONGATION' && e.endOn)
      .map((e) => ({ startOn: e.startOn, endOn: e.endOn!, reason: e.reason as ProlongationReason })),
    contracts: contractRows.map((c) => ({ siaeId: c.siaeId, startOn: c.startOn, endOn: c.endedOn ?? c.endOn })),
    ...(person ? { person } : {}),
  };
}

// The agence's worklist of the 6-month checks (accord, fiche 7: "% de personnes inscrites à Pôle emploi 6 mois après
// la fin de leur agrément"): the agréments of its territory whose check is due (@navette/domain
// lastApprovalEndDueForCheck) and not yet recorded, longest waiting first, by pages. An anonymised person (issue 19
// §3-4) is left out: nothing more is recorded about them (recordPoleEmploiRegistration refuses it), so their row would
// wait for ever.
import { tables } from '@navette/db';
import { lastApprovalEndDueForCheck, registrationCheckDueOn } from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor } from '@navette/subgraph-server';
import { and, asc, count, eq, gt, isNotNull, lte, notExists, or } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { RegistrationCheckDueRow } from '../rows.js';
import { callerOrganisation } from './validation.js';

const { approvals: a, people, poleEmploiRegistrations: r } = tables;

export async function listRegistrationChecksDue(
  ctx: ParcoursContext,
  args: { first?: number | null; after?: string | null },
) {
  // The page's arguments are checked first (a malformed cursor is bad input for every caller, as on the other lists),
  // then who asks: the worklist is the agence's.
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['date', 'uuid']);
  const agencyId = callerOrganisation(ctx, 'AGENCY');
  return ctx.data(async (tx) => {
    const due = and(
      eq(a.agencyId, agencyId),
      lte(a.endOn, lastApprovalEndDueForCheck(ctx.today)),
      notExists(
        tx
          .select({ id: r.id })
          .from(r)
          .where(and(eq(r.approvalId, a.id), eq(r.checkpoint, 'SIX_MONTHS_AFTER_END'))),
      ),
      notExists(
        tx
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.id, a.personId), isNotNull(people.anonymisedAt))),
      ),
    );
    const rows = await tx
      .select()
      .from(a)
      .where(and(due, key ? or(gt(a.endOn, key[0]!), and(eq(a.endOn, key[0]!), gt(a.id, key[1]!))) : undefined))
      .orderBy(asc(a.endOn), asc(a.id))
      .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(a).where(due);
    const page = connectionFromRows(rows, first, (row) => [row.endOn, row.id], total?.n ?? 0);
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: { approval: edge.node, dueOn: registrationCheckDueOn(edge.node.endOn) } satisfies RegistrationCheckDueRow,
      })),
    };
  });
}

// The parcours' part of "Mon travail en attente" (issue 14 §1): fiches, requests, agréments, interviews, bilans. The
// rules are the domain's (pending-work.ts); rows are read under row-level security AND filtered on the caller's own
// organisation column, so that another organisation's rows (an extension's agrément, an agence's whole territory)
// never become the caller's work. Links are paths of the caller's portal.
import { tables } from '@navette/db';
import {
  addDays,
  addMonths,
  appealToAnswer,
  approvalEnding,
  approvalRefused,
  approvalRequestPending,
  contractToRecord,
  dateInFrance,
  decisionDue,
  EXIT_BILAN_READ_DAYS,
  exitBilanToRead,
  exitInterviewDue,
  PRESCRIPTION_ANSWER_DAYS,
  pendingWorkItem,
  prescriptionToAnswer,
  prescriptionUnanswered,
  prevalidationToRenew,
  REFUSAL_APPEAL_NOTICE_MONTHS,
  registrationChecksDue,
  SUSPENSION_END_NOTICE_DAYS,
  suspensionEnding,
  type PendingWorkItemView,
  type PendingWorkRule,
} from '@navette/domain';
import { and, asc, between, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { listExitInterviewsDue } from './exit-interviews-due.js';
import { listProfilePrevalidations } from './profile-prevalidations.js';
import { listRegistrationChecksDue } from './registration-checks.js';

const { prescriptions: p, approvalRequests: r, approvals: a, approvalEvents: e, exitInterviews: x } = tables;

/** At most this many rows of each kind are read (the home page shows the most urgent; counts say the rest). */
const LIMIT = 500;
const segment = (id: string) => encodeURIComponent(id);

type Item = PendingWorkItemView;
const push = (
  items: Item[],
  rule: PendingWorkRule | null,
  today: string,
  link: string | null,
  departement?: string,
) => {
  if (rule) items.push(pendingWorkItem(rule, today, link, departement));
};

export async function parcoursPendingWork(ctx: ParcoursContext): Promise<Item[]> {
  const principal = ctx.principal;
  if (principal.kind !== 'user') return [];
  const org = principal.organisationId;
  const today = ctx.today;
  switch (principal.organisationKind) {
    case 'PRESCRIBER_ORGANISATION':
      return ctx.data(async (tx) => {
        const items: Item[] = [];
        const [fiches, refusals, bilans] = await Promise.all([
          unansweredFiches(tx, org, today),
          tx
            .select()
            .from(r)
            .where(
              and(
                eq(r.prescriberOrganisationId, org),
                eq(r.status, 'REFUSED'),
                isNull(r.appealStatus),
                gte(r.decidedOn, addMonths(today, -REFUSAL_APPEAL_NOTICE_MONTHS)),
              ),
            )
            .limit(LIMIT),
          tx
            .select({ number: a.number, approvalId: a.id, sentToPrescriberOn: x.sentToPrescriberOn })
            .from(x)
            .innerJoin(a, eq(a.id, x.approvalId))
            .where(
              and(
                eq(a.prescriberOrganisationId, org),
                between(x.sentToPrescriberOn, addDays(today, -EXIT_BILAN_READ_DAYS), today),
              ),
            )
            .limit(LIMIT),
        ]);
        pushUnansweredFiches(items, fiches, today);
        for (const q of refusals) {
          const link = q.prescriptionId
            ? `/prescriptions/${segment(q.prescriptionId)}`
            : `/personnes/${segment(q.personId)}`;
          push(items, approvalRefused(q, today), today, link);
        }
        // The agrément's page of the Espace prescripteur shows the bilan once sent (fiche 7).
        for (const b of bilans) push(items, exitBilanToRead(b, today), today, `/agrements/${segment(b.approvalId)}`);
        return items;
      });

    case 'SIAE': {
      const due = (await listExitInterviewsDue(ctx)).filter((d) => d.approval.siaeId === org);
      return ctx.data(async (tx) => {
        const items: Item[] = [];
        const [fiches, requests, current, suspensions] = await Promise.all([
          tx
            .select({ id: p.id, status: p.status, sentAt: p.sentAt })
            .from(p)
            .where(and(eq(p.siaeId, org), inArray(p.status, ['SENT', 'SEEN'])))
            .limit(LIMIT),
          tx
            .select()
            .from(r)
            .where(
              and(
                eq(r.siaeId, org),
                or(
                  and(eq(r.status, 'PENDING'), gte(r.deadline, today)),
                  and(
                    eq(r.status, 'REFUSED'),
                    isNull(r.appealStatus),
                    gte(r.decidedOn, addMonths(today, -REFUSAL_APPEAL_NOTICE_MONTHS)),
                  ),
                ),
              ),
            )
            .limit(LIMIT),
          tx
            .select({
              id: a.id,
              number: a.number,
              startOn: a.startOn,
              endOn: a.endOn,
              contracts: sql<number>`(select count(*)::int from parcours.contracts c where c.approval_id = ${a.id})`,
              exited: sql<boolean>`exists (select 1 from parcours.exits s where s.approval_id = ${a.id})`,
            })
            .from(a)
            .where(and(eq(a.siaeId, org), gte(a.endOn, today)))
            .limit(LIMIT * 4),
          tx
            .select({ approvalId: e.approvalId, number: a.number, endOn: e.endOn })
            .from(e)
            .innerJoin(a, eq(a.id, e.approvalId))
            .where(
              and(
                eq(e.siaeId, org),
                eq(e.kind, 'SUSPENSION'),
                between(e.endOn, today, addDays(today, SUSPENSION_END_NOTICE_DAYS)),
              ),
            )
            .limit(LIMIT),
        ]);
        for (const f of fiches) {
          const rule = prescriptionToAnswer({ status: f.status, sentOn: dateInFrance(f.sentAt) });
          push(items, rule, today, `/prescriptions/${segment(f.id)}`);
        }
        for (const q of requests) {
          push(items, approvalRequestPending(q, today), today, `/demandes/${segment(q.id)}`);
          push(items, approvalRefused(q, today), today, `/demandes/${segment(q.id)}/recours`);
        }
        for (const g of current) {
          push(items, contractToRecord(g, today), today, `/salaries/${segment(g.id)}/contrat`);
          push(items, approvalEnding(g, today), today, `/salaries/${segment(g.id)}`);
        }
        for (const s of suspensions)
          push(items, suspensionEnding(s, today), today, `/salaries/${segment(s.approvalId)}`);
        for (const d of due) {
          const rule = exitInterviewDue({ number: d.approval.number, windowEndOn: d.windowEndOn });
          push(items, rule, today, `/salaries/${segment(d.approval.id)}/entretien-tripartite`);
        }
        return items;
      });
    }

    case 'AGENCY':
      return ctx
        .data(async (tx) => {
          const items: Item[] = [];
          const rows = await tx
            .select()
            .from(r)
            .where(
              and(
                eq(r.agencyId, org),
                or(and(eq(r.status, 'PENDING'), gte(r.deadline, today)), eq(r.appealStatus, 'PENDING')),
              ),
            )
            .limit(LIMIT * 2);
          for (const q of rows) {
            // Jours ouvrés of the SIAE's département, as the request's own workingDaysLeft (annexe 4 §2.2.2).
            push(items, decisionDue(q, today), today, `/demandes/${segment(q.id)}`, q.departementCode);
            push(items, appealToAnswer(q), today, `/demandes/${segment(q.id)}#recours`);
          }
          // The agence as prescripteur (issue 18 §2): its own fiches unanswered, as a prescripteur's (not its
          // territory's other prescriptions, filtered on the prescripteur column).
          pushUnansweredFiches(items, await unansweredFiches(tx, org, today), today);
          return items;
        })
        .then(async (items) => {
          // Validations de profils to renew (annexe 4 §2.2.2, §2.2.8): the agence's own, ending within the notice.
          const toRenew = await listProfilePrevalidations(ctx, { toRenew: true, first: 100 });
          const names = await siaeNames(
            ctx,
            toRenew.edges.map((e) => e.node.siaeId),
          );
          for (const { node } of toRenew.edges) {
            if (node.agencyId !== org) continue;
            const rule = prevalidationToRenew(
              { ...node, renewed: node.renewed ?? false, siae: names.get(node.siaeId) ?? 'la structure' },
              today,
            );
            push(items, rule, today, `/validations-profils?renouveler=1`);
          }
          // The 6-month registration checks (fiche 7): one item for all of them, however many (the worklist lists them).
          const checks = await listRegistrationChecksDue(ctx, { first: 1 });
          const oldest = checks.edges[0]?.node.dueOn ?? null;
          push(
            items,
            registrationChecksDue({ count: checks.totalCount, oldestDueOn: oldest }),
            today,
            '/inscriptions-6-mois',
          );
          return items;
        });

    default:
      return [];
  }
}

type Transaction = Parameters<Parameters<ParcoursContext['data']>[0]>[0];

/** The fiches navette a prescripteur (or an agence as prescripteur) sent that may be unanswered past the delay. */
function unansweredFiches(tx: Transaction, prescriberOrganisationId: string, today: string) {
  return tx
    .select({ id: p.id, status: p.status, sentAt: p.sentAt })
    .from(p)
    .where(
      and(
        eq(p.prescriberOrganisationId, prescriberOrganisationId),
        inArray(p.status, ['SENT', 'SEEN']),
        // A day's margin around the rule (France's day of sending is decided by the domain below).
        lte(p.sentAt, new Date(`${addDays(today, 2 - PRESCRIPTION_ANSWER_DAYS)}T00:00:00Z`)),
      ),
    )
    .orderBy(asc(p.sentAt))
    .limit(LIMIT);
}

function pushUnansweredFiches(items: Item[], fiches: Awaited<ReturnType<typeof unansweredFiches>>, today: string) {
  for (const f of fiches) {
    const rule = prescriptionUnanswered({ status: f.status, sentOn: dateInFrance(f.sentAt) }, today);
    push(items, rule, today, `/prescriptions/${segment(f.id)}`);
  }
}

/** SIAE names from the directory (structures.siaes, readable by the parcours), for the labels. */
async function siaeNames(ctx: ParcoursContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  return ctx.data(async (tx) => {
    const rows = await tx
      .select({ id: tables.siaes.id, name: tables.siaes.name })
      .from(tables.siaes)
      .where(inArray(tables.siaes.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r.name]));
  });
}

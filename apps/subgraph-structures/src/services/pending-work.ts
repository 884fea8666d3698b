// "Mon travail en attente" (issue 14 §1): this subgraph knows the viewer, adds the directory's own items (habilitation,
// conventions to sign) to the parts the parcours and pilotage subgraphs computed (@requires), sorts and counts them.
import { tables } from '@navette/db';
import {
  conventionToSign,
  countPendingWork,
  habilitationLapsing,
  PENDING_WORK_KIND_LABELS,
  pendingWorkItem,
  sortPendingWork,
  type PendingWorkItemView,
  type PendingWorkKind,
} from '@navette/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';

const { cooperationAgreements: c, prescriberOrganisations, siaes } = tables;
const segment = (id: string) => encodeURIComponent(id);

/** Query.pendingWork: the signed-in member of an organisation only (API clients have no user, ADMIN no work here). */
export function pendingWorkOfViewer(ctx: StructuresContext): { viewerId: string } {
  const p = ctx.principal;
  if (p.kind !== 'user') throw errors.notSignedIn();
  if (p.role === 'ADMIN') throw errors.pendingWorkNoOrganisation();
  return { viewerId: p.userId };
}

async function ownItems(ctx: StructuresContext): Promise<PendingWorkItemView[]> {
  const p = ctx.principal;
  if (p.kind !== 'user') return [];
  const today = ctx.today;
  switch (p.organisationKind) {
    case 'PRESCRIBER_ORGANISATION': {
      const [org] = await ctx.db
        .select({ habilitationEndOn: prescriberOrganisations.habilitationEndOn })
        .from(prescriberOrganisations)
        .where(eq(prescriberOrganisations.id, p.organisationId));
      const rule = org ? habilitationLapsing(org, today) : null;
      // Renewed by the DDETS, outside the Espace prescripteur: no link.
      return rule ? [pendingWorkItem(rule, today, null)] : [];
    }
    case 'AGENCY':
    case 'SIAE': {
      const agency = p.organisationKind === 'AGENCY';
      const drafts = await ctx.db
        .select({ id: c.id, status: c.status, startOn: c.startOn, siae: siaes.name })
        .from(c)
        .innerJoin(siaes, eq(siaes.id, c.siaeId))
        .where(
          and(
            eq(c.status, 'DRAFT'),
            agency ? eq(c.agencyId, p.organisationId) : eq(c.siaeId, p.organisationId),
            isNull(agency ? c.agencySignedOn : c.siaeSignedOn),
          ),
        );
      return drafts.flatMap((d) => {
        const rule = conventionToSign({ ...d, signedByCaller: false }, agency ? 'AGENCY' : 'SIAE');
        const link = agency ? `/conventions/${segment(d.id)}` : `/convention/${segment(d.id)}`;
        return rule ? [pendingWorkItem(rule, today, link)] : [];
      });
    }
    default:
      return [];
  }
}

type Part = readonly (Omit<PendingWorkItemView, 'kind' | 'link'> & { kind: string; link?: string | null })[];

/**
 * The whole of the viewer's work from the parts given by the gateway (null when a subgraph could not answer: the
 * answer says it is incomplete). Refuses a reference naming another user (only the gateway calls `_entities`, but the
 * check costs nothing).
 */
export async function mergePendingWork(
  ctx: StructuresContext,
  ref: { viewerId: string; parcoursItems?: Part | null; pilotageItems?: Part | null },
) {
  if (ctx.principal.kind !== 'user' || ref.viewerId !== ctx.principal.userId) throw errors.pendingWorkOfAnotherUser();
  const parts = [ref.parcoursItems, ref.pilotageItems];
  const items = sortPendingWork([
    ...(await ownItems(ctx)),
    ...parts.flatMap((part) =>
      (part ?? []).map((i) => ({ ...i, kind: i.kind as PendingWorkKind, link: i.link ?? null })),
    ),
  ]);
  return {
    viewerId: ref.viewerId,
    items,
    counts: countPendingWork(items).map((n) => ({ ...n, label: PENDING_WORK_KIND_LABELS[n.kind] })),
    total: items.length,
    incomplete: parts.some((part) => part == null),
  };
}

/** What Query.pendingWork gives (the key), then what the merge gives (every field). */
export type PendingWorkParent = { viewerId: string } | Awaited<ReturnType<typeof mergePendingWork>>;

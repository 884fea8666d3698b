// The pilotage's part of "Mon travail en attente" (issue 14 §1): the CTA an agence leads (fiche 8), the comité de
// pilotage's meetings, documents and feuille de route (article 3) for the comité and the État. Rules: the domain's
// pending-work.ts. Links are paths of the caller's portal (Espace agence, console de pilotage).
import { tables } from '@navette/db';
import {
  ctaMeetingDue,
  ctaMinutesToSend,
  pendingWorkItem,
  roadmapActionLate,
  steeringDocumentsDue,
  steeringMeetingsDue,
  type PendingWorkItemView,
  type PendingWorkRule,
} from '@navette/domain';
import { and, eq, gte, inArray, isNull, lt, lte } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';

const { ctas, ctaMeetings, steeringMeetings, roadmapActions } = tables;
const segment = (id: string) => encodeURIComponent(id);

export async function pilotagePendingWork(ctx: PilotageContext): Promise<PendingWorkItemView[]> {
  const principal = ctx.principal;
  if (principal.kind !== 'user') return [];
  const today = ctx.today;
  const year = Number(today.slice(0, 4));
  const items: PendingWorkItemView[] = [];
  const push = (rule: PendingWorkRule | null, link: string) => {
    if (rule) items.push(pendingWorkItem(rule, today, link));
  };

  if (principal.organisationKind === 'AGENCY') {
    // Only the CTA this agence leads (Pôle emploi "pilote et organise les CTA", fiche 8).
    const led = await ctx.db.select().from(ctas).where(eq(ctas.ledByAgencyId, principal.organisationId));
    if (led.length === 0) return [];
    const meetings = await ctx.db
      .select()
      .from(ctaMeetings)
      .where(
        inArray(
          ctaMeetings.ctaId,
          led.map((c) => c.id),
        ),
      );
    for (const cta of led) {
      const mine = meetings.filter((m) => m.ctaId === cta.id);
      push(ctaMeetingDue({ name: cta.name, meetings: mine }, today), `/cta/${segment(cta.id)}/reunion`);
      for (const m of mine) push(ctaMinutesToSend({ ctaName: cta.name, ...m }, today), '/cta');
    }
    return items;
  }

  if (principal.role === 'STEERING' || principal.role === 'STATE') {
    const [ofYear, toCome, late] = await Promise.all([
      ctx.db
        .select({ heldOn: steeringMeetings.heldOn })
        .from(steeringMeetings)
        .where(and(gte(steeringMeetings.heldOn, `${year}-01-01`), lte(steeringMeetings.heldOn, `${year}-12-31`))),
      ctx.db
        .select()
        .from(steeringMeetings)
        .where(and(gte(steeringMeetings.heldOn, today), isNull(steeringMeetings.documentsSentOn))),
      ctx.db
        .select()
        .from(roadmapActions)
        .where(and(lt(roadmapActions.year, year), inArray(roadmapActions.status, ['PLANNED', 'IN_PROGRESS']))),
    ]);
    push(steeringMeetingsDue(ofYear, today), '/comite');
    for (const m of toCome) push(steeringDocumentsDue(m, today), '/comite');
    for (const a of late) push(roadmapActionLate(a, today), '/feuille-de-route');
  }
  return items;
}

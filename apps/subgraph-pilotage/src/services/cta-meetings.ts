// CTA meetings (accord, fiche 8): "Réunir le CTA selon une périodicité trimestrielle, dont le dernier en fin d'année
// invite les responsables de SIAE"; "des ordres du jour concertés ainsi que des comptes rendus … communiqués au
// CDIAE". Pôle emploi is "pilote et organise les CTA": only the agence that leads a CTA records its meetings
// (use-cases/record-cta-meeting.ts, send-cta-minutes-to-cdiae.ts); here, what the comité and the others read.
import { tables } from '@navette/db';
import { calendarYear, ctaMeetingsDue, isPeriodOver, quarterPeriod } from '@navette/domain';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { CtaMeetingsDueRow } from './rows.js';
import { departementCode, year as validYear } from './validation.js';

const { ctas, ctaMeetings } = tables;

/** Per CTA (of a département when given): the quarters of the year without a meeting, and the year-end meeting. */
export async function listCtaMeetingsDue(
  ctx: PilotageContext,
  args: { year: number; departement?: string | null },
): Promise<CtaMeetingsDueRow[]> {
  const year = validYear(args.year, ctx.today);
  const departement = departementCode(args.departement);
  const period = calendarYear(year);
  const inDepartement = departement ? eq(ctas.departementCode, departement) : undefined;
  const [ctaRows, meetings] = await Promise.all([
    ctx.db.select().from(ctas).where(inDepartement).orderBy(asc(ctas.departementCode), asc(ctas.name)),
    ctx.db
      .select({
        employmentAreaId: ctas.employmentAreaId,
        heldOn: ctaMeetings.heldOn,
        withSiaeHeads: ctaMeetings.siaeHeadsInvited,
      })
      .from(ctaMeetings)
      .innerJoin(ctas, eq(ctas.id, ctaMeetings.ctaId))
      .where(and(inDepartement, gte(ctaMeetings.heldOn, period.from), lte(ctaMeetings.heldOn, period.to))),
  ]);
  // accord, fiche 8 (rule in @navette/domain): one CTA per employment area.
  const checks = new Map(
    ctaMeetingsDue(year, meetings, { employmentAreas: ctaRows.map((c) => c.employmentAreaId) }).map((c) => [
      c.employmentAreaId,
      c,
    ]),
  );
  return ctaRows.map((cta) => {
    const { employmentAreaId: _area, quarters, ...check } = checks.get(cta.employmentAreaId)!;
    return {
      ...check,
      cta,
      year,
      quarters: quarters.map((q) => ({
        ...q,
        label: quarterPeriod(year, q.quarter).label,
        over: isPeriodOver(q, ctx.today),
      })),
    };
  });
}

// CTA meetings (accord, fiche 8): "Réunir le CTA selon une périodicité trimestrielle, dont le dernier en fin d'année
// invite les responsables de SIAE"; "des ordres du jour concertés ainsi que des comptes rendus … communiqués au
// CDIAE". Pôle emploi is "pilote et organise les CTA": only the agence that leads a CTA records its meetings.
import { tables } from '@navette/db';
import { calendarYear, ctaMeetingsDue, formatFrenchDate, isPeriodOver, quarterPeriod, type QuarterNumber } from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { CtaMeetingInput } from '../generated/resolvers-types.js';
import type { CtaMeetingRow, CtaMeetingsDueRow, CtaRow } from './rows.js';
import { sameValues } from './same-values.js';
import {
  departementCode,
  knownId,
  notAfterToday,
  notBefore,
  notFound,
  optionalIsoDate,
  optionalText,
  requiredIsoDate,
  requiredText,
  year as validYear,
} from './validation.js';

const { ctas, ctaMeetings } = tables;

/** The caller's agence: the scope cta:write is the agences' only, checked again here (defence in depth). */
function callerAgency(ctx: PilotageContext): string {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.organisationKind !== 'AGENCY') {
    throw userError('FORBIDDEN', 'Les réunions de CTA sont enregistrées par l’agence Pôle emploi qui anime le CTA.');
  }
  return p.organisationId;
}

function ledByCaller(cta: CtaRow, agencyId: string): void {
  if (cta.ledByAgencyId !== agencyId) {
    throw userError('FORBIDDEN', `Seule l’agence Pôle emploi qui anime le ${cta.name} peut enregistrer ses réunions.`);
  }
}

function minutesAfterMeeting(sentOn: string, heldOn: string): void {
  notBefore(
    sentOn,
    heldOn,
    `La transmission du compte rendu au CDIAE (${formatFrenchDate(sentOn)}) ne peut pas précéder la réunion (${formatFrenchDate(heldOn)}).`,
    'minutesSentToCdiaeOn',
  );
}

/** Records a meeting held by a CTA, with its agenda, participants, minutes and their sending to the CDIAE. */
export async function recordCtaMeeting(ctx: PilotageContext, input: CtaMeetingInput): Promise<CtaMeetingRow> {
  const agencyId = callerAgency(ctx);
  const ctaId = knownId(input.ctaId, 'CTA');
  const heldOn = requiredIsoDate(input.heldOn, 'Date de la réunion');
  notAfterToday(heldOn, ctx.today, 'La date de la réunion');
  const agenda = requiredText(input.agenda, 'Ordre du jour');
  const participants = optionalText(input.participants, 'Participants') ?? '';
  const minutes = optionalText(input.minutes, 'Compte rendu', 50_000);
  const minutesSentToCdiaeOn = optionalIsoDate(input.minutesSentToCdiaeOn, 'Date de transmission au CDIAE');
  if (minutesSentToCdiaeOn) {
    if (!minutes) throw userError('BAD_USER_INPUT', 'Saisissez le compte rendu avant de le déclarer transmis au CDIAE.', { field: 'minutes' });
    minutesAfterMeeting(minutesSentToCdiaeOn, heldOn);
    notAfterToday(minutesSentToCdiaeOn, ctx.today, 'La date de transmission au CDIAE');
  }

  return ctx.db.transaction(async (tx) => {
    // The CTA row locked: two agents recording the same meeting at once get one row and one conflict.
    const [cta] = await tx.select().from(ctas).where(eq(ctas.id, ctaId)).for('update');
    if (!cta) throw notFound('CTA');
    ledByCaller(cta, agencyId);
    const values = { ctaId, heldOn, agenda, participants, siaeHeadsInvited: input.siaeHeadsInvited, minutes, minutesSentToCdiaeOn };
    const [same] = await tx.select().from(ctaMeetings).where(and(eq(ctaMeetings.ctaId, ctaId), eq(ctaMeetings.heldOn, heldOn)));
    if (same) {
      // The same meeting sent again (a retry, a double click): the one recorded. Another one that day: a conflict.
      if (sameValues(same, values)) return same;
      throw userError('CONFLICT', `Une autre réunion du ${cta.name} est déjà enregistrée le ${formatFrenchDate(heldOn)}.`);
    }
    const [row] = await tx.insert(ctaMeetings).values(values).returning();
    return row!;
  });
}

/** Marks the minutes of a meeting as sent to the CDIAE, recording them first when they were not yet. */
export async function sendCtaMinutesToCdiae(
  ctx: PilotageContext,
  args: { id: string; on: string; minutes?: string | null },
): Promise<CtaMeetingRow> {
  const agencyId = callerAgency(ctx);
  const id = knownId(args.id, 'Réunion de CTA');
  const on = requiredIsoDate(args.on, 'Date de transmission au CDIAE');
  notAfterToday(on, ctx.today, 'La date de transmission au CDIAE');
  const newMinutes = optionalText(args.minutes, 'Compte rendu', 50_000);

  return ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ meeting: ctaMeetings, cta: ctas })
      .from(ctaMeetings)
      .innerJoin(ctas, eq(ctas.id, ctaMeetings.ctaId))
      .where(eq(ctaMeetings.id, id))
      .for('update');
    if (!found) throw notFound('Réunion de CTA');
    const { meeting, cta } = found;
    ledByCaller(cta, agencyId);
    if (meeting.minutesSentToCdiaeOn) {
      throw userError(
        'CONFLICT',
        `Le compte rendu de la réunion du ${formatFrenchDate(meeting.heldOn)} a déjà été transmis au CDIAE le ${formatFrenchDate(meeting.minutesSentToCdiaeOn)}.`,
      );
    }
    minutesAfterMeeting(on, meeting.heldOn);
    const minutes = newMinutes ?? meeting.minutes;
    if (!minutes) throw userError('BAD_USER_INPUT', 'Saisissez le compte rendu avant de le déclarer transmis au CDIAE.', { field: 'minutes' });
    const [row] = await tx.update(ctaMeetings).set({ minutes, minutesSentToCdiaeOn: on }).where(eq(ctaMeetings.id, id)).returning();
    return row!;
  });
}

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
      .select({ employmentAreaId: ctas.employmentAreaId, heldOn: ctaMeetings.heldOn, withSiaeHeads: ctaMeetings.siaeHeadsInvited })
      .from(ctaMeetings)
      .innerJoin(ctas, eq(ctas.id, ctaMeetings.ctaId))
      .where(and(inDepartement, gte(ctaMeetings.heldOn, period.from), lte(ctaMeetings.heldOn, period.to))),
  ]);
  // accord, fiche 8 (rule in @navette/domain): one CTA per employment area.
  const checks = new Map(
    ctaMeetingsDue(year, meetings, { employmentAreas: ctaRows.map((c) => c.employmentAreaId) }).map((c) => [c.employmentAreaId, c]),
  );
  return ctaRows.map((cta) => {
    const { employmentAreaId: _area, quarters, ...check } = checks.get(cta.employmentAreaId)!;
    return {
      ...check,
      cta,
      year,
      quarters: quarters.map((q) => ({
        ...q,
        label: quarterPeriod(year, q.quarter as QuarterNumber).label,
        over: isPeriodOver(q, ctx.today),
      })),
    };
  });
}

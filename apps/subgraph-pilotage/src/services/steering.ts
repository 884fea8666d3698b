// Comité de pilotage régional (accord, article 3): "Le comité de pilotage se réunit au moins 2 fois par an"; "Les
// réunions font l'objet d'un ordre du jour et les documents qui y sont attachés sont transmis au plus tard 10 jours
// avant les dates fixées"; "Elles donnent lieu à des comptes rendus". Rules in @navette/domain (steering.ts).
import { tables } from '@navette/db';
import { calendarYear, compareIsoDates, formatFrenchDate, steeringDocumentsOnTime, steeringMeetingsShortfall } from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { SteeringMeetingInput } from '../generated/resolvers-types.js';
import type { SteeringMeetingRow } from './rows.js';
import { sameValues } from './same-values.js';
import {
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

const { steeringMeetings } = tables;

/**
 * Whether the documents went out in time (article 3): sent on or before the meeting minus 10 days. Not sent yet: false
 * once sending today would be late, null while it is still possible in time.
 */
export function documentsOnTime(meeting: Pick<SteeringMeetingRow, 'heldOn' | 'documentsSentOn'>, today: string): boolean | null {
  if (meeting.documentsSentOn) return steeringDocumentsOnTime(meeting.heldOn, meeting.documentsSentOn);
  return steeringDocumentsOnTime(meeting.heldOn, today) ? null : false;
}

/**
 * Records a meeting of the comité (held, or planned with its agenda), or updates one given its id: a meeting planned
 * ahead gets its documents sent, then its minutes once held.
 */
export async function recordSteeringMeeting(ctx: PilotageContext, input: SteeringMeetingInput): Promise<SteeringMeetingRow> {
  const heldOn = requiredIsoDate(input.heldOn, 'Date de la réunion');
  validYear(Number(heldOn.slice(0, 4)), ctx.today, 'Date de la réunion');
  const agenda = requiredText(input.agenda, 'Ordre du jour');
  const minutes = optionalText(input.minutes, 'Compte rendu', 50_000);
  const documentsSentOn = optionalIsoDate(input.documentsSentOn, 'Date d’envoi des documents');
  if (documentsSentOn) {
    notAfterToday(documentsSentOn, ctx.today, 'La date d’envoi des documents');
    notBefore(
      heldOn,
      documentsSentOn,
      `Les documents (envoyés le ${formatFrenchDate(documentsSentOn)}) ne peuvent pas l’avoir été après la réunion (${formatFrenchDate(heldOn)}).`,
      'documentsSentOn',
    );
  }
  if (minutes && compareIsoDates(heldOn, ctx.today) > 0) {
    throw userError('BAD_USER_INPUT', `Le compte rendu ne peut être saisi qu’après la réunion (${formatFrenchDate(heldOn)}).`, { field: 'minutes' });
  }
  const id = input.id == null ? null : knownId(input.id, 'Réunion du comité de pilotage');
  return ctx.db.transaction(async (tx) => {
    // One meeting a day (domain steeringMeetingsShortfall counts a day once): recordings of the same day are serialised.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pilotage.steering_meetings'), hashtext(${heldOn}))`);
    const values = { heldOn, agenda, documentsSentOn, minutes };
    const [same] = await tx.select().from(steeringMeetings).where(eq(steeringMeetings.heldOn, heldOn));
    if (id) {
      const [current] = await tx.select().from(steeringMeetings).where(eq(steeringMeetings.id, id)).for('update');
      if (!current) throw notFound('Réunion du comité de pilotage');
      if (same && same.id !== id) {
        throw userError('CONFLICT', `Une autre réunion du comité de pilotage est déjà enregistrée le ${formatFrenchDate(heldOn)}.`, { field: 'heldOn' });
      }
      const [row] = await tx.update(steeringMeetings).set(values).where(eq(steeringMeetings.id, id)).returning();
      return row!;
    }
    if (same) {
      // The same meeting sent again (a retry, a double click): the one recorded. Another one that day: a conflict.
      if (sameValues(same, values)) return same;
      throw userError('CONFLICT', `Une autre réunion du comité de pilotage est déjà enregistrée le ${formatFrenchDate(heldOn)}.`);
    }
    const [row] = await tx.insert(steeringMeetings).values(values).returning();
    return row!;
  });
}

export async function listSteeringMeetings(ctx: PilotageContext, args: { year?: number | null }): Promise<SteeringMeetingRow[]> {
  const period = args.year == null ? null : calendarYear(validYear(args.year, ctx.today));
  return ctx.db
    .select()
    .from(steeringMeetings)
    .where(period ? and(gte(steeringMeetings.heldOn, period.from), lte(steeringMeetings.heldOn, period.to)) : undefined)
    .orderBy(desc(steeringMeetings.heldOn));
}

/** Meetings missing in the year to reach the 2 of article 3 (planned meetings of the year count). */
export async function steeringShortfall(ctx: PilotageContext, args: { year: number }): Promise<number> {
  const year = validYear(args.year, ctx.today);
  return steeringMeetingsShortfall(year, await listSteeringMeetings(ctx, { year }));
}

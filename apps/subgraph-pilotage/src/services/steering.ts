// Comité de pilotage régional (accord, article 3): "Le comité de pilotage se réunit au moins 2 fois par an"; "Les
// réunions font l'objet d'un ordre du jour et les documents qui y sont attachés sont transmis au plus tard 10 jours
// avant les dates fixées"; "Elles donnent lieu à des comptes rendus". Rules in @navette/domain (steering.ts); meetings
// recorded by use-cases/record-steering-meeting.ts.
import { tables } from '@navette/db';
import { calendarYear, steeringDocumentsOnTime, steeringMeetingsShortfall } from '@navette/domain';
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { SteeringMeetingRow } from './rows.js';
import { year as validYear } from './validation.js';

const { steeringMeetings } = tables;

/**
 * Whether the documents went out in time (article 3): sent on or before the meeting minus 10 days. Not sent yet: false
 * once sending today would be late, null while it is still possible in time.
 */
export function documentsOnTime(
  meeting: Pick<SteeringMeetingRow, 'heldOn' | 'documentsSentOn'>,
  today: string,
): boolean | null {
  if (meeting.documentsSentOn) return steeringDocumentsOnTime(meeting.heldOn, meeting.documentsSentOn);
  return steeringDocumentsOnTime(meeting.heldOn, today) ? null : false;
}

export async function listSteeringMeetings(
  ctx: PilotageContext,
  args: { year?: number | null },
): Promise<SteeringMeetingRow[]> {
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

export async function steeringMeetingOf(ctx: PilotageContext, id: string): Promise<SteeringMeetingRow> {
  const [row] = await ctx.db.select().from(steeringMeetings).where(eq(steeringMeetings.id, id));
  if (!row) throw new Error(`steering meeting ${id} missing`);
  return row;
}

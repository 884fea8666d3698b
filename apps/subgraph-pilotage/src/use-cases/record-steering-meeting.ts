// A meeting of the comité de pilotage régional (accord, article 3: "Le comité de pilotage se réunit au moins 2 fois
// par an"; "Les réunions font l'objet d'un ordre du jour et les documents qui y sont attachés sont transmis au plus
// tard 10 jours avant les dates fixées"; "Elles donnent lieu à des comptes rendus"): held, or planned with its agenda,
// or updated given its id — a meeting planned ahead gets its documents sent, then its minutes once held.
import { tables } from '@navette/db';
import { compareIsoDates } from '@navette/domain';
import { dateInput, optionalDateInput, optionalTextInput, parseInput, textInput } from '@navette/subgraph-server';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import type { SteeringMeetingRow } from '../services/rows.js';
import { sameValues } from '../services/same-values.js';
import { knownId, notAfterToday, year as validYear } from '../services/validation.js';

const { steeringMeetings } = tables;

export const recordSteeringMeetingInput = z.object({
  id: z.string().nullish(),
  heldOn: dateInput(),
  agenda: textInput(10_000),
  documentsSentOn: optionalDateInput(),
  minutes: optionalTextInput(50_000),
});

const labels = {
  heldOn: 'Date de la réunion',
  agenda: 'Ordre du jour',
  documentsSentOn: 'Date d’envoi des documents',
  minutes: 'Compte rendu',
};

export async function recordSteeringMeeting(ctx: PilotageContext, raw: unknown): Promise<SteeringMeetingRow> {
  const { id: givenId, heldOn, agenda, documentsSentOn, minutes } = parseInput(recordSteeringMeetingInput, raw, labels);
  validYear(Number(heldOn.slice(0, 4)), ctx.today, 'Date de la réunion');
  if (documentsSentOn) {
    notAfterToday(documentsSentOn, ctx.today, 'La date d’envoi des documents');
    if (compareIsoDates(heldOn, documentsSentOn) < 0) throw errors.documentsSentAfterMeeting(documentsSentOn, heldOn);
  }
  if (minutes && compareIsoDates(heldOn, ctx.today) > 0) throw errors.minutesBeforeMeetingHeld(heldOn);
  const id = givenId == null ? null : knownId(givenId, errors.steeringMeetingNotFound);
  return ctx.db.transaction(async (tx) => {
    // One meeting a day (domain steeringMeetingsShortfall counts a day once): recordings of the same day are serialised.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pilotage.steering_meetings'), hashtext(${heldOn}))`);
    const values = { heldOn, agenda, documentsSentOn, minutes };
    const [same] = await tx.select().from(steeringMeetings).where(eq(steeringMeetings.heldOn, heldOn));
    if (id) {
      const [current] = await tx.select().from(steeringMeetings).where(eq(steeringMeetings.id, id)).for('update');
      if (!current) throw errors.steeringMeetingNotFound();
      if (same && same.id !== id) throw errors.steeringMeetingAlreadyRecorded(heldOn);
      const [row] = await tx.update(steeringMeetings).set(values).where(eq(steeringMeetings.id, id)).returning();
      return row!;
    }
    if (same) {
      // The same meeting sent again (a retry, a double click): the one recorded. Another one that day: a conflict.
      if (sameValues(same, values)) return same;
      throw errors.steeringMeetingAlreadyRecorded(heldOn);
    }
    const [row] = await tx.insert(steeringMeetings).values(values).returning();
    return row!;
  });
}

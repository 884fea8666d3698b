// The minutes of a CTA meeting sent to the CDIAE (accord, fiche 8: "des comptes rendus … communiqués au CDIAE"),
// recorded first when they were not yet. By the agence that leads the CTA.
import { tables } from '@navette/db';
import { dateInput, optionalTextInput, parseInput } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import { callerAgency, ledByCaller, minutesAfterMeeting } from '../services/cta-access.js';
import type { CtaMeetingRow } from '../services/rows.js';
import { knownId, notAfterToday } from '../services/validation.js';

const { ctas, ctaMeetings } = tables;

export const sendCtaMinutesToCdiaeInput = z.object({
  id: z.string(),
  on: dateInput(),
  minutes: optionalTextInput(50_000),
});

const labels = { on: 'Date de transmission au CDIAE', minutes: 'Compte rendu' };

export async function sendCtaMinutesToCdiae(ctx: PilotageContext, raw: unknown): Promise<CtaMeetingRow> {
  const agencyId = callerAgency(ctx);
  const input = parseInput(sendCtaMinutesToCdiaeInput, raw, labels);
  const id = knownId(input.id, errors.ctaMeetingNotFound);
  notAfterToday(input.on, ctx.today, 'La date de transmission au CDIAE');

  return ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ meeting: ctaMeetings, cta: ctas })
      .from(ctaMeetings)
      .innerJoin(ctas, eq(ctas.id, ctaMeetings.ctaId))
      .where(eq(ctaMeetings.id, id))
      .for('update');
    if (!found) throw errors.ctaMeetingNotFound();
    const { meeting, cta } = found;
    ledByCaller(cta, agencyId);
    if (meeting.minutesSentToCdiaeOn) throw errors.minutesAlreadySent(meeting.heldOn, meeting.minutesSentToCdiaeOn);
    minutesAfterMeeting(input.on, meeting.heldOn);
    const minutes = input.minutes ?? meeting.minutes;
    if (!minutes) throw errors.minutesMissing();
    const [row] = await tx
      .update(ctaMeetings)
      .set({ minutes, minutesSentToCdiaeOn: input.on })
      .where(eq(ctaMeetings.id, id))
      .returning();
    return row!;
  });
}

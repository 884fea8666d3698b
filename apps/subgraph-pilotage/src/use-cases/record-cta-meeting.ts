// A meeting held by a CTA (accord, fiche 8: "Réunir le CTA selon une périodicité trimestrielle, dont le dernier en fin
// d'année invite les responsables de SIAE"; "des ordres du jour concertés ainsi que des comptes rendus … communiqués au
// CDIAE"), with its agenda, participants, minutes and their sending to the CDIAE. Recorded by the agence that leads it.
import { tables } from '@navette/db';
import { dateInput, optionalDateInput, optionalTextInput, parseInput, textInput } from '@navette/subgraph-server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import { callerAgency, ledByCaller, minutesAfterMeeting } from '../services/cta-access.js';
import type { CtaMeetingRow } from '../services/rows.js';
import { sameValues } from '../services/same-values.js';
import { knownId, notAfterToday } from '../services/validation.js';

const { ctas, ctaMeetings } = tables;

export const recordCtaMeetingInput = z.object({
  ctaId: z.string(),
  heldOn: dateInput(),
  agenda: textInput(10_000),
  participants: optionalTextInput(10_000).transform((value) => value ?? ''),
  siaeHeadsInvited: z.boolean(),
  minutes: optionalTextInput(50_000),
  minutesSentToCdiaeOn: optionalDateInput(),
});

const labels = {
  heldOn: 'Date de la réunion',
  agenda: 'Ordre du jour',
  participants: 'Participants',
  siaeHeadsInvited: 'Responsables de SIAE invités',
  minutes: 'Compte rendu',
  minutesSentToCdiaeOn: 'Date de transmission au CDIAE',
};

export async function recordCtaMeeting(ctx: PilotageContext, raw: unknown): Promise<CtaMeetingRow> {
  const agencyId = callerAgency(ctx);
  const input = parseInput(recordCtaMeetingInput, raw, labels);
  const ctaId = knownId(input.ctaId, errors.ctaNotFound);
  notAfterToday(input.heldOn, ctx.today, 'La date de la réunion');
  if (input.minutesSentToCdiaeOn) {
    if (!input.minutes) throw errors.minutesMissing();
    minutesAfterMeeting(input.minutesSentToCdiaeOn, input.heldOn);
    notAfterToday(input.minutesSentToCdiaeOn, ctx.today, 'La date de transmission au CDIAE');
  }
  const { heldOn } = input;

  return ctx.db.transaction(async (tx) => {
    // The CTA row locked: two agents recording the same meeting at once get one row and one conflict.
    const [cta] = await tx.select().from(ctas).where(eq(ctas.id, ctaId)).for('update');
    if (!cta) throw errors.ctaNotFound();
    ledByCaller(cta, agencyId);
    const values = {
      ctaId,
      heldOn,
      agenda: input.agenda,
      participants: input.participants,
      siaeHeadsInvited: input.siaeHeadsInvited,
      minutes: input.minutes,
      minutesSentToCdiaeOn: input.minutesSentToCdiaeOn,
    };
    const [same] = await tx
      .select()
      .from(ctaMeetings)
      .where(and(eq(ctaMeetings.ctaId, ctaId), eq(ctaMeetings.heldOn, heldOn)));
    if (same) {
      // The same meeting sent again (a retry, a double click): the one recorded. Another one that day: a conflict.
      if (sameValues(same, values)) return same;
      throw errors.ctaMeetingAlreadyRecorded(cta.name, heldOn);
    }
    const [row] = await tx.insert(ctaMeetings).values(values).returning();
    return row!;
  });
}

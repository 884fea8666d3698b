// A résiliation request (accord, article 6): "La résiliation peut être demandée par l'une des parties signataires en
// cas de manquement à tout ou partie du présent accord. Un préavis de 3 mois doit être respecté à compter de la
// réception par les autres signataires et au cours duquel un comité de pilotage extraordinaire est réuni pour examiner
// la demande". The server owns the date of receipt (the day it is recorded, when the other signatories see it in the
// console); the input has no date. The conventions de coopération locale are not touched ("les effets de cette
// résiliation ne peuvent conduire à l'annulation de tout ou parties des conventions locales de coopération"): this
// use case writes only the pilotage tables.
import { tables } from '@navette/db';
import { extraordinarySteeringMeetingOn, mayRequestTermination, terminationNoticeEndsOn } from '@navette/domain';
import { parseInput, textInput } from '@navette/subgraph-server';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import { ACCORD_ID, loadAccord, mayActFor } from '../services/accord.js';
import { extraordinaryAgendaItem } from '../services/extraordinary-meeting.js';
import type { AccordTerminationRow } from '../services/rows.js';
import { knownId } from '../services/validation.js';

const { accordSignatories, accordTerminations, steeringMeetings } = tables;

export const requestAccordTerminationInput = z.object({
  signatoryId: z.string(),
  reason: textInput(10_000),
});

const labels = { signatoryId: 'Signataire', reason: 'Manquements invoqués' };

export async function requestAccordTermination(ctx: PilotageContext, raw: unknown): Promise<AccordTerminationRow> {
  const input = parseInput(requestAccordTerminationInput, raw, labels);
  const signatoryId = knownId(input.signatoryId, errors.accordSignatoryNotFound);
  const [signatory] = await ctx.db.select().from(accordSignatories).where(eq(accordSignatories.id, signatoryId));
  // A signatory the caller may not act for is answered exactly as an unknown one.
  const { principal } = ctx;
  if (principal.kind !== 'user' || !signatory || signatory.accordId !== ACCORD_ID || !mayActFor(principal, signatory))
    throw errors.accordSignatoryNotFound();
  const receivedOn = ctx.today;
  return ctx.db.transaction(async (tx) => {
    // One résiliation under way per accord (accord_terminations_live_unique): requests are serialised on the accord.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('pilotage.accord_terminations'), hashtext(${ACCORD_ID}))`,
    );
    const accord = await loadAccord(tx, ctx.today);
    const live = accord.termination;
    // The same request sent again (a retry, a double click, twenty at once): the one recorded.
    if (live && live.signatoryId === signatoryId && live.reason === input.reason) return live;
    const allowed = mayRequestTermination(accord.state);
    if (!allowed.ok) {
      if (allowed.code === 'TERMINATION_ALREADY_REQUESTED')
        throw errors.terminationAlreadyRequested(live!.noticeEndsOn);
      if (allowed.code === 'ACCORD_ENDED') throw errors.accordEnded(accord.endsOn);
      throw errors.accordNotInForce();
    }
    const meetingId = await callExtraordinaryMeeting(tx, extraordinarySteeringMeetingOn(receivedOn), signatory.name);
    const [row] = await tx
      .insert(accordTerminations)
      .values({
        accordId: ACCORD_ID,
        signatoryId,
        reason: input.reason,
        receivedOn,
        noticeEndsOn: terminationNoticeEndsOn(receivedOn),
        extraordinaryMeetingId: meetingId,
        requestedByUserId: principal.userId,
      })
      .returning();
    return row!;
  });
}

type Transaction = Parameters<Parameters<PilotageContext['db']['transaction']>[0]>[0];

/**
 * The extraordinary comité of article 6, on the day the domain sets. A meeting already planned that day (one a day,
 * steering_meetings_natural_unique) becomes the extraordinary one, the examination of the request added to its agenda.
 */
async function callExtraordinaryMeeting(tx: Transaction, heldOn: string, signatoryName: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pilotage.steering_meetings'), hashtext(${heldOn}))`);
  const item = extraordinaryAgendaItem(signatoryName);
  const [planned] = await tx.select().from(steeringMeetings).where(eq(steeringMeetings.heldOn, heldOn)).for('update');
  if (planned) {
    await tx
      .update(steeringMeetings)
      .set({ extraordinary: true, agenda: `${planned.agenda}\n${item}` })
      .where(eq(steeringMeetings.id, planned.id));
    return planned.id;
  }
  const [meeting] = await tx
    .insert(steeringMeetings)
    .values({ heldOn, agenda: item, extraordinary: true })
    .returning({ id: steeringMeetings.id });
  return meeting!.id;
}

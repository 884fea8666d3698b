// The extraordinary comité de pilotage a résiliation request calls (accord, article 6: "un comité de pilotage
// extraordinaire est réuni pour examiner la demande"), and its cancellation when the request is withdrawn before the
// meeting is held (the withdrawal is the platform's choice: article 6 is silent).
import { tables } from '@navette/db';
import { compareIsoDates } from '@navette/domain';
import { eq, sql } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';

const { accordTerminations, steeringMeetings } = tables;
type Transaction = Parameters<Parameters<PilotageContext['db']['transaction']>[0]>[0];

const ITEM_START =
  'Comité de pilotage extraordinaire (article 6 de l’accord) : examen de la demande de résiliation de ';

/** The line of the meeting's agenda that examines the request. */
export function extraordinaryAgendaItem(signatoryName: string): string {
  return `${ITEM_START}${signatoryName}, avis des signataires, décision.`;
}

/**
 * Cancels the extraordinary comité of a withdrawn request, in the withdrawal's transaction, if it is not held yet
 * (after today, no minutes): a meeting the request called is deleted; a meeting already planned that day, which the
 * request had made extraordinary, goes back to its own agenda. The request then names no meeting. A meeting held
 * (today or before, or with its minutes) stays as it was: the comité met.
 */
export async function cancelExtraordinaryMeeting(
  tx: Transaction,
  termination: { id: string; extraordinaryMeetingId: string | null },
  today: string,
): Promise<void> {
  if (!termination.extraordinaryMeetingId) return;
  const [meeting] = await tx
    .select()
    .from(steeringMeetings)
    .where(eq(steeringMeetings.id, termination.extraordinaryMeetingId))
    .for('update');
  if (!meeting || compareIsoDates(meeting.heldOn, today) <= 0 || meeting.minutes != null) return;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext('pilotage.steering_meetings'), hashtext(${meeting.heldOn}))`,
  );
  await tx
    .update(accordTerminations)
    .set({ extraordinaryMeetingId: null })
    .where(eq(accordTerminations.id, termination.id));
  const ownAgenda = meeting.agenda
    .split('\n')
    .filter((line) => !line.startsWith(ITEM_START))
    .join('\n');
  if (ownAgenda.trim() === '') {
    await tx.delete(steeringMeetings).where(eq(steeringMeetings.id, meeting.id));
  } else {
    await tx
      .update(steeringMeetings)
      .set({ extraordinary: false, agenda: ownAgenda })
      .where(eq(steeringMeetings.id, meeting.id));
  }
}

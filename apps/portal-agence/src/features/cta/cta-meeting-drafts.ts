// What the agent typed in the CTA forms, checked before anything is sent: what is missing, a date in the future or in
// the wrong order. The API checks again and has the last word (only the agence that leads the CTA, one meeting a
// day): its French message is shown as is.
import { copy } from '../../copy.ts';
import type { CtaMeetingInput } from '../../generated/graphql.ts';
import type { FieldErrors } from '../approvals/decision-drafts.ts';
import { isIsoDate } from '../cooperation/agreement-drafts.ts';

export interface CtaMeetingDraft {
  heldOn: string;
  agenda: string;
  participants: string;
  siaeHeadsInvited: boolean;
  minutes: string;
  minutesSentToCdiaeOn: string;
}

export type CtaMeetingField = 'heldOn' | 'agenda' | 'minutes' | 'minutesSentToCdiaeOn';

export const emptyCtaMeetingDraft: CtaMeetingDraft = {
  heldOn: '',
  agenda: '',
  participants: '',
  siaeHeadsInvited: false,
  minutes: '',
  minutesSentToCdiaeOn: '',
};

/** A meeting held (not in the future), with its agenda; minutes sent to the CDIAE only once written, after the meeting. */
export function checkCtaMeeting(
  ctaId: string,
  draft: CtaMeetingDraft,
  today: string,
): { ok: true; input: CtaMeetingInput } | { ok: false; errors: FieldErrors<CtaMeetingField> } {
  const e = copy.ctaMeetingForm.errors;
  const errors: FieldErrors<CtaMeetingField> = {};
  if (!draft.heldOn) errors.heldOn = e.heldOn;
  else if (!isIsoDate(draft.heldOn)) errors.heldOn = e.invalidDate;
  else if (draft.heldOn > today) errors.heldOn = e.heldOnInFuture;
  const agenda = draft.agenda.trim();
  if (!agenda) errors.agenda = e.agenda;
  const minutes = draft.minutes.trim();
  const sentOn = draft.minutesSentToCdiaeOn;
  if (sentOn) {
    if (!isIsoDate(sentOn)) errors.minutesSentToCdiaeOn = e.invalidDate;
    else if (sentOn > today) errors.minutesSentToCdiaeOn = e.sentInFuture;
    else if (!errors.heldOn && sentOn < draft.heldOn) errors.minutesSentToCdiaeOn = e.sentBeforeMeeting;
    if (!minutes) errors.minutes = e.minutesNeeded;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ctaId,
      heldOn: draft.heldOn,
      agenda,
      participants: draft.participants.trim() || null,
      siaeHeadsInvited: draft.siaeHeadsInvited,
      minutes: minutes || null,
      minutesSentToCdiaeOn: sentOn || null,
    },
  };
}

export interface MinutesDraft {
  on: string;
  minutes: string;
}

export type MinutesField = keyof MinutesDraft;

/**
 * The day the minutes went to the CDIAE (not in the future, not before the meeting), with the minutes when the
 * meeting has none yet (the API records them with their sending).
 */
export function checkMinutes(
  draft: MinutesDraft,
  meeting: { heldOn: string; minutes?: string | null },
  today: string,
): { ok: true; variables: { on: string; minutes: string | null } } | { ok: false; errors: FieldErrors<MinutesField> } {
  const e = copy.ctaMinutes.errors;
  const errors: FieldErrors<MinutesField> = {};
  if (!draft.on) errors.on = e.on;
  else if (!isIsoDate(draft.on)) errors.on = e.invalidDate;
  else if (draft.on > today) errors.on = e.onInFuture;
  else if (draft.on < meeting.heldOn) errors.on = e.onBeforeMeeting;
  const minutes = draft.minutes.trim();
  if (!meeting.minutes && !minutes) errors.minutes = e.minutes;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, variables: { on: draft.on, minutes: meeting.minutes ? null : minutes } };
}

// The form of a comité de pilotage meeting: what is checked before sending (presence and format only: the rules of
// article 3, such as documents sent before the meeting, are the API's), and what is sent.
import { copy } from '../../copy.ts';
import { dateFieldError, type FieldErrors } from '../../forms/field-errors.ts';

const t = copy.steering.form;

export interface SteeringMeetingDraft {
  heldOn: string;
  agenda: string;
  documentsSentOn: string;
  minutes: string;
}

export type SteeringField = keyof SteeringMeetingDraft;

export const emptySteeringMeeting: SteeringMeetingDraft = { heldOn: '', agenda: '', documentsSentOn: '', minutes: '' };

export function validateSteeringMeeting(
  draft: SteeringMeetingDraft,
  badInput: Partial<Record<'heldOn' | 'documentsSentOn', boolean>> = {},
): FieldErrors<SteeringField> {
  const errors: FieldErrors<SteeringField> = {};
  const heldOn = dateFieldError(draft.heldOn, { label: t.labels.heldOn, required: true, badInput: badInput.heldOn });
  if (heldOn) errors.heldOn = heldOn;
  if (!draft.agenda.trim()) errors.agenda = t.agendaRequired;
  const sentOn = dateFieldError(draft.documentsSentOn, {
    label: t.labels.documentsSentOn,
    required: false,
    badInput: badInput.documentsSentOn,
  });
  if (sentOn) errors.documentsSentOn = sentOn;
  return errors;
}

/** The draft of a recorded meeting, to complete or correct it. */
export function draftFromMeeting(meeting: {
  heldOn: string;
  agenda: string;
  documentsSentOn?: string | null;
  minutes?: string | null;
}): SteeringMeetingDraft {
  return {
    heldOn: meeting.heldOn,
    agenda: meeting.agenda,
    documentsSentOn: meeting.documentsSentOn ?? '',
    minutes: meeting.minutes ?? '',
  };
}

/**
 * The `SteeringMeetingInput` of a checked draft (with the meeting's id when it completes one): optional fields left
 * empty are sent as null.
 */
export function steeringMeetingInput(draft: SteeringMeetingDraft, id: string | null = null) {
  return {
    ...(id ? { id } : {}),
    heldOn: draft.heldOn.trim(),
    agenda: draft.agenda.trim(),
    documentsSentOn: draft.documentsSentOn.trim() || null,
    minutes: draft.minutes.trim() || null,
  };
}

export type DocumentsStatus = 'onTime' | 'late' | 'missing' | 'pending';

/**
 * How the documents of a meeting went out, as the API judged it (article 3: at least 10 days before): in time, late,
 * not sent once it is too late, or not sent yet while there is still time.
 */
export function documentsStatus(meeting: {
  documentsSentOn?: string | null;
  documentsOnTime?: boolean | null;
}): DocumentsStatus {
  if (meeting.documentsOnTime === true) return 'onTime';
  if (meeting.documentsOnTime === false) return meeting.documentsSentOn ? 'late' : 'missing';
  return 'pending';
}

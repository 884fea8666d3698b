// The working groups' forms, checked for presence and date format before sending; the rules (members that exist, a
// meeting not in the future, the proposal's comité meeting) are the API's.
import { copy } from '../../copy.ts';
import { dateFieldError, type FieldErrors } from '../../forms/field-errors.ts';

const t = copy.workingGroups.forms;

export interface GroupDraft {
  name: string;
  theme: string;
  fiche: string;
  memberIds: string[];
}
export type GroupField = 'name' | 'theme' | 'fiche' | 'memberIds';
export const emptyGroup: GroupDraft = { name: '', theme: '', fiche: '', memberIds: [] };

export function validateGroup(draft: GroupDraft): FieldErrors<GroupField> {
  const errors: FieldErrors<GroupField> = {};
  if (!draft.name.trim()) errors.name = t.required.name;
  if (!draft.theme.trim()) errors.theme = t.required.theme;
  if (draft.fiche && !/^[1-8]$/.test(draft.fiche.trim())) errors.fiche = t.required.fiche;
  if (draft.memberIds.length === 0) errors.memberIds = t.required.memberIds;
  return errors;
}

export function groupInput(draft: GroupDraft) {
  return {
    name: draft.name.trim(),
    theme: draft.theme.trim(),
    fiche: draft.fiche.trim() ? Number(draft.fiche.trim()) : null,
    memberIds: draft.memberIds,
  };
}

export interface MeetingDraft {
  groupId: string;
  heldOn: string;
  summary: string;
}
export type MeetingField = keyof MeetingDraft;
export const emptyMeeting: MeetingDraft = { groupId: '', heldOn: '', summary: '' };

export function validateMeeting(draft: MeetingDraft, badInput = false): FieldErrors<MeetingField> {
  const errors: FieldErrors<MeetingField> = {};
  if (!draft.groupId) errors.groupId = t.required.groupId;
  const heldOn = dateFieldError(draft.heldOn, { label: t.labels.heldOn, required: true, badInput });
  if (heldOn) errors.heldOn = heldOn;
  if (!draft.summary.trim()) errors.summary = t.required.meetingSummary;
  return errors;
}

export interface ProposalDraft {
  groupId: string;
  title: string;
  summary: string;
}
export type ProposalField = keyof ProposalDraft;
export const emptyProposal: ProposalDraft = { groupId: '', title: '', summary: '' };

export function validateProposal(draft: ProposalDraft): FieldErrors<ProposalField> {
  const errors: FieldErrors<ProposalField> = {};
  if (!draft.groupId) errors.groupId = t.required.groupId;
  if (!draft.title.trim()) errors.title = t.required.title;
  if (!draft.summary.trim()) errors.summary = t.required.proposalSummary;
  return errors;
}

// The form of an action of the feuille de route: checked for presence before sending (the API checks again: fiche 1
// to 8, lengths, year), filled from an action to update it.
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';

const t = copy.roadmap.form;

export const ROADMAP_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type RoadmapStatusCode = (typeof ROADMAP_STATUSES)[number];

/** The eight fiches action of the accord (article 1). */
export const FICHES = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export interface RoadmapActionDraft {
  /** '' for a new action. */
  id: string;
  /** '' for no fiche, else "1" to "8". */
  fiche: string;
  action: string;
  owner: string;
  duePeriod: string;
  status: RoadmapStatusCode;
}

export type RoadmapField = 'fiche' | 'action' | 'owner' | 'duePeriod' | 'status';

export const newRoadmapAction: RoadmapActionDraft = {
  id: '',
  fiche: '',
  action: '',
  owner: '',
  duePeriod: '',
  status: 'PLANNED',
};

export function draftFromAction(action: {
  id: string;
  fiche?: number | null;
  action: string;
  owner: string;
  duePeriod: string;
  status: string;
}): RoadmapActionDraft {
  return {
    id: action.id,
    fiche: action.fiche == null ? '' : String(action.fiche),
    action: action.action,
    owner: action.owner,
    duePeriod: action.duePeriod,
    status: (ROADMAP_STATUSES as readonly string[]).includes(action.status)
      ? (action.status as RoadmapStatusCode)
      : 'PLANNED',
  };
}

export function validateRoadmapAction(draft: RoadmapActionDraft): FieldErrors<RoadmapField> {
  const errors: FieldErrors<RoadmapField> = {};
  if (!draft.action.trim()) errors.action = t.required.action;
  if (!draft.owner.trim()) errors.owner = t.required.owner;
  if (!draft.duePeriod.trim()) errors.duePeriod = t.required.duePeriod;
  return errors;
}

/** The `RoadmapActionInput` of a checked draft: no id for a new action, the fiche as a number or null. */
export function roadmapActionInput(draft: RoadmapActionDraft, year: number) {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    year,
    fiche: draft.fiche ? Number(draft.fiche) : null,
    action: draft.action.trim(),
    owner: draft.owner.trim(),
    duePeriod: draft.duePeriod.trim(),
    status: draft.status,
  };
}

import { describe, expect, it } from 'vitest';
import { draftFromAction, newRoadmapAction, roadmapActionInput, validateRoadmapAction } from './roadmap-form.ts';

describe('validateRoadmapAction', () => {
  it('asks for the action, its owner and its due period', () => {
    expect(validateRoadmapAction(newRoadmapAction)).toEqual({
      action: 'Saisissez l’action.',
      owner: 'Saisissez le pilote de l’action.',
      duePeriod: 'Saisissez l’échéance.',
    });
    expect(
      validateRoadmapAction({ ...newRoadmapAction, action: 'Présenter l’accord', owner: 'DREETS', duePeriod: ' T1 ' }),
    ).toEqual({});
  });
});

describe('roadmapActionInput', () => {
  it('creates without an id, with the fiche as a number', () => {
    expect(
      roadmapActionInput(
        { ...newRoadmapAction, fiche: '8', action: ' Redynamiser les CTA ', owner: 'Pôle emploi', duePeriod: 'T2' },
        2026,
      ),
    ).toEqual({
      year: 2026,
      fiche: 8,
      action: 'Redynamiser les CTA',
      owner: 'Pôle emploi',
      duePeriod: 'T2',
      status: 'PLANNED',
    });
  });

  it('updates the action it was filled from, without a fiche when none is chosen', () => {
    const draft = draftFromAction({
      id: 'a1',
      fiche: null,
      action: 'Communiquer',
      owner: 'Tous',
      duePeriod: '2026',
      status: 'IN_PROGRESS',
    });
    expect(roadmapActionInput({ ...draft, status: 'DONE' }, 2026)).toEqual({
      id: 'a1',
      year: 2026,
      fiche: null,
      action: 'Communiquer',
      owner: 'Tous',
      duePeriod: '2026',
      status: 'DONE',
    });
  });

  it('falls back to "planned" for a status this version does not know', () => {
    expect(
      draftFromAction({ id: 'a', fiche: 2, action: 'x', owner: 'y', duePeriod: 'z', status: 'SOMETHING_NEW' }).status,
    ).toBe('PLANNED');
  });
});

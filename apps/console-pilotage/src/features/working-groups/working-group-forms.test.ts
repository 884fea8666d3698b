import { describe, expect, it } from 'vitest';
import {
  emptyGroup,
  emptyMeeting,
  emptyProposal,
  groupInput,
  validateGroup,
  validateMeeting,
  validateProposal,
} from './working-group-forms.ts';

describe('the working groups’ forms', () => {
  it('a group needs a name, a theme and members; its fiche is 1 to 8 or none', () => {
    expect(Object.keys(validateGroup(emptyGroup))).toEqual(['name', 'theme', 'memberIds']);
    expect(validateGroup({ name: 'G', theme: 'T', fiche: '9', memberIds: ['a'] })).toHaveProperty('fiche');
    expect(groupInput({ name: ' G ', theme: ' T ', fiche: '', memberIds: ['a'] })).toEqual({
      name: 'G',
      theme: 'T',
      fiche: null,
      memberIds: ['a'],
    });
  });
  it('a meeting needs its group, a readable date and what was done; a proposal no date at all', () => {
    expect(Object.keys(validateMeeting(emptyMeeting))).toEqual(['groupId', 'heldOn', 'summary']);
    expect(validateMeeting({ groupId: 'g', heldOn: '2026-02-30', summary: 's' })).toHaveProperty('heldOn');
    expect(Object.keys(validateProposal(emptyProposal))).toEqual(['groupId', 'title', 'summary']);
  });
});

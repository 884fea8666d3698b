import { describe, expect, it } from 'vitest';
import { checkPasswordDraft, emptyPasswordDraft, passwordMessages } from './password-form.ts';

describe('checkPasswordDraft', () => {
  it('asks for both passwords and a matching confirmation', () => {
    expect(checkPasswordDraft(emptyPasswordDraft)).toEqual({
      current: passwordMessages.currentMissing,
      next: passwordMessages.nextMissing,
    });
    expect(checkPasswordDraft({ current: 'a', next: 'Nouveau-2027!x', confirmation: 'autre' })).toEqual({
      confirmation: passwordMessages.confirmationMismatch,
    });
    expect(checkPasswordDraft({ current: 'a', next: 'Nouveau-2027!x', confirmation: 'Nouveau-2027!x' })).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { avisMessages, validateAvis, validatePresentation } from './cdiae-forms.ts';

describe('the CDIAE’s forms (issue 18 §5)', () => {
  it('asks for a choice, and a reason for a défavorable avis', () => {
    expect(validateAvis({ favorable: '', reason: '' })).toEqual({ favorable: avisMessages.choose });
    expect(validateAvis({ favorable: 'DEFAVORABLE', reason: '  ' })).toEqual({ reason: avisMessages.reasonMissing });
    expect(validateAvis({ favorable: 'DEFAVORABLE', reason: 'Pas de diagnostic' })).toEqual({});
    expect(validateAvis({ favorable: 'FAVORABLE', reason: '' })).toEqual({});
  });

  it('asks for the session day of a presentation', () => {
    expect(validatePresentation({ presentedOn: '', note: '' }).presentedOn).toBeTruthy();
    expect(validatePresentation({ presentedOn: '2026-10-15', note: '' })).toEqual({});
    expect(validatePresentation({ presentedOn: '2026-10-15', note: '' }, true).presentedOn).toBeTruthy();
  });
});

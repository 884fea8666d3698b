import { describe, expect, it } from 'vitest';
import { correspondentValuesOf, toCorrespondentInput, validateCorrespondent } from './referents-form.ts';

describe('correspondent form', () => {
  it('needs a name; the email is optional but well formed', () => {
    expect(Object.keys(validateCorrespondent({ correspondentName: ' ', correspondentEmail: '' }))).toEqual([
      'correspondentName',
    ]);
    expect(
      validateCorrespondent({ correspondentName: 'Paul', correspondentEmail: 'paul@' }).correspondentEmail,
    ).toMatch(/nom@domaine\.fr/);
    expect(validateCorrespondent({ correspondentName: 'Paul', correspondentEmail: 'paul@siae.fr' })).toEqual({});
  });

  it('sends only the correspondent, tidied', () => {
    expect(toCorrespondentInput({ correspondentName: '  Paul   Martin ', correspondentEmail: ' ' })).toEqual({
      correspondentName: 'Paul Martin',
      correspondentEmail: null,
    });
  });

  it('starts from the correspondent already named', () => {
    expect(correspondentValuesOf(null)).toEqual({ correspondentName: '', correspondentEmail: '' });
    expect(correspondentValuesOf({ correspondentName: 'Paul', correspondentEmail: null })).toEqual({
      correspondentName: 'Paul',
      correspondentEmail: '',
    });
  });
});

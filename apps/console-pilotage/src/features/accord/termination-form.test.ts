import { describe, expect, it } from 'vitest';
import { emptyTermination, terminationInput, validateTermination } from './termination-form.ts';

describe('the résiliation request form', () => {
  it('asks for the signatory and the failings invoked', () => {
    expect(Object.keys(validateTermination(emptyTermination))).toEqual(['signatoryId', 'reason']);
    expect(validateTermination({ signatoryId: 'x', reason: '  ' })).toHaveProperty('reason');
  });
  it('sends no date: the server records the day of receipt', () => {
    expect(terminationInput({ signatoryId: 's', reason: ' Manquements. ' })).toEqual({
      signatoryId: 's',
      reason: 'Manquements.',
    });
  });
});

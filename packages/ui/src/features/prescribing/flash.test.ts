import { describe, expect, it } from 'vitest';
import { flashOf, flashState } from './flash.ts';

describe('flash message in the history state', () => {
  it('reads back the message it carried', () => {
    expect(flashOf(flashState('Personne enregistrée.'))).toBe('Personne enregistrée.');
  });

  it('ignores any other state', () => {
    expect(flashOf(null)).toBeNull();
    expect(flashOf({ from: '/personnes' })).toBeNull();
    expect(flashOf({ flash: 42 })).toBeNull();
  });
});

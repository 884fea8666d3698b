import { describe, expect, it } from 'vitest';
import {
  emptyPrevalidation,
  prevalidationTargets,
  toPrevalidationInput,
  validatePrevalidation,
} from './prevalidation-form.ts';

const today = '2026-11-23';

describe('prevalidation form', () => {
  it('asks for the person and the structure; the end is optional, never past', () => {
    expect(Object.keys(validatePrevalidation(emptyPrevalidation, today))).toEqual(['personId', 'siaeId']);
    const chosen = { personId: 'p', siaeId: 's', endsOn: '' };
    expect(validatePrevalidation(chosen, today)).toEqual({});
    expect(validatePrevalidation({ ...chosen, endsOn: '2026-11-22' }, today).endsOn).toMatch(/passé/);
    expect(validatePrevalidation({ ...chosen, endsOn: '2026-02-30' }, today).endsOn).toMatch(/date valide/);
    expect(toPrevalidationInput(chosen)).toEqual({ personId: 'p', siaeId: 's', endsOn: null });
  });

  it('offers the ETTI and AI whose convention is in force, once each', () => {
    const a = (id: string, kind: string, inForce = true) => ({ inForce, siae: { id, kind } });
    expect(
      prevalidationTargets([a('1', 'AI'), a('2', 'EI'), a('3', 'ETTI', false), a('1', 'AI'), a('4', 'ETTI')]).map(
        (x) => x.siae.id,
      ),
    ).toEqual(['1', '4']);
  });
});

import { describe, expect, it } from 'vitest';
import { groupServicesByKind } from './group-by-kind.ts';

const service = (id: string, kind: string, title: string) => ({ id, kind, title, description: '' });

describe('groupServicesByKind', () => {
  it('groups in the catalogue order (ateliers, prestations, formations, aides) and sorts titles', () => {
    const groups = groupServicesByKind([
      service('1', 'AIDE', 'Aide à la mobilité'),
      service('2', 'ATELIER', 'Valoriser son image'),
      service('3', 'ATELIER', 'Atelier CV'),
      service('4', 'FORMATION', 'POE individuelle'),
    ]);
    expect(groups.map((g) => [g.kind, g.services.map((s) => s.title)])).toEqual([
      ['ATELIER', ['Atelier CV', 'Valoriser son image']],
      ['FORMATION', ['POE individuelle']],
      ['AIDE', ['Aide à la mobilité']],
    ]);
  });

  it('keeps unknown kinds, last', () => {
    expect(groupServicesByKind([service('1', 'AUTRE', 'x'), service('2', 'AIDE', 'y')]).map((g) => g.kind)).toEqual([
      'AIDE',
      'AUTRE',
    ]);
  });

  it('gives no group for no service', () => {
    expect(groupServicesByKind([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { INDICATORS, indicatorById } from './indicators.js';

// accord, annexe 1: "Indicateurs de suivi de l'accord régional"
describe('indicator catalogue (accord, annexe 1)', () => {
  const annex = INDICATORS.filter((i) => i.inAnnex1);

  it('has every row of the table: 28 indicators, per fiche 1/4/2/4/8/2/4/3', () => {
    expect(annex).toHaveLength(28);
    const perFiche = [1, 2, 3, 4, 5, 6, 7, 8].map((f) => annex.filter((i) => i.fiche === f).length);
    expect(perFiche).toEqual([1, 4, 2, 4, 8, 2, 4, 3]);
  });

  it('has unique ids, a source, dimensions and no asterisk left in labels', () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.source, i.id).not.toBe('');
      expect(i.dimensions.length, i.id).toBeGreaterThan(0);
      expect(i.label, i.id).not.toContain('*');
    }
  });

  it('keeps the seed’s details', () => {
    expect(indicatorById('F4_APPROVAL_REFUSALS')).toMatchObject({
      label: "Nombre de refus d'agrément par PE (par département et type de SIAE)",
      source: 'Pôle emploi / Réseaux IAE',
      dimensions: ['DEPARTEMENT', 'SIAE_KIND', 'PERIOD'],
      computable: true,
    });
    expect(indicatorById('F8_CTA_MEETINGS')).toMatchObject({ starred: true, computable: true });
    expect(indicatorById('F7_SIAE_OPUS')?.computable).toBe(false);
    expect(indicatorById('nope')).toBeUndefined();
  });
});

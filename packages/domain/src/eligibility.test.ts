import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_CRITERIA, ELIGIBILITY_SHORT_LABELS, summariseDiagnosis } from './eligibility.js';

describe('eligibility catalogue (accord, annexe 2)', () => {
  it('has the 5 professional, 6 social criteria and 9 listed publics, with unique codes', () => {
    const count = (category: string) => ELIGIBILITY_CRITERIA.filter((c) => c.category === category).length;
    expect(count('PROFESSIONAL')).toBe(5);
    expect(count('SOCIAL')).toBe(6);
    expect(count('LISTED_PUBLIC')).toBe(9);
    expect(new Set(ELIGIBILITY_CRITERIA.map((c) => c.code)).size).toBe(ELIGIBILITY_CRITERIA.length);
    for (const c of ELIGIBILITY_CRITERIA) expect(ELIGIBILITY_SHORT_LABELS[c.code]).toBeTruthy();
  });

  it('names the listed publics of the annexe', () => {
    const labels = ELIGIBILITY_CRITERIA.map((c) => c.label).join('\n');
    for (const word of ['QPV', 'SPIP', 'PJJ', 'RSA socle', 'niveau 3', 'infra IV', 'handicap', 'ACI'])
      expect(labels).toContain(word);
  });
});

describe('summariseDiagnosis (accord, annexe 2)', () => {
  it('groups the criteria by category in catalogue order', () => {
    const summary = summariseDiagnosis(['PUB_QPV', 'SOC_HOUSING', 'PRO_TRAINING_QUALIFICATION']);
    expect(summary.metCategories).toEqual(['PROFESSIONAL', 'SOCIAL', 'LISTED_PUBLIC']);
    expect(summary.byCategory.SOCIAL).toEqual(['SOC_HOUSING']);
    expect(summary.summary).toBe(
      '3 critères — Situation professionnelle : formation, qualification ; Situation sociale : logement ; Public relevant de l’agrément : QPV',
    );
  });

  it('reads the same whatever the order and duplicates (prescripteur and SIAE agree)', () => {
    const a = summariseDiagnosis(['SOC_HEALTH', 'PUB_RSA_SOCLE', 'SOC_AGE']);
    const b = summariseDiagnosis(['SOC_AGE', 'PUB_RSA_SOCLE', 'SOC_HEALTH', 'SOC_AGE']);
    expect(b).toEqual(a);
    expect(a.criteria.map((c) => c.code)).toEqual(['SOC_AGE', 'SOC_HEALTH', 'PUB_RSA_SOCLE']);
  });

  it('reports unknown codes and an empty diagnosis', () => {
    const summary = summariseDiagnosis(['PUB_QPV', 'PUB_MARS', 'PUB_MARS']);
    expect(summary.unknownCodes).toEqual(['PUB_MARS']);
    expect(summary.summary).toBe('1 critère — Public relevant de l’agrément : QPV (codes inconnus : PUB_MARS)');
    expect(summariseDiagnosis([]).summary).toBe('Aucun critère d’éligibilité renseigné');
    expect(summariseDiagnosis([]).metCategories).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  criteriaGroupId,
  firstCriterionInputId,
  groupCriteriaByCategory,
  toDiagnosisInput,
  toggleCriterion,
  validateDiagnosis,
} from './diagnosis-form.ts';

const criterion = (code: string, category: string, categoryLabel: string) => ({
  code,
  category,
  categoryLabel,
  label: `Critère ${code}`,
});

describe('diagnosis form', () => {
  it('groups the criteria by category, in the order given', () => {
    const groups = groupCriteriaByCategory([
      criterion('DELD', 'PROFESSIONAL', 'Situation professionnelle'),
      criterion('RSA', 'SOCIAL', 'Situation sociale'),
      criterion('NIV', 'PROFESSIONAL', 'Situation professionnelle'),
      criterion('QPV', 'LISTED_PUBLIC', 'Publics relevant de l’agrément'),
    ]);
    expect(groups.map((g) => [g.label, g.criteria.map((c) => c.code)])).toEqual([
      ['Situation professionnelle', ['DELD', 'NIV']],
      ['Situation sociale', ['RSA']],
      ['Publics relevant de l’agrément', ['QPV']],
    ]);
  });

  it('keeps the checked criteria in the order of the list', () => {
    const order = ['A', 'B', 'C'];
    expect(toggleCriterion(['C'], 'A', true, order)).toEqual(['A', 'C']);
    expect(toggleCriterion(['A', 'C'], 'A', false, order)).toEqual(['C']);
  });

  it('asks for at least one criterion and a past or present date', () => {
    const today = '2026-05-20';
    expect(Object.keys(validateDiagnosis({ criteria: [], diagnosedOn: '', comment: '' }, today))).toEqual([
      'criteria',
      'diagnosedOn',
    ]);
    expect(validateDiagnosis({ criteria: ['A'], diagnosedOn: '2026-05-21', comment: '' }, today).diagnosedOn).toMatch(
      /futur/,
    );
    expect(validateDiagnosis({ criteria: ['A'], diagnosedOn: today, comment: '' }, today)).toEqual({});
  });

  it('points the error summary to the first checkbox of the first category', () => {
    expect(criteriaGroupId('LISTED_PUBLIC')).toBe('criteres-listed-public');
    expect(firstCriterionInputId([{ category: 'PROFESSIONAL' }, { category: 'SOCIAL' }])).toBe(
      'criteres-professional-0',
    );
  });

  it('sends no empty comment', () => {
    expect(toDiagnosisInput('p1', { criteria: ['A'], diagnosedOn: '2026-05-20', comment: '  ' })).toEqual({
      personId: 'p1',
      criteria: ['A'],
      diagnosedOn: '2026-05-20',
      comment: null,
    });
  });
});

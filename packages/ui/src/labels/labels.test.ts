import { describe, expect, it } from 'vitest';
import {
  countLabel,
  employmentServiceKindLabel,
  isSiaeKind,
  prescriberKindLabel,
  SIAE_KINDS,
  siaeKindLabel,
  siaeKindOptionLabel,
} from './labels.ts';

describe('French labels', () => {
  it('names every SIAE kind', () => {
    expect(SIAE_KINDS.map(siaeKindLabel)).toEqual([
      "Atelier et chantier d'insertion",
      'Association intermédiaire',
      "Entreprise d'insertion",
      "Entreprise de travail temporaire d'insertion",
      "Entreprise d'insertion par le travail indépendant",
    ]);
  });

  it('falls back to the code for an unknown kind rather than showing nothing', () => {
    expect(siaeKindLabel('GEIQ')).toBe('GEIQ');
    expect(isSiaeKind('GEIQ')).toBe(false);
    expect(isSiaeKind('ETTI')).toBe(true);
  });

  it('builds select options with the acronym first', () => {
    expect(siaeKindOptionLabel('AI')).toBe('AI – Association intermédiaire');
  });

  it('names prescriber and service kinds', () => {
    expect(prescriberKindLabel('MISSION_LOCALE')).toBe('Mission locale');
    expect(prescriberKindLabel('HABILITE')).toBe('Prescripteur habilité');
    expect(employmentServiceKindLabel('PRESTATION')).toBe('Prestation');
  });

  it('counts with French plural rules and thousands separators', () => {
    expect(countLabel(0, 'structure', 'structures')).toBe('0 structure');
    expect(countLabel(0, 'structure', 'structures', 'Aucune structure')).toBe('Aucune structure');
    expect(countLabel(1, 'structure', 'structures')).toBe('1 structure');
    expect(countLabel(42, 'structure', 'structures')).toBe('42 structures');
    expect(countLabel(1234, 'structure', 'structures')).toBe('1\u202f234 structures');
  });
});

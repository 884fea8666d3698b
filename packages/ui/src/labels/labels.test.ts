import { PRESCRIBER_KIND_LABELS, SIAE_KIND_LABELS } from '@navette/domain';
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
  it('names every SIAE kind with the words of @navette/domain (the API’s)', () => {
    expect(SIAE_KINDS.map(siaeKindLabel)).toEqual(SIAE_KINDS.map((kind) => SIAE_KIND_LABELS[kind]));
    expect(siaeKindLabel('ACI')).toBe("Atelier et chantier d'insertion");
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
    // annexe 4 §2.1: "les prescripteurs habilités par le Préfet" (the domain's label, which the API sends too).
    expect(prescriberKindLabel('HABILITE')).toBe(PRESCRIBER_KIND_LABELS.HABILITE);
    expect(prescriberKindLabel('HABILITE')).toBe('Prescripteur habilité par le Préfet');
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

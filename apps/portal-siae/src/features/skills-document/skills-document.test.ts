import { describe, expect, it } from 'vitest';
import { formatDocumentDate, parcoursStart, skillsDocumentContent, skillsDocumentFileName } from './skills-document.ts';
import { source } from './skills-document.fixture.ts';

describe('document de compétences', () => {
  it('writes dates the French way', () => {
    expect(formatDocumentDate('2026-06-01')).toBe('1 juin 2026');
  });

  it('starts the parcours at the first hiring', () => {
    expect(parcoursStart(source)).toBe('2025-03-01');
    expect(parcoursStart({ startOn: '2025-03-03', contracts: [] })).toBe('2025-03-03');
  });

  it('names the person, the SIAE, the dates of the parcours, the outcome and the skills', () => {
    const content = skillsDocumentContent(source, '2026-02-28');
    expect(content.title).toBe('Document de compétences – Éloïse MARTIN-NÚÑEZ');
    expect(content.issuer).toBe('Les Jardins du Doubs');
    expect(content.fields).toEqual([
      { label: 'Salarié', value: 'Éloïse MARTIN-NÚÑEZ' },
      { label: 'Né(e) le', value: '14 juillet 1991' },
      { label: 'Structure d’insertion', value: 'Les Jardins du Doubs (ACI), Besançon 25000' },
      { label: 'Agrément', value: 'n° 25BES2600012' },
      { label: 'Dates du parcours', value: 'du 1 mars 2025 au 28 février 2026' },
      { label: 'Situation à la sortie', value: 'Emploi durable' },
    ]);
    expect(content.contracts.lines).toEqual([
      'CDD d’insertion (CDDI), du 1 mars 2025 au 31 août 2025',
      'CDD d’insertion (CDDI), du 1 septembre 2025 au 28 février 2026',
    ]);
    expect(content.skills.items).toEqual(['Entretien des espaces verts', 'Travail en équipe']);
    expect(content.comment?.text).toBe('Embauchée en CDI par un paysagiste.');
    expect(content.issued).toBe('Document remis le 28 février 2026.');
  });

  it('leaves out an empty comment', () => {
    expect(
      skillsDocumentContent({ ...source, exit: { ...source.exit, comment: ' ' } }, '2026-02-28').comment,
    ).toBeNull();
  });

  it('names the file in plain ASCII', () => {
    expect(skillsDocumentFileName(source.person, '2026-02-28')).toBe(
      'document-competences-eloise-martin-nunez-2026-02-28.pdf',
    );
  });
});

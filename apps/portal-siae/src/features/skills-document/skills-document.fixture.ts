// A finished parcours, for the tests of the document de compétences.
import type { SkillsDocumentSource } from './skills-document.ts';

export const source: SkillsDocumentSource = {
  number: '25BES2600012',
  startOn: '2025-03-03',
  person: { firstName: 'Éloïse', lastName: 'Martin-Núñez', birthDate: '1991-07-14' },
  siae: { name: 'Les Jardins du Doubs', kind: 'ACI', city: 'Besançon', postcode: '25000' },
  contracts: [
    { kind: 'CDDI', startOn: '2025-09-01', endOn: '2026-02-28', endedOn: null },
    { kind: 'CDDI', startOn: '2025-03-01', endOn: '2025-08-31', endedOn: '2025-08-31' },
  ],
  exit: {
    exitOn: '2026-02-28',
    outcomeLabel: 'Emploi durable',
    skills: ['Entretien des espaces verts', 'Travail en équipe'],
    comment: '  Embauchée en CDI par un paysagiste.  ',
  },
};

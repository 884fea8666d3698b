// French copy of the Console de pilotage, in one place.
export const copy = {
  portalName: 'Console de pilotage',
  navigation: { counts: 'SIAE par type', ctas: 'CTA par bassin d’emploi' },
  counts: {
    title: 'SIAE par département et par type',
    heading: 'Structures d’insertion par département et par type',
    intro:
      'Nombre de structures d’insertion par l’activité économique conventionnées dans chaque département de Bourgogne-Franche-Comté.',
    caption: 'Nombre de SIAE par département et par type de structure',
    departement: 'Département',
    total: 'Total',
    empty: "Aucune structure n'est encore enregistrée dans la région.",
  },
  ctas: {
    title: 'CTA par bassin d’emploi',
    heading: 'Comités techniques d’animation par bassin d’emploi',
    intro:
      'Chaque bassin d’emploi réunit un comité technique d’animation (CTA) chaque trimestre, animé par une agence Pôle emploi (accord, fiche 8).',
    departement: 'Département',
    allDepartements: 'Toute la région',
    submit: 'Afficher',
    caption: 'CTA par bassin d’emploi',
    columns: {
      departement: 'Département',
      employmentArea: "Bassin d'emploi",
      cta: 'CTA',
      ledBy: 'Agence Pôle emploi animatrice',
    },
    count: (n: number) => (n === 0 ? 'Aucun CTA' : n === 1 ? '1 CTA' : `${n} CTA`),
    empty: "Aucun CTA n'est mis en place pour ce territoire.",
  },
} as const;

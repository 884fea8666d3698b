// French copy of the Espace agence Pôle emploi, in one place.
export const copy = {
  portalName: 'Espace agence Pôle emploi',
  navigation: { agencies: 'Agences' },
  picker: {
    title: 'Choisir une agence',
    heading: 'Choisir votre agence Pôle emploi',
    intro: 'Choisissez le département puis votre agence pour voir les SIAE de son territoire et son offre de services.',
    departement: 'Département',
    allDepartements: 'Tous les départements',
    submit: 'Afficher les agences',
    count: (n: number) => (n === 0 ? 'Aucune agence' : n === 1 ? '1 agence' : `${n} agences`),
    empty: 'Aucune agence Pôle emploi n’est enregistrée dans ce département.',
    listLabel: 'Agences Pôle emploi',
  },
  territory: {
    breadcrumbAgencies: 'Agences',
    notFoundTitle: 'Agence introuvable',
    notFoundText: "Cette agence n'existe pas ou n'est plus référencée.",
    backToAgencies: 'Retour à la liste des agences',
    code: 'Code agence',
    siaesTitle: 'SIAE de votre territoire',
    siaesCount: (n: number) =>
      n === 0 ? 'Aucune structure suivie' : n === 1 ? '1 structure suivie' : `${n} structures suivies`,
    siaesEmpty: "Aucune SIAE n'est rattachée à cette agence.",
    siaesCaption: 'SIAE suivies par l’agence',
    shown: (shown: number, total: number) => `${shown} affichées sur ${total}`,
    columns: { name: 'Structure', kind: 'Type', city: 'Commune', employmentArea: "Bassin d'emploi" },
    servicesTitle: 'Offre de services de l’agence',
    servicesIntro: "Ce que l'agence propose aux salariés en parcours des SIAE de son territoire.",
  },
} as const;

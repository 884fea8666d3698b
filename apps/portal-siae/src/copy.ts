// French copy of the Espace SIAE, in one place.
export const copy = {
  portalName: 'Espace SIAE',
  navigation: { directory: 'Annuaire des SIAE' },
  directory: {
    title: 'Annuaire des SIAE',
    heading: 'Annuaire des structures d’insertion par l’activité économique',
    intro:
      'Retrouvez les SIAE de Bourgogne-Franche-Comté, leur agence Pôle emploi référente et l’offre de services de cette agence.',
  },
  detail: {
    breadcrumbDirectory: 'Annuaire des SIAE',
    notFoundTitle: 'Structure introuvable',
    notFoundText: "Cette structure n'existe pas ou n'est plus référencée.",
    backToDirectory: "Retour à l'annuaire",
    identity: 'Identité de la structure',
    siret: 'SIRET',
    kind: 'Type',
    address: 'Commune',
    departement: 'Département',
    employmentArea: "Bassin d'emploi",
    cta: 'Comité technique d’animation (CTA)',
    noCta: 'Aucun CTA mis en place',
    deadlineTitle: 'Délai de réponse à une demande d’agrément',
    deadlineText: (receivedOn: string) =>
      `Pour une demande d’agrément complète reçue aujourd’hui, ${receivedOn}, Pôle emploi répond au plus tard le :`,
    deadlineUnavailable: 'Date momentanément indisponible, réessayez dans quelques instants.',
    deadlineRule:
      'Délai de 5 jours ouvrés à compter du lendemain de la réception (2 jours ouvrés pour une personne embauchée par une ETTI). Sans réponse à cette date, l’agrément est réputé accordé.',
    deadlineSource: 'Accord régional, annexe 4 §2.2.2',
    agencyTitle: 'Agence Pôle emploi référente',
    servicesTitle: 'Offre de services de l’agence',
    servicesIntro:
      "Les prestations, ateliers, formations et aides que l'agence propose aux salariés en parcours de la structure.",
  },
} as const;

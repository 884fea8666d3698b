// French copy of the Espace prescripteur, in one place.
export const copy = {
  portalName: 'Espace prescripteur',
  navigation: { directory: 'Annuaire des SIAE' },
  directory: {
    title: 'Annuaire des SIAE',
    heading: 'Trouver une structure d’insertion par l’activité économique',
    intro:
      'Cherchez la structure où orienter une personne : filtrez par département, par type de structure ou par nom de structure ou de commune. Chaque structure est suivie par une agence Pôle emploi référente.',
  },
} as const;

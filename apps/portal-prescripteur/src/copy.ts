// French copy of the Espace prescripteur, in one place; the prescribing screens' copy is shared with the Espace agence
// (@navette/ui prescribingCopy, issue 18 §2).
import { prescribingCopy } from '@navette/ui';

export const copy = {
  ...prescribingCopy(),
  portalName: 'Espace prescripteur',
  navigation: {
    home: 'Mon travail',
    directory: 'Annuaire des SIAE',
    jobOffers: 'Offres d’emploi',
    people: 'Mes personnes',
    prescriptions: 'Mes prescriptions',
    orientations: 'Orientations reçues',
  },
  home: {
    intro:
      'Les fiches navette restées sans réponse, les refus d’agrément, les bilans de sortie à lire et votre habilitation, par date d’échéance.',
  },
  directory: {
    title: 'Annuaire des SIAE',
    heading: 'Trouver une structure d’insertion par l’activité économique',
    intro:
      'Cherchez la structure où orienter une personne : filtrez par département, par type de structure ou par nom de structure ou de commune. Chaque structure est suivie par une agence Pôle emploi référente.',
  },
  jobOffers: {
    title: 'Offres d’emploi des SIAE',
    intro:
      'Les offres d’emploi ouvertes des structures d’insertion, déposées à Pôle emploi (fiche 4 de l’accord). Prescrivez un parcours sur une offre : la fiche navette la mentionne.',
    filtersTitle: 'Rechercher des offres',
    departement: 'Département',
    allDepartements: 'Tous les départements',
    kind: 'Type de structure',
    allKinds: 'Tous les types',
    search: 'Intitulé du poste',
    searchHint: 'Par exemple : agent de tri',
    submit: 'Rechercher',
    reset: 'Réinitialiser les filtres',
    count: (n: number) =>
      n === 0 ? 'Aucune offre' : n === 1 ? '1 offre' : `${new Intl.NumberFormat('fr-FR').format(n)} offres`,
    listLabel: 'Offres d’emploi ouvertes',
    emptyFiltered: 'Aucune offre ouverte ne correspond à votre recherche. Modifiez ou réinitialisez les filtres.',
    emptyAll: 'Aucune structure n’a d’offre ouverte pour le moment.',
    siae: 'Structure',
    positions: 'Nombre de postes',
    publishedOn: 'Publiée le',
    deposited: 'Déposée à Pôle emploi le',
    notDeposited: 'Non renseigné',
    description: 'Description du poste',
    prerequisites: 'Prérequis',
    noPrerequisites: 'Aucun',
    prescribe: 'Prescrire sur cette offre',
    // The accessible name begins with the visible text (axe label-content-name-mismatch, RGAA 6.1).
    prescribeLabel: (title: string, siae: string) => `Prescrire sur cette offre : « ${title} » de ${siae}`,
  },
  offerPrescription: {
    title: 'Prescrire sur une offre d’emploi',
    intro: 'Choisissez la personne que vous orientez vers cette offre ; vous rédigerez ensuite la fiche navette.',
    offer: (title: string, siae: string) => `Offre « ${title} » – ${siae}`,
    missingOffer: 'Aucune offre n’est indiquée.',
    closedOffer: 'Cette offre n’est plus ouverte ou la structure est introuvable.',
    backToOffers: 'Retour aux offres d’emploi',
    searchTitle: 'Rechercher une personne',
    caption: 'Personnes accompagnées par votre structure',
    choose: 'Prescrire',
    chooseLabel: (name: string) => `Prescrire pour ${name}`,
    columns: { name: 'Nom', birthDate: 'Date de naissance', action: 'Action' },
    addPerson: 'Enregistrer une nouvelle personne',
  },
  siae: {
    notFoundTitle: 'Structure introuvable',
    notFoundText: 'Cette structure n’existe pas ou n’est plus référencée.',
    backToDirectory: 'Retour à l’annuaire',
    identity: 'Identité de la structure',
    siret: 'SIRET',
    city: 'Commune',
    departement: 'Département',
    employmentArea: 'Bassin d’emploi',
    agency: 'Agence Pôle emploi référente',
    offersTitle: (n: number) =>
      n === 0
        ? 'Aucune offre d’emploi ouverte'
        : n === 1
          ? '1 offre d’emploi ouverte'
          : `${n} offres d’emploi ouvertes`,
    noOffer:
      'Cette structure n’a pas d’offre ouverte : vous pouvez lui prescrire un parcours depuis la page d’une personne.',
  },
  correctIdentity: {
    title: 'Corriger l’identité',
    forPerson: (name: string) => `Pour ${name}`,
    intro:
      'À la demande de la personne, corrigez son identité ou ses coordonnées (droit de rectification). La valeur précédente de chaque champ corrigé est conservée dans le dossier de la personne, avec la date et votre structure.',
    submit: 'Enregistrer la correction',
    failed: 'La correction n’a pas été enregistrée',
    unchanged: 'Aucun champ n’a été modifié : il n’y a rien à enregistrer.',
    anonymised: 'Cette personne a été anonymisée : son identité n’est plus conservée et ne peut plus être corrigée.',
    notRecordingOrganisation:
      'Seule l’organisation qui a enregistré la personne peut corriger son identité. Transmettez la demande de la personne à cette organisation.',
    success: (fields: number) =>
      fields === 1
        ? 'Identité corrigée : 1 champ modifié. Sa valeur précédente est conservée dans le dossier de la personne.'
        : `Identité corrigée : ${fields} champs modifiés. Leurs valeurs précédentes sont conservées dans le dossier de la personne.`,
  },
  approvalFollowUp: {
    heading: (number: string) => `Agrément n° ${number}`,
    loadingTitle: 'Suivi de l’agrément',
    notFoundTitle: 'Agrément introuvable',
    notFoundText: 'Cet agrément n’existe pas ou ne fait pas suite à une prescription de votre structure.',
    person: 'Personne',
    siae: 'Structure qui l’emploie',
    period: 'Période',
    periodText: (start: string, end: string) => `du ${start} au ${end}`,
    exit: 'Sortie',
    exitText: (date: string, outcome: string) => `le ${date} : ${outcome}`,
    unknown: 'Non communiqué',
    bilanTitle: 'Bilan de l’entretien tripartite',
    bilanNotSent:
      'La structure ne vous a pas encore transmis le bilan de l’entretien tripartite (fiche 7 de l’accord : il est tenu 2 à 3 mois avant la fin du contrat ou de l’agrément).',
    bilanOf: (date: string) => `Entretien du ${date}`,
    sentOn: (date: string) => `Bilan transmis à votre structure le ${date}.`,
    openApproval: (number: string) => `Agrément n° ${number} : suivi et bilan`,
  },
} as const;

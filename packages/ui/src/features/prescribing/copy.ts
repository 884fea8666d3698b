// French copy of the prescribing screens (record a person, diagnose, prescribe to a SIAE, follow the prescriptions),
// shared by the Espace prescripteur and the Espace agence (issue 18 §2: an agence prescribes like a Mission locale).
// The words that name the caller's organisation ("votre structure", "votre agence") come from the portal's
// `PrescribingWording`.

/** How the screens name the caller's organisation, and what its lists hold. */
export interface PrescribingWording {
  /** "votre structure" (prescripteur) or "votre agence" (agence). */
  your: string;
  /** "Votre structure" / "Votre agence", at the start of a sentence. */
  Your: string;
  /** Intro of "Mes personnes". */
  peopleIntro: string;
  /** Intro of the prescriptions list. */
  prescriptionsIntro: string;
  /** Intro of the orientations received. */
  orientationsIntro: string;
  /** The lists hold other prescripteurs' people and prescriptions too (an agence sees its territory's): say whose. */
  othersVisible: boolean;
}

export const prescriberWording: PrescribingWording = {
  your: 'votre structure',
  Your: 'Votre structure',
  peopleIntro:
    'Les personnes que votre structure accompagne : leur diagnostic d’éligibilité, les prescriptions envoyées aux SIAE et leurs agréments.',
  prescriptionsIntro:
    'Les fiches navette envoyées par votre structure, les plus récentes d’abord, avec la réponse des SIAE.',
  orientationsIntro:
    'Les personnes que d’autres acteurs (SIAE, agences Pôle emploi, associations, autres prescripteurs) vous orientent pour un diagnostic. Acceptez pour établir le diagnostic d’éligibilité, ou déclinez en indiquant pourquoi.',
  othersVisible: false,
};

export function prescribingCopy(w: PrescribingWording = prescriberWording) {
  return {
    orientations: {
      intro: w.orientationsIntro,
      seeSent: 'Voir les orientations que vous avez envoyées',
      seeReceived: 'Voir les orientations reçues',
      person: 'La personne',
      success: (prescriber: string) => `La personne est orientée vers ${prescriber}.`,
    },
    forms: {
      allRequired: 'Sauf mention contraire, tous les champs sont obligatoires.',
      optional: '(facultatif)',
      cancel: 'Annuler',
      sending: 'Envoi en cours…',
      apiErrorTitle: 'L’enregistrement n’a pas abouti',
    },
    people: {
      title: 'Mes personnes',
      intro: w.peopleIntro,
      add: 'Enregistrer une personne',
      searchTitle: 'Rechercher une personne',
      search: 'Nom ou prénom',
      searchHint: 'Par exemple : Martin',
      submit: 'Rechercher',
      reset: 'Afficher toutes les personnes',
      count: (n: number) =>
        n === 0 ? 'Aucune personne' : n === 1 ? '1 personne' : `${new Intl.NumberFormat('fr-FR').format(n)} personnes`,
      caption: w.othersVisible
        ? `Personnes suivies par ${w.your} et son territoire`
        : `Personnes accompagnées par ${w.your}`,
      columns: { name: 'Nom', birthDate: 'Date de naissance', poleEmploiId: 'Identifiant Pôle emploi' },
      emptySearch: (search: string) => `Aucune personne ne correspond à « ${search} ».`,
      emptyAll: `${w.Your} n’a encore enregistré aucune personne.`,
    },
    recordPerson: {
      title: 'Enregistrer une personne',
      intro: `La personne sera visible de ${w.your}, puis des SIAE à qui vous la prescrirez et de leur agence Pôle emploi.`,
      identity: 'Identité',
      firstName: 'Prénom',
      lastName: 'Nom',
      birthDate: 'Date de naissance',
      contact: 'Coordonnées et situation',
      email: 'Adresse électronique',
      emailHint: 'Format attendu : nom@domaine.fr',
      phone: 'Téléphone',
      phoneHint: 'Format attendu : 06 12 34 56 78',
      poleEmploiId: 'Identifiant Pôle emploi',
      rqth: 'Reconnaissance de la qualité de travailleur handicapé (RQTH)',
      rqthHint: 'Ouvre droit à des prolongations d’agrément (annexe 4 §2.2.6 b).',
      submit: 'Enregistrer la personne',
      success: (name: string) =>
        `${name} est enregistrée. Vous pouvez maintenant réaliser son diagnostic d’éligibilité.`,
      errors: {
        firstName: 'Indiquez le prénom.',
        lastName: 'Indiquez le nom.',
        birthDate: 'Indiquez la date de naissance.',
        birthDateInvalid: 'La date de naissance doit être une date valide, au format jj/mm/aaaa.',
        birthDateFuture: 'La date de naissance ne peut pas être dans le futur.',
        email: 'L’adresse électronique doit être au format nom@domaine.fr.',
        phone: 'Le numéro de téléphone doit comporter au moins 10 chiffres.',
      },
    },
    person: {
      notFoundTitle: 'Personne introuvable',
      notFoundText: `Cette personne n’existe pas ou n’est pas suivie par ${w.your}.`,
      backToPeople: 'Retour à mes personnes',
      actions: 'Actions',
      diagnose: 'Enregistrer un diagnostic d’éligibilité',
      prescribe: 'Prescrire à une SIAE',
      orient: 'Orienter vers un autre prescripteur',
      record: 'Dossier de la personne (droit d’accès)',
      correctIdentity: 'Corriger l’identité',
      anonymised: 'Cette personne a été anonymisée : son identité n’est plus conservée et ne peut plus être modifiée.',
      backToPerson: 'Retour à la fiche de la personne',
      orientations: 'Orientation',
      orientedBy: (organisation: string, kind: string, date: string) =>
        `Orientée par ${organisation} (${kind}) le ${date}`,
      orientedTo: (prescriber: string, date: string) => `Orientée vers ${prescriber} le ${date}`,
      orientationReason: 'Motif',
      declineReason: 'Motif du refus',
      prescribeNeedsDiagnosis: 'Un diagnostic d’éligibilité est nécessaire avant de prescrire un parcours.',
      identity: 'Identité',
      birthDate: 'Date de naissance',
      email: 'Adresse électronique',
      phone: 'Téléphone',
      poleEmploiId: 'Identifiant Pôle emploi',
      rqth: 'RQTH',
      yes: 'Oui',
      no: 'Non',
      notGiven: 'Non renseigné',
      diagnoses: 'Diagnostics d’éligibilité',
      diagnosisHeading: (date: string, organisation: string) => `Diagnostic du ${date} – ${organisation}`,
      criteria: 'Critères retenus',
      comment: 'Commentaire',
      noDiagnosis: 'Aucun diagnostic d’éligibilité n’est enregistré pour cette personne.',
      prescriptions: 'Prescriptions',
      sentOn: (date: string) => `Envoyée le ${date}`,
      message: 'Message à la structure',
      refusal: 'Motif du refus',
      history: 'Historique',
      follow: 'Suivre cette prescription',
      noPrescription: 'Aucune prescription n’a encore été envoyée pour cette personne.',
      approvals: 'Agréments',
      approvalsCaption: 'Agréments IAE de la personne',
      approvalColumns: { number: 'Numéro', siae: 'Structure', start: 'Début', end: 'Fin', status: 'Statut' },
      noApproval: 'Aucun agrément n’a encore été délivré pour cette personne.',
    },
    diagnosis: {
      title: 'Diagnostic d’éligibilité',
      forPerson: (name: string) => `Pour ${name}`,
      intro:
        'Cochez les critères de l’annexe 2 de l’accord que remplit la situation de la personne. Le diagnostic ne sera pas remis en cause lors de la demande d’agrément, sauf élément nouveau.',
      criteriaLegend: 'Critères d’éligibilité (annexe 2)',
      criteriaHint: 'Cochez au moins un critère.',
      diagnosedOn: 'Date du diagnostic',
      comment: 'Commentaire',
      commentHint: 'Ce qui éclaire la situation de la personne pour la structure qui l’accueillera.',
      submit: 'Enregistrer le diagnostic',
      success: (summary: string) => `Diagnostic enregistré : ${summary}`,
      criteriaUnavailable: 'La liste des critères n’a pas pu être chargée.',
      errors: {
        criteria: 'Cochez au moins un critère d’éligibilité.',
        diagnosedOn: 'Indiquez la date du diagnostic.',
        diagnosedOnInvalid: 'La date du diagnostic doit être une date valide, au format jj/mm/aaaa.',
        diagnosedOnFuture: 'La date du diagnostic ne peut pas être dans le futur.',
      },
    },
    prescribe: {
      title: 'Prescrire un parcours à une SIAE',
      forPerson: (name: string) => `Pour ${name}`,
      intro:
        'La fiche navette part vers la structure choisie avec le diagnostic d’éligibilité et votre message. La structure vous répondra : acceptation, ou refus motivé.',
      diagnosisLegend: 'Diagnostic d’éligibilité',
      diagnosisOption: (date: string) => `Diagnostic du ${date}`,
      noDiagnosis: 'Cette personne n’a pas encore de diagnostic d’éligibilité : réalisez-le avant de prescrire.',
      siaeLegend: 'Structure d’accueil',
      siaeHint: 'Recherchez la structure par son nom ou sa commune, puis choisissez-la dans la liste.',
      siaeSearch: 'Nom ou commune de la structure',
      siaeSearchHint: 'Par exemple : jardins, Besançon',
      siaeSearchSubmit: 'Rechercher',
      siaeCount: (n: number) =>
        n === 0
          ? 'Aucune structure'
          : n === 1
            ? '1 structure'
            : `${new Intl.NumberFormat('fr-FR').format(n)} structures`,
      siaeEmpty: 'Aucune structure ne correspond à cette recherche.',
      siaeChosen: (name: string) => `Structure choisie : ${name}`,
      siaeOffers: (titles: readonly string[]) =>
        titles.length === 1
          ? `1 offre ouverte : ${titles[0]}`
          : `${titles.length} offres ouvertes : ${titles.join(', ')}`,
      offerLegend: 'Offre d’emploi visée',
      offerHint: 'Les offres ouvertes de la structure choisie, déposées à Pôle emploi (fiche 4).',
      noOffer: 'Aucune offre en particulier',
      noOfferHint: 'Candidature sur le parcours proposé par la structure.',
      offerPositions: (n: number) => (n === 1 ? '1 poste' : `${n} postes`),
      offerUnavailable: 'Cette offre n’est plus ouverte : choisissez une autre offre ou aucune.',
      siaeNone: 'Aucune structure choisie pour l’instant.',
      message: 'Message à la structure',
      messageHint: 'Présentez la personne, son projet et ce que vous attendez du parcours.',
      submit: 'Envoyer la prescription',
      success: (siae: string) => `Prescription envoyée à ${siae}.`,
      siaeNotFound: 'La structure de l’offre est introuvable : choisissez une structure ci-dessous.',
      errors: {
        diagnosis: 'Choisissez le diagnostic d’éligibilité sur lequel repose la prescription.',
        siae: 'Choisissez la structure à qui envoyer la prescription.',
        message: 'Écrivez un message à la structure.',
      },
    },
    prescriptions: {
      title: 'Mes prescriptions',
      intro: w.prescriptionsIntro,
      filterTitle: 'Filtrer les prescriptions',
      status: 'Statut',
      allStatuses: 'Tous les statuts',
      submit: 'Filtrer',
      reset: 'Afficher toutes les prescriptions',
      count: (n: number) =>
        n === 0
          ? 'Aucune prescription'
          : n === 1
            ? '1 prescription'
            : `${new Intl.NumberFormat('fr-FR').format(n)} prescriptions`,
      caption: w.othersVisible
        ? `Prescriptions de ${w.your} et de son territoire`
        : `Prescriptions envoyées par ${w.your}`,
      exportLabel: 'le suivi des prescriptions de ce filtre',
      exportColumns: { lastName: 'Nom', firstName: 'Prénom', city: 'Commune' },
      columns: {
        person: 'Personne',
        prescriber: 'Prescripteur',
        siae: 'Structure',
        sentAt: 'Envoyée le',
        updatedAt: 'Mise à jour',
        status: 'Statut',
      },
      emptyFiltered: 'Aucune prescription n’a ce statut.',
      emptyAll: `${w.Your} n’a encore envoyé aucune prescription.`,
    },
    prescription: {
      heading: (name: string) => `Prescription de ${name}`,
      notFoundTitle: 'Prescription introuvable',
      notFoundText: `Cette prescription n’existe pas ou n’a pas été envoyée par ${w.your}.`,
      backToPrescriptions: 'Retour à mes prescriptions',
      ficheNavette: 'Fiche navette',
      person: 'Personne',
      siae: 'Structure',
      sentAt: 'Envoyée le',
      updatedAt: 'Dernière mise à jour',
      diagnosis: 'Diagnostic d’éligibilité',
      diagnosisOf: (date: string, summary: string) => `du ${date} : ${summary}`,
      message: 'Message à la structure',
      refusal: 'Motif du refus',
      history: 'Historique',
      approvalRequests: 'Demandes d’agrément',
      approvalRequestsCaption: 'Demandes d’agrément de la structure pour cette prescription',
      requestColumns: {
        kind: 'Demande',
        receivedOn: 'Reçue le',
        deadline: 'Réponse au plus tard le',
        status: 'Statut',
        approval: 'Agrément',
      },
      workingDaysLeft: (n: number) =>
        n === 0 ? 'dernier jour' : n === 1 ? '1 jour ouvré restant' : `${n} jours ouvrés restants`,
      noApprovalRequest: 'La structure n’a pas encore demandé d’agrément pour cette personne.',
      withdrawTitle: 'Retirer la prescription',
      withdrawText: 'Tant que la structure n’a pas répondu, vous pouvez retirer la prescription.',
      withdraw: 'Retirer la prescription',
      withdrawConfirmText: 'La structure ne pourra plus répondre à cette prescription. Confirmez-vous le retrait ?',
      withdrawConfirm: 'Confirmer le retrait',
      withdrawApiErrorTitle: 'Le retrait n’a pas abouti',
      withdrawn: 'La prescription est retirée.',
      openPerson: 'Voir la page de la personne',
    },
    history: {
      reason: 'Motif',
      comment: 'Commentaire',
    },
    approvalFollowUp: {
      openApproval: (number: string) => `Agrément n° ${number} : suivi et bilan`,
    },
  } as const;
}

export type PrescribingCopy = ReturnType<typeof prescribingCopy>;

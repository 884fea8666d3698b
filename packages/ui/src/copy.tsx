// French copy of the shared components, in one place.
export const copy = {
  serviceTitle: 'Navette',
  brandTop: (
    <>
      République
      <br />
      Française
    </>
  ),
  homeLinkTitle: 'Accueil – Navette',
  footerDescription:
    "Navette fait circuler la fiche navette de l'insertion par l'activité économique entre prescripteurs, SIAE, agences Pôle emploi et instances de pilotage de Bourgogne-Franche-Comté.",
  legal: {
    accessibility: 'Accessibilité : non conforme',
    accessibilityTitle: "Déclaration d'accessibilité",
    accessibilityText:
      "Navette est en cours de construction : son accessibilité n'a pas encore été auditée. Elle vise la conformité au RGAA ; pour signaler une difficulté d'accès, adressez-vous à votre correspondant IAE.",
    termsTitle: 'Mentions légales',
    termsText:
      "Service de démonstration pour l'accord régional de coopération IAE de Bourgogne-Franche-Comté. Les données affichées sont fictives.",
    personalDataTitle: 'Données personnelles',
    personalDataText:
      'Les données personnelles des salariés en parcours ne sont visibles que des structures qui les accompagnent ; chaque consultation par un autre acteur est tracée.',
    cookiesTitle: 'Gestion des cookies',
    cookiesText: "Navette n'utilise aucun cookie de mesure d'audience ni de publicité.",
  },
  exports: {
    csv: 'Télécharger en CSV',
    xlsx: 'Télécharger en XLSX (Excel)',
    of: (label: string) => ` : ${label}`,
    preparing: 'Préparation du fichier…',
    hint: 'Toute la liste filtrée, pas seulement la page affichée.',
    failed: 'Le fichier n’a pas pu être préparé. Réessayez ; si le problème persiste, contactez l’assistance.',
    tooLarge: (max: number) =>
      `La liste compte plus de ${max.toLocaleString('fr-FR')} lignes : filtrez-la avant de la télécharger.`,
    done: (rows: number, format: string) =>
      rows === 0
        ? `Fichier ${format} prêt : la liste est vide.`
        : rows === 1
          ? `Fichier ${format} prêt : 1 ligne.`
          : `Fichier ${format} prêt : ${rows} lignes.`,
  },
  personRecord: {
    title: 'Dossier de la personne',
    heading: (name: string) => `Dossier de ${name}`,
    intro:
      'Sur demande de la personne (droit d’accès, RGPD article 15), produisez tout ce que Navette conserve sur elle : identité, diagnostics, orientations, prescriptions, demandes et décisions d’agrément avec leurs motifs, agréments, contrats, formations, sorties, et les organisations qui ont consulté son dossier.',
    audited: 'La production du dossier est enregistrée dans le journal d’audit (qui l’a produit, pour qui).',
    produce: 'Produire le dossier',
    producing: 'Production en cours…',
    failed: 'Le dossier n’a pas pu être produit',
    producedAt: (at: string) => `Dossier produit le ${at}.`,
    actions: 'Enregistrer le dossier',
    print: 'Imprimer',
    downloadPdf: 'Télécharger (PDF)',
    pdfFailed: 'Le PDF n’a pas pu être préparé. Réessayez, ou téléchargez le JSON.',
    downloadJson: 'Télécharger (JSON)',
    pdf: {
      subject: 'Droit d’accès (RGPD, article 15) : données conservées par Navette',
      issuer: 'Navette – fiche navette de l’IAE, Bourgogne-Franche-Comté',
      reference: (id: string) => `Référence de la personne : ${id}`,
      intro:
        'Ce document contient toutes les données que Navette conserve sur la personne, produit à sa demande (droit d’accès, RGPD article 15). Une copie lisible par machine (JSON) peut lui être remise avec lui.',
      entry: (n: number) => `Enregistrement ${n}`,
      footer:
        'Pour faire rectifier ou effacer ces données, la personne s’adresse à l’organisation qui l’accompagne ou au responsable du traitement (RGPD, articles 16 et 17).',
    },
    readers: 'Organisations ayant consulté le dossier (12 derniers mois)',
    noReader: 'Aucune consultation par une autre organisation.',
    unknownOrganisation: 'Organisation inconnue',
    reader: (name: string, reads: number, first: string, last: string) =>
      `${name} : ${reads} consultation${reads > 1 ? 's' : ''}, du ${first} au ${last}`,
  },
  pendingWork: {
    title: 'Mon travail en attente',
    listTitle: 'Ce qui vous attend, par date d’échéance',
    navigation: 'Mon travail',
    total: (n: number) => (n === 1 ? '1 élément en attente' : `${n} éléments en attente`),
    countsLabel: 'Nombre d’éléments par nature',
    dueOn: (date: string) => `échéance le ${date}`,
    empty: 'Rien ne vous attend pour l’instant.',
    incomplete:
      'Une partie de votre travail n’a pas pu être chargée pour le moment : la liste ci-dessous est incomplète. Réessayez dans quelques instants.',
    navCount: (n: number) => `${n} en attente`,
  },
  states: {
    loading: 'Chargement en cours…',
    errorTitle: 'Une erreur est survenue',
    errorDescription:
      "Les informations n'ont pas pu être chargées. Vérifiez votre connexion puis réessayez ; si le problème persiste, contactez l'assistance.",
    retry: 'Réessayer',
    notFoundTitle: 'Page introuvable',
    notFoundText: "La page que vous cherchez n'existe pas ou a été déplacée.",
    backHome: "Retour à l'accueil",
  },
  charts: {
    none: 'Aucune donnée à représenter pour ce territoire et cette période : le graphique n’est pas tracé.',
    zero: 'Aucune donnée à représenter : toutes les valeurs sont égales à 0 pour ce territoire et cette période. Le graphique n’est pas tracé.',
    masked:
      'Aucune donnée à représenter : toutes les valeurs sont masquées, car inférieures au seuil du secret statistique (moins de 5 personnes). Le graphique n’est pas tracé.',
  },
  directory: {
    filtersTitle: 'Filtrer les structures',
    departement: 'Département',
    allDepartements: 'Tous les départements',
    kind: 'Type de structure',
    allKinds: 'Tous les types',
    search: 'Nom ou commune',
    searchHint: 'Par exemple : jardins, Besançon',
    submit: 'Rechercher',
    reset: 'Réinitialiser les filtres',
    resultsCaption: 'Structures d’insertion par l’activité économique',
    count: (n: number) =>
      n === 0 ? 'Aucune structure' : n === 1 ? '1 structure' : `${new Intl.NumberFormat('fr-FR').format(n)} structures`,
    columns: {
      name: 'Structure',
      kind: 'Type',
      city: 'Commune',
      departement: 'Département',
      agency: 'Agence Pôle emploi référente',
    },
    emptyFiltered: 'Aucune structure ne correspond à votre recherche. Modifiez ou réinitialisez les filtres.',
    emptyAll: "Aucune structure n'est encore enregistrée.",
  },
  services: {
    empty: "Cette agence n'a pas encore publié son offre de services.",
    unavailable: "L'offre de services de l'agence est momentanément indisponible. Réessayez dans quelques instants.",
  },
  session: {
    signInTitle: 'Connexion',
    signInHeading: 'Se connecter',
    signInIntro: (portalName: string) => `${portalName} : connectez-vous avec le compte Navette de votre structure.`,
    fieldsetLegend: 'Vos identifiants',
    email: 'Adresse électronique',
    emailHint: 'Format attendu : nom@domaine.fr',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion en cours…',
    errorTitle: 'Connexion impossible',
    noticeTitle: 'Connexion requise',
    signInFailed:
      'La connexion a échoué. Réessayez dans quelques instants ; si le problème persiste, contactez l’assistance.',
    signInUnreachable: 'Le service est injoignable. Vérifiez votre connexion à internet puis réessayez.',
    expired: 'Votre session a expiré, reconnectez-vous.',
    restoring: 'Reprise de votre session…',
    signOut: 'Se déconnecter',
    signedInAs: 'Connecté en tant que',
    accessRefused: {
      'portal-prescripteur':
        'Ce compte n’a pas accès à l’espace prescripteur : il est réservé aux prescripteurs. Connectez-vous à l’espace de votre structure.',
      'portal-siae':
        'Ce compte n’a pas accès à l’espace SIAE : il est réservé aux structures d’insertion par l’activité économique. Connectez-vous à l’espace de votre structure.',
      'portal-agence':
        'Ce compte n’a pas accès à l’espace agence Pôle emploi : il est réservé aux agences Pôle emploi. Connectez-vous à l’espace de votre structure.',
      'console-pilotage':
        'Ce compte n’a pas accès à la console de pilotage : elle est réservée aux comités de pilotage et aux services de l’État. Connectez-vous à l’espace de votre structure.',
    },
    forgotPassword: 'Mot de passe oublié ?',
    oidcHeading: 'Se connecter avec ProConnect',
    oidcOr: 'ou',
    forbiddenTitle: 'Accès refusé',
    forbiddenText:
      'Votre rôle ne vous permet pas de consulter cette information. Si vous pensez devoir y accéder, contactez votre correspondant IAE.',
  },
  notifications: {
    title: 'Notifications',
    bell: 'Notifications',
    unread: (n: number) => (n === 1 ? '1 non lue' : `${n} non lues`),
    intro:
      'Ce qui s’est passé sur les dossiers de votre structure. Chaque notification mène à la page où agir ; son contenu n’y figure pas.',
    filterLegend: 'Afficher',
    all: 'Toutes',
    unreadOnly: 'Non lues seulement',
    listCaption: 'Vos notifications, les plus récentes d’abord',
    count: (n: number) => (n === 0 ? 'Aucune notification' : n === 1 ? '1 notification' : `${n} notifications`),
    unreadBadge: 'Non lue',
    receivedOn: (when: string) => `Reçue le ${when}`,
    markRead: 'Marquer comme lue',
    markReadLabel: (title: string, when: string) => `Marquer comme lue : ${title}, reçue le ${when}`,
    markAllRead: 'Tout marquer comme lu',
    markedAll: (n: number) =>
      n === 0
        ? 'Aucune notification à marquer.'
        : n === 1
          ? '1 notification marquée comme lue.'
          : `${n} notifications marquées comme lues.`,
    markFailed: 'Le marquage n’a pas abouti',
    emptyAll: 'Vous n’avez aucune notification pour l’instant.',
    emptyUnread: 'Vous avez lu toutes vos notifications.',
    preferencesLink: 'Choisir comment recevoir les courriels',
    preferencesTitle: 'Notifications par courriel',
    preferencesIntro:
      'Chaque notification apparaît dans Navette (la cloche en haut de page). Choisissez, pour chaque type, si vous recevez aussi un courriel à chaque fois, un récapitulatif par jour (à partir de 7 h) ou aucun courriel.',
    preferencesNone: 'Votre rôle ne reçoit aucune notification.',
    preferencesSave: 'Enregistrer mes préférences',
    preferencesSaving: 'Enregistrement…',
    preferencesSaved: 'Vos préférences de notification sont enregistrées.',
    preferencesFailed: 'Les préférences n’ont pas été enregistrées',
    preferencesLegend: 'Courriels par type de notification',
  },
  passwordReset: {
    requestTitle: 'Mot de passe oublié',
    requestIntro:
      'Saisissez l’adresse électronique de votre compte Navette : vous recevrez un lien pour choisir un nouveau mot de passe. Le lien est valable 30 minutes et ne sert qu’une fois.',
    email: 'Adresse électronique',
    emailHint: 'Format attendu : nom@domaine.fr',
    emailMissing: 'Saisissez l’adresse électronique de votre compte.',
    emailInvalid: 'Saisissez une adresse électronique au format nom@domaine.fr.',
    request: 'Recevoir un lien de réinitialisation',
    requesting: 'Envoi en cours…',
    requestFailed: 'La demande n’a pas abouti',
    sentTitle: 'Demande enregistrée',
    sent: (email: string) =>
      `Si un compte Navette correspond à l’adresse ${email}, un courriel contenant un lien de réinitialisation vient de lui être envoyé. Pensez à vérifier vos courriers indésirables. Le lien est valable 30 minutes.`,
    backToSignIn: 'Retour à la connexion',
    resetTitle: 'Choisir un nouveau mot de passe',
    resetIntro:
      'Choisissez le nouveau mot de passe de votre compte. Vos sessions ouvertes sur d’autres appareils seront fermées.',
    required: 'Tous les champs sont obligatoires.',
    newPassword: 'Nouveau mot de passe',
    confirmation: 'Confirmation du nouveau mot de passe',
    reset: 'Enregistrer le nouveau mot de passe',
    resetting: 'Enregistrement en cours…',
    resetFailed: 'Le mot de passe n’a pas été changé',
    summaryTitle: 'Le formulaire contient des erreurs',
    linkIncompleteTitle: 'Lien incomplet',
    linkIncomplete:
      'Ce lien de réinitialisation est incomplet : ouvrez le lien du courriel en entier, ou demandez-en un nouveau.',
    requestAnother: 'Demander un nouveau lien',
    done: 'Votre mot de passe a été changé. Connectez-vous avec votre nouveau mot de passe.',
  },
  account: {
    title: 'Mon compte',
    link: 'Mon compte',
    identityTitle: 'Mes informations',
    name: 'Nom',
    email: 'Adresse électronique',
    organisation: 'Structure',
    noOrganisation: 'Aucune (administration de la plateforme)',
    role: 'Rôle',
    passwordTitle: 'Changer mon mot de passe',
    required: 'Tous les champs sont obligatoires.',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    newPasswordHint:
      'Au moins 12 caractères avec des majuscules, des minuscules, des chiffres et des caractères spéciaux, ou au moins 14 caractères avec des majuscules, des minuscules et des chiffres.',
    confirmation: 'Confirmation du nouveau mot de passe',
    change: 'Changer mon mot de passe',
    changing: 'Changement en cours…',
    summaryTitle: 'Le formulaire contient des erreurs',
    passwordFailed: 'Le mot de passe n’a pas été changé',
    passwordChanged: 'Mot de passe changé',
    passwordChangedSessions: (closed: number) =>
      closed === 0
        ? 'Vous n’étiez connecté sur aucun autre appareil.'
        : closed === 1
          ? 'Votre session sur l’autre appareil a été fermée.'
          : `Vos sessions sur ${closed} autres appareils ont été fermées.`,
    sessionsTitle: 'Mes sessions actives',
    sessionsIntro:
      'Les appareils sur lesquels vous êtes connecté. Si vous n’en reconnaissez pas un, fermez sa session puis changez votre mot de passe.',
    sessionsCaption: 'Sessions actives de votre compte',
    device: 'Appareil',
    signedInAt: 'Connexion',
    lastActiveAt: 'Dernière activité',
    action: 'Action',
    currentSession: 'Cette session',
    closeSession: 'Fermer la session',
    closeSessionLabel: (device: string, signedInAt: string) => `Fermer la session ${device} ouverte le ${signedInAt}`,
    closeOthers: 'Fermer toutes les autres sessions',
    sessionClosed: (device: string) => `La session « ${device} » est fermée.`,
    otherSessionsClosed: (closed: number) =>
      closed === 1 ? 'Une autre session a été fermée.' : `${closed} autres sessions ont été fermées.`,
    sessionsFailed: 'La session n’a pas été fermée',
  },
  pagination: {
    navLabel: 'Pagination',
    previous: 'Page précédente',
    next: 'Page suivante',
    page: (n: number, count: number) => `Page ${n} sur ${count}`,
    range: (from: number, to: number, total: string) => `Résultats ${from} à ${to} sur ${total}`,
    loadMore: 'Charger plus',
    loadingMore: 'Chargement…',
  },
  // "Mes indicateurs" of the agence and SIAE portals (features/own-indicators); each portal gives its wording.
  ownIndicators: {
    title: 'Mes indicateurs',
    filterLegend: 'Période',
    from: 'Du',
    to: 'Au',
    dateHint: 'jj/mm/aaaa',
    toHint: 'Les chiffres ne comptent jamais au-delà d’aujourd’hui.',
    submit: 'Afficher',
    reset: 'Revenir à l’année en cours',
    periodText: (from: string, to: string) => `Du ${from} au ${to}`,
    summaryTitle: 'Le formulaire contient des erreurs',
    errors: {
      from: 'Indiquez le début de la période, au format jj/mm/aaaa.',
      fromInFuture: 'Le début de la période ne peut pas être dans le futur.',
      to: 'Indiquez la fin de la période, au format jj/mm/aaaa.',
      toBeforeFrom: 'La fin de la période ne peut pas précéder son début.',
    },
    indicatorsTitle: 'Indicateurs de l’accord',
    indicatorsCount: (n: number) =>
      n === 0 ? 'Aucun indicateur calculé' : n === 1 ? '1 indicateur calculé' : `${n} indicateurs calculés`,
    noIndicator: 'Aucun indicateur n’est calculé par la plateforme pour le moment.',
    reference: 'Référence',
    source: 'Source',
    definition: 'Définition',
    noRows: 'Aucun chiffre pour cette période.',
    columns: {
      departement: 'Département',
      siaeKind: 'Type de SIAE',
      value: 'Valeur',
      hours: 'Heures de formation',
      people: 'Personnes formées',
    },
    notApplicable: 'sans objet',
    masked: 'masqué',
    statisticsIntro:
      'Demandes reçues sur la période ; suspensions, prolongations et extensions commencées sur la période.',
    statisticsColumns: {
      departement: 'Département',
      siaeKind: 'Type de SIAE',
      requests: 'Demandes',
      granted: 'Accordées',
      refused: 'Refusées',
      tacitlyGranted: 'Acquises faute de réponse',
      pending: 'En attente',
      suspensions: 'Suspensions',
      prolongations: 'Prolongations',
      extensions: 'Extensions',
    },
    noStatistics: 'Aucune demande d’agrément sur cette période.',
    refusalsTitle: 'Motifs des refus',
    refusalsCaption: 'Refus d’agrément par motif',
    refusalsColumns: { reason: 'Motif', count: 'Refus' },
  },
} as const;

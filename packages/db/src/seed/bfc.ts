// The Bourgogne-Franche-Comté demo territory: its 8 départements, bassins d'emploi with their main towns,
// and the names used to build a deterministic set of organisations (no real person, no real SIRET).
export const REGION_CODE = '27';

export const departements = [
  { code: '21', name: "Côte-d'Or" },
  { code: '25', name: 'Doubs' },
  { code: '39', name: 'Jura' },
  { code: '58', name: 'Nièvre' },
  { code: '70', name: 'Haute-Saône' },
  { code: '71', name: 'Saône-et-Loire' },
  { code: '89', name: 'Yonne' },
  { code: '90', name: 'Territoire de Belfort' },
] as const;

/** Bassins d'emploi (one CTA each, accord fiche 8), with the towns where the demo organisations sit. */
export const employmentAreas = [
  {
    code: '21-DIJ',
    departement: '21',
    name: 'Dijon',
    towns: [
      ['Dijon', '21000'],
      ['Chenôve', '21300'],
      ['Quetigny', '21800'],
    ],
  },
  {
    code: '21-BEA',
    departement: '21',
    name: 'Beaune',
    towns: [
      ['Beaune', '21200'],
      ['Nuits-Saint-Georges', '21700'],
    ],
  },
  {
    code: '21-MON',
    departement: '21',
    name: 'Montbard',
    towns: [
      ['Montbard', '21500'],
      ['Châtillon-sur-Seine', '21400'],
    ],
  },
  {
    code: '25-BES',
    departement: '25',
    name: 'Besançon',
    towns: [
      ['Besançon', '25000'],
      ['Baume-les-Dames', '25110'],
    ],
  },
  {
    code: '25-MTB',
    departement: '25',
    name: 'Montbéliard',
    towns: [
      ['Montbéliard', '25200'],
      ['Audincourt', '25400'],
    ],
  },
  {
    code: '25-PON',
    departement: '25',
    name: 'Pontarlier',
    towns: [
      ['Pontarlier', '25300'],
      ['Morteau', '25500'],
    ],
  },
  {
    code: '39-LON',
    departement: '39',
    name: 'Lons-le-Saunier',
    towns: [
      ['Lons-le-Saunier', '39000'],
      ['Champagnole', '39300'],
    ],
  },
  {
    code: '39-DOL',
    departement: '39',
    name: 'Dole',
    towns: [
      ['Dole', '39100'],
      ['Tavaux', '39500'],
    ],
  },
  {
    code: '39-STC',
    departement: '39',
    name: 'Saint-Claude',
    towns: [
      ['Saint-Claude', '39200'],
      ['Morez', '39400'],
    ],
  },
  {
    code: '58-NEV',
    departement: '58',
    name: 'Nevers',
    towns: [
      ['Nevers', '58000'],
      ['Decize', '58300'],
    ],
  },
  { code: '58-COS', departement: '58', name: 'Cosne-Cours-sur-Loire', towns: [['Cosne-Cours-sur-Loire', '58200']] },
  {
    code: '58-CLA',
    departement: '58',
    name: 'Clamecy',
    towns: [
      ['Clamecy', '58500'],
      ['Château-Chinon', '58120'],
    ],
  },
  {
    code: '70-VES',
    departement: '70',
    name: 'Vesoul',
    towns: [
      ['Vesoul', '70000'],
      ['Gray', '70100'],
    ],
  },
  {
    code: '70-LUR',
    departement: '70',
    name: 'Lure-Luxeuil',
    towns: [
      ['Lure', '70200'],
      ['Luxeuil-les-Bains', '70300'],
    ],
  },
  {
    code: '71-MAC',
    departement: '71',
    name: 'Mâcon',
    towns: [
      ['Mâcon', '71000'],
      ['Tournus', '71700'],
    ],
  },
  {
    code: '71-CHA',
    departement: '71',
    name: 'Chalon-sur-Saône',
    towns: [
      ['Chalon-sur-Saône', '71100'],
      ['Louhans', '71500'],
    ],
  },
  {
    code: '71-CRE',
    departement: '71',
    name: 'Le Creusot-Montceau',
    towns: [
      ['Le Creusot', '71200'],
      ['Montceau-les-Mines', '71300'],
      ['Autun', '71400'],
    ],
  },
  {
    code: '71-PAR',
    departement: '71',
    name: 'Paray-le-Monial',
    towns: [
      ['Paray-le-Monial', '71600'],
      ['Digoin', '71160'],
    ],
  },
  {
    code: '89-AUX',
    departement: '89',
    name: 'Auxerre',
    towns: [
      ['Auxerre', '89000'],
      ['Avallon', '89200'],
    ],
  },
  {
    code: '89-SEN',
    departement: '89',
    name: 'Sens',
    towns: [
      ['Sens', '89100'],
      ['Joigny', '89300'],
    ],
  },
  {
    code: '90-BEL',
    departement: '90',
    name: 'Belfort',
    towns: [
      ['Belfort', '90000'],
      ['Delle', '90100'],
    ],
  },
] as const;

/** Stems for SIAE names by kind; combined with the town they make plausible, clearly fictitious names. */
export const siaeNameStems = {
  ACI: ['Jardins de Cocagne', 'Chantier Nature et Patrimoine', 'Recyclerie solidaire', 'Atelier Vélo Solidaire'],
  AI: ['Association intermédiaire Partage Travail', 'AI Services Emploi', 'Solidarité Emploi'],
  EI: ['Envie', 'Bâtir Ensemble', 'Restaurant d’insertion La Table Ouverte'],
  ETTI: ['Id’ées Intérim', 'Tremplin Intérim', 'Intérim Insertion'],
  EITI: ['Coopérative Travail Indépendant', 'Indépendants Solidaires'],
} as const;

/** Organisations habilitées by the préfet (accord, fiche 2: listes départementales des prescripteurs habilités). */
export const habilitatedPrescriberStems = [
  'CCAS',
  'SPIP',
  'Centre d’hébergement et de réinsertion sociale',
  'Service social du Département',
  'PLIE',
] as const;

export const employmentServiceCatalogue = [
  {
    kind: 'ATELIER',
    title: 'Atelier CV et lettre de motivation',
    description: 'Valoriser son parcours en SIAE dans une candidature.',
  },
  {
    kind: 'ATELIER',
    title: 'Atelier entretien d’embauche',
    description: 'Se préparer aux entretiens avec un conseiller.',
  },
  { kind: 'PRESTATION', title: 'Activ’Projet', description: 'Construire ou confirmer un projet professionnel.' },
  {
    kind: 'PRESTATION',
    title: 'Évaluation en milieu de travail',
    description: 'Vérifier les compétences sur un poste en entreprise.',
  },
  {
    kind: 'FORMATION',
    title: 'Préparation opérationnelle à l’emploi individuelle',
    description: 'Former avant l’embauche sur une offre identifiée (POE).',
  },
  {
    kind: 'AIDE',
    title: 'Aide à la mobilité',
    description: 'Frais de déplacement pour un entretien ou une reprise d’emploi.',
  },
] as const;

/**
 * Indicateurs de suivi de l'accord régional (accord, annexe 1), one entry per row of the table,
 * plus three indicators the fiches and article 2 name but the table omits (`inAnnex1: false`).
 *
 * Readings of the table (text extraction of a table with merged cells):
 * - a row with an empty "fournisseur" cell shares the provider of the row above in the same fiche;
 * - "Nombre de refus d'embauche par les SIAE" is printed on the "Fiche 5" line of the table but is
 *   listed among the indicators of fiche 4 in the fiche itself; it is filed under fiche 4;
 * - the asterisk ("*") of some labels is kept as `starred` (the seed does not say what it means);
 * - "Diraccte" in the table is read as "Direccte".
 * `computable` says whether the platform's own data (prescriptions, agréments, contrats,
 * formations, CTA…) can compute it; the others are entered or documented by their provider.
 */
export const INDICATOR_UNITS = ['COUNT', 'PERCENT', 'HOURS', 'HOURS_AND_PEOPLE', 'LIST', 'DOCUMENT', 'YES_NO'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIMENSIONS = ['DEPARTEMENT', 'SIAE_KIND', 'PERIOD'] as const;
export type IndicatorDimension = (typeof INDICATOR_DIMENSIONS)[number];

export interface Indicator {
  readonly id: string;
  /** French label, as in the seed (without the asterisk). */
  readonly label: string;
  /** Fiche action (1-8) or null for an article of the accord. */
  readonly fiche: number | null;
  /** Where the seed states it. */
  readonly reference: string;
  readonly unit: IndicatorUnit;
  /** Fournisseur de l'indicateur (annexe 1). */
  readonly source: string;
  readonly dimensions: readonly IndicatorDimension[];
  readonly computable: boolean;
  readonly starred: boolean;
  readonly inAnnex1: boolean;
  /** How the platform computes it, or what it is when it is provided from outside. */
  readonly definition: string;
}

const ALL: readonly IndicatorDimension[] = ['DEPARTEMENT', 'SIAE_KIND', 'PERIOD'];
const DEP_PERIOD: readonly IndicatorDimension[] = ['DEPARTEMENT', 'PERIOD'];
const DEP: readonly IndicatorDimension[] = ['DEPARTEMENT'];
const PERIOD: readonly IndicatorDimension[] = ['PERIOD'];

const SIGNATAIRES = 'Bases de données des signataires (données SPE, extranet IAE, observatoire IAE)';
const UD_DIRECCTE = 'UD Direccte BFC';
const PE = 'Pôle emploi';
const PE_RESEAUX = 'Pôle emploi / Réseaux IAE';
const COMITE = 'Comité régional de suivi';

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'F1_ANNUAL_STATE_OF_PLAY',
    fiche: 1,
    reference: 'accord, annexe 1, fiche 1',
    label: 'État des lieux annuel IAE, contexte territorial, retour à l’emploi',
    unit: 'DOCUMENT',
    source: SIGNATAIRES,
    dimensions: DEP_PERIOD,
    computable: false,
    starred: false,
    inAnnex1: true,
    definition: 'Document annuel produit par les signataires (contexte territorial, taux de retour à l’emploi).',
  },
  {
    id: 'F2_HABILITATED_PRESCRIBERS_LIST',
    fiche: 2,
    reference: 'accord, annexe 1, fiche 2',
    label: 'Listes départementales actualisées des prescripteurs habilités',
    unit: 'LIST',
    source: UD_DIRECCTE,
    dimensions: DEP,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition:
      'Prescripteurs habilités dont une période d’habilitation couvre la date de fin de période, par département.',
  },
  {
    id: 'F2_SIAE_WITH_PE_REFERENT_RATE',
    fiche: 2,
    reference: 'accord, annexe 1, fiche 2',
    label:
      'Listes départementales actualisées chaque année des référents IAE de Pôle emploi (pourcentage de SIAE ayant un référent PE désigné et opérationnel)',
    unit: 'PERCENT',
    source: 'DR ou DT Pôle emploi',
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition:
      'Part des SIAE ayant un référent Pôle emploi désigné à la date de fin de période, avec la liste des référents.',
  },
  {
    id: 'F2_PE_CORRESPONDENTS_IN_SIAE_LIST',
    fiche: 2,
    reference: 'accord, annexe 1, fiche 2',
    label: 'Listes départementales actualisées des correspondants Pôle emploi dans les SIAE',
    unit: 'LIST',
    source: 'Réseaux IAE',
    dimensions: DEP,
    computable: false,
    starred: false,
    inAnnex1: true,
    definition: 'Liste tenue par les réseaux IAE des correspondants de Pôle emploi au sein des SIAE.',
  },
  {
    id: 'F2_EXCHANGE_SESSIONS',
    fiche: 2,
    reference: 'accord, annexe 1, fiche 2',
    label: "Nombre de sessions d'échange organisées entre PE et les SIAE",
    unit: 'COUNT',
    source: 'Pôle emploi et Réseaux IAE',
    dimensions: DEP_PERIOD,
    computable: false,
    starred: false,
    inAnnex1: true,
    definition: 'Sessions d’information, de formation et d’échange déclarées par Pôle emploi et les réseaux.',
  },
  {
    id: 'F3_ACCORD_PRESENTATIONS',
    fiche: 3,
    reference: 'accord, annexe 1, fiche 3',
    label: "Nombre de présentations de l'accord cadre en CDIAE/en CTA",
    unit: 'COUNT',
    source: 'Direccte / Pôle emploi',
    dimensions: DEP_PERIOD,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition: 'Présentations de l’accord inscrites à l’ordre du jour des CDIAE et des CTA.',
  },
  {
    id: 'F3_PUBLIC_PROCUREMENT_HOURS',
    fiche: 3,
    reference: 'accord, annexe 1, fiche 3',
    label: "Nombre d'heures effectuées en accès direct ou par clauses sociales aux marchés",
    unit: 'HOURS',
    source: 'UD ou inter réseau via SIAE',
    dimensions: ALL,
    computable: false,
    starred: false,
    inAnnex1: true,
    definition: 'Heures réalisées par les SIAE sur des marchés publics, en accès direct ou par clauses sociales.',
  },
  {
    id: 'F4_PRESCRIPTION_PROCEDURE_EXISTS',
    fiche: 4,
    reference: 'accord, annexe 1, fiche 4',
    label: "Existence d'une fiche de procédure prescription/agrément",
    unit: 'YES_NO',
    source: COMITE,
    dimensions: PERIOD,
    computable: false,
    starred: false,
    inAnnex1: true,
    definition: 'Existence et utilisation de la fiche de procédure prescription/agrément (fiche navette).',
  },
  {
    id: 'F4_SIAE_JOB_OFFERS',
    fiche: 4,
    reference: 'accord, annexe 1, fiche 4',
    label: "Nombre d'offres d'emploi des SIAE déposées à Pôle emploi",
    unit: 'COUNT',
    source: PE_RESEAUX,
    dimensions: ALL,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition: 'Offres d’emploi des SIAE déposées à Pôle emploi pendant la période.',
  },
  {
    id: 'F4_APPROVAL_REFUSALS',
    fiche: 4,
    reference: 'accord, annexe 1, fiche 4',
    label: "Nombre de refus d'agrément par PE (par département et type de SIAE)",
    unit: 'COUNT',
    source: PE_RESEAUX,
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition: 'Demandes d’agrément refusées par Pôle emploi, par date de décision.',
  },
  {
    id: 'F4_HIRING_REFUSALS',
    fiche: 4,
    reference: 'accord, annexe 1 (ligne « Fiche 5 ») et fiche 4',
    label: "Nombre de refus d'embauche par les SIAE (par département et type de SIAE)",
    unit: 'COUNT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition: 'Prescriptions refusées par la SIAE destinataire (refus motivé), par date de refus.',
  },
  {
    id: 'F5_PEOPLE_REGISTERED_AT_PE_RATE',
    fiche: 5,
    reference: 'accord, annexe 1, fiche 5',
    label: 'Pourcentage de personnes en parcours inscrites à PE',
    unit: 'PERCENT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition:
      'Part des personnes en parcours inscrites à Pôle emploi comme demandeurs d’emploi, selon la situation enregistrée sur le parcours par la SIAE ou l’agence (fiche 5).',
  },
  {
    id: 'F5_PE_SERVICES',
    fiche: 5,
    reference: 'accord, annexe 1, fiche 5',
    label: 'Nombre de prestations PE mises en œuvre',
    unit: 'COUNT',
    source: 'Réseau IAE',
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition: 'Prestations Pôle emploi commencées pendant la période par des salariés en parcours.',
  },
  {
    id: 'F5_PMSMP',
    fiche: 5,
    reference: 'accord, annexe 1, fiche 5',
    label: 'Nombre de PMSMP (par département et Type de SIAE)',
    unit: 'COUNT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition: 'Périodes de mise en situation en milieu professionnel commencées pendant la période.',
  },
  {
    id: 'F5_PROLONGATIONS',
    fiche: 5,
    reference: 'accord, annexe 1, fiche 5',
    label: "Nombre de prolongations d'agrément",
    unit: 'COUNT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition: 'Prolongations d’agrément accordées pendant la période.',
  },
  {
    id: 'F5_SUSPENSIONS',
    fiche: 5,
    reference: 'accord, annexe 1, fiche 5',
    label: "Nombre de suspensions d'agrément",
    unit: 'COUNT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition: 'Suspensions d’agrément accordées pendant la période.',
  },
  {
    id: 'F5_EXTENSIONS',
    fiche: 5,
    reference: 'accord, annexe 1, fiche 5',
    label: "Nombre d'extensions d'agrément",
    unit: 'COUNT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition: 'Extensions d’agrément accordées pendant la période.',
  },
  {
    id: 'F5_LOCAL_AGREEMENTS_RATE',
    fiche: 5,
    reference: 'accord, annexe 1, fiche 5',
    label: '% de conventions locales signées (par département)',
    unit: 'PERCENT',
    source: UD_DIRECCTE,
    dimensions: DEP_PERIOD,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition:
      'Part des SIAE ayant une convention de coopération locale signée avec Pôle emploi à la fin de la période.',
  },
  {
    id: 'F5_MANAGEMENT_DIALOGUES_WITH_PE',
    fiche: 5,
    reference: 'accord, annexe 1, fiche 5',
    label: 'Nombre de dialogues de gestion auxquels PE a participé',
    unit: 'COUNT',
    source: UD_DIRECCTE,
    dimensions: DEP_PERIOD,
    computable: false,
    starred: true,
    inAnnex1: true,
    definition: 'Dialogues de gestion annuels des SIAE auxquels Pôle emploi a participé.',
  },
  {
    id: 'F6_ROADMAP_AND_ACTION_PLAN',
    fiche: 6,
    reference: 'accord, annexe 1, fiche 6',
    label: "Feuille de route et plan d'action",
    unit: 'DOCUMENT',
    source: COMITE,
    dimensions: PERIOD,
    computable: false,
    starred: false,
    inAnnex1: true,
    definition: 'Feuille de route et plan d’action du groupe de travail formation.',
  },
  {
    id: 'F6_TRAINING_HOURS',
    fiche: 6,
    reference: 'accord, annexe 1, fiche 6',
    label:
      "Nombre d'heures de formation réalisées pendant le parcours (par département et type de SIAE) et nombre de personnes bénéficiaires",
    unit: 'HOURS_AND_PEOPLE',
    source: UD_DIRECCTE,
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition: 'Somme des heures de formation réalisées pendant la période et nombre de personnes distinctes formées.',
  },
  {
    id: 'F7_POE',
    fiche: 7,
    reference: 'accord, annexe 1, fiche 7',
    label: "Nombre de Préparations opérationnelles à l'emploi",
    unit: 'COUNT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition: 'Préparations opérationnelles à l’emploi commencées pendant la période par des salariés en parcours.',
  },
  {
    id: 'F7_REGISTERED_AT_PE_6_MONTHS_AFTER_RATE',
    fiche: 7,
    reference: 'accord, annexe 1, fiche 7',
    label: '% de personnes inscrites à PE 6 mois après la fin de leur agrément',
    unit: 'PERCENT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition:
      'Part des personnes inscrites à Pôle emploi 6 mois après la fin de leur agrément, selon la situation relevée par l’agence (fiche 7).',
  },
  {
    id: 'F7_SIAE_OPUS',
    fiche: 7,
    reference: 'accord, annexe 1, fiche 7',
    label: "Nombre de SIAE habilitées à l'outil OPUS",
    unit: 'COUNT',
    source: PE,
    dimensions: DEP_PERIOD,
    computable: false,
    starred: true,
    inAnnex1: true,
    definition: 'SIAE habilitées à l’outil OPUS de Pôle emploi.',
  },
  {
    id: 'F7_IN_WORK_FOLLOW_UP_SERVICES',
    fiche: 7,
    reference: 'accord, annexe 1, fiche 7',
    label: 'Nombre de Prestations de suivi dans l’emploi',
    unit: 'COUNT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: true,
    definition: 'Prestations Pôle emploi de suivi dans l’emploi commencées pendant la période.',
  },
  {
    id: 'F8_OPERATIONAL_CTA',
    fiche: 8,
    reference: 'accord, annexe 1, fiche 8',
    label: 'Nombre de CTA opérationnels',
    unit: 'COUNT',
    source: 'Pôle emploi / Réseaux IAE / UD Direccte',
    dimensions: DEP_PERIOD,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition: 'CTA (bassins d’emploi) ayant tenu au moins une réunion pendant la période.',
  },
  {
    id: 'F8_CTA_MEETINGS',
    fiche: 8,
    reference: 'accord, annexe 1, fiche 8',
    label: 'Nombre de réunions CTA/an (par département)',
    unit: 'COUNT',
    source: 'Pôle emploi / Réseaux IAE / UD Direccte',
    dimensions: DEP_PERIOD,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition: 'Réunions de CTA tenues pendant l’année.',
  },
  {
    id: 'F8_MINUTES_SENT_TO_CDIAE',
    fiche: 8,
    reference: 'accord, annexe 1, fiche 8',
    label: 'Nombre de comptes rendus et de bilans transmis au CDIAE',
    unit: 'COUNT',
    source: 'Pôle emploi / Réseaux IAE / UD Direccte',
    dimensions: DEP_PERIOD,
    computable: true,
    starred: true,
    inAnnex1: true,
    definition: 'Comptes rendus et bilans de CTA marqués transmis au CDIAE pendant la période.',
  },
  // Named by the fiches or article 2, absent from the table of annexe 1.
  {
    id: 'F3_SOCIAL_PARTNERS_IN_CDIAE',
    fiche: 3,
    reference: 'accord, fiche 3 (« ajout annexe »)',
    label: 'Présence des partenaires sociaux dans les CDIAE',
    unit: 'YES_NO',
    source: 'UD Direccte BFC',
    dimensions: DEP_PERIOD,
    computable: false,
    starred: false,
    inAnnex1: false,
    definition: 'Participation effective des partenaires sociaux aux CDIAE.',
  },
  {
    id: 'F4_CANDIDATES_ORIENTED_BY_PE',
    fiche: 4,
    reference: 'accord, fiche 4',
    label: 'Nombre de candidats orientés par Pôle emploi',
    unit: 'COUNT',
    source: PE,
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: false,
    definition: 'Prescriptions émises par Pôle emploi pendant la période.',
  },
  {
    id: 'ART2_LOCAL_AGREEMENTS_SIGNED',
    fiche: null,
    reference: 'accord, article 2',
    label: 'Nombre de conventions locales signées (par département et par type de SIAE)',
    unit: 'COUNT',
    source: 'Pôle emploi / Réseaux IAE',
    dimensions: ALL,
    computable: true,
    starred: false,
    inAnnex1: false,
    definition: 'Conventions de coopération locale signées à une date donnée (31/12/2016, 30/06/2017 dans l’accord).',
  },
];

const BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.id, i]));

/** The indicator with this id, if any. */
export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

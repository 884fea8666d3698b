/**
 * Éléments d'appréciation de l'éligibilité (accord, annexe 2). The annexe gives indications to
 * help the prescription, not a rule that decides eligibility: the diagnosis stays the
 * prescripteur's judgement (annexe 4 §2.1). This module gives the criteria stable codes and
 * one way of summarising a diagnosis, so that a prescripteur and a SIAE read it the same way.
 */
export const ELIGIBILITY_CATEGORIES = ['PROFESSIONAL', 'SOCIAL', 'LISTED_PUBLIC'] as const;
export type EligibilityCategory = (typeof ELIGIBILITY_CATEGORIES)[number];

export const ELIGIBILITY_CATEGORY_LABELS: Readonly<Record<EligibilityCategory, string>> = {
  PROFESSIONAL: 'Situation professionnelle',
  SOCIAL: 'Situation sociale',
  LISTED_PUBLIC: 'Public relevant de l’agrément',
};

export interface EligibilityCriterion {
  readonly code: string;
  readonly category: EligibilityCategory;
  readonly label: string;
}

/** The catalogue, in the order of annexe 2. */
export const ELIGIBILITY_CRITERIA = [
  // Critères d'appréciation de la situation professionnelle (annexe 2)
  { code: 'PRO_TRAINING_QUALIFICATION', category: 'PROFESSIONAL', label: 'La formation, la qualification' },
  { code: 'PRO_KNOWLEDGE_SKILLS', category: 'PROFESSIONAL', label: 'Les connaissances et les compétences' },
  { code: 'PRO_PERSONAL_FAMILY_SITUATION', category: 'PROFESSIONAL', label: 'La situation personnelle et familiale' },
  { code: 'PRO_LOCAL_LABOUR_MARKET', category: 'PROFESSIONAL', label: 'La situation du marché du travail local' },
  {
    code: 'PRO_JOB_SOUGHT',
    category: 'PROFESSIONAL',
    label: "La nature et les caractéristiques de l'emploi recherché, la zone géographique et le salaire attendu",
  },
  // Critères d'appréciation de la situation sociale (annexe 2)
  { code: 'SOC_AGE', category: 'SOCIAL', label: "L'âge" },
  { code: 'SOC_BEHAVIOUR', category: 'SOCIAL', label: 'Le comportement' },
  { code: 'SOC_HEALTH', category: 'SOCIAL', label: "L'état de santé" },
  { code: 'SOC_MATERIAL_PRECARITY', category: 'SOCIAL', label: 'La précarité de la situation matérielle' },
  { code: 'SOC_HOUSING', category: 'SOCIAL', label: "Les conditions ou l'absence de logement" },
  { code: 'SOC_MOBILITY_ISOLATION', category: 'SOCIAL', label: "La mobilité, l'isolement" },
  // Publics relevant de la délivrance d'un agrément (annexe 2)
  {
    code: 'PUB_QPV',
    category: 'LISTED_PUBLIC',
    label: 'Personne domiciliée en quartier prioritaire de la politique de la ville (QPV)',
  },
  {
    code: 'PUB_DELD_12_MONTHS',
    category: 'LISTED_PUBLIC',
    label: "Demandeur d'emploi inscrit depuis un an en continu sans avoir travaillé dans l'année",
  },
  {
    code: 'PUB_JUSTICE',
    category: 'LISTED_PUBLIC',
    label: "Personne suivie par le SPIP ou la PJJ, ou sortant d'une période d'incarcération",
  },
  {
    code: 'PUB_YOUTH_SOCIAL_WORKER',
    category: 'LISTED_PUBLIC',
    label: 'Jeune orienté par un travailleur social, sans diplôme professionnel de niveau 3 ou plus (DUT, BTS…)',
  },
  {
    code: 'PUB_FORMER_ACI',
    category: 'LISTED_PUBLIC',
    label: "Personne ayant suivi un parcours en atelier et chantier d'insertion (ACI)",
  },
  { code: 'PUB_DISABILITY', category: 'LISTED_PUBLIC', label: "Demandeur d'emploi en situation de handicap" },
  { code: 'PUB_RSA_SOCLE', category: 'LISTED_PUBLIC', label: 'Bénéficiaire du RSA socle' },
  {
    code: 'PUB_FIRST_REGISTRATION_NO_EXPERIENCE',
    category: 'LISTED_PUBLIC',
    label:
      "Demandeur d'emploi inscrit pour la première fois, sans expérience professionnelle, de niveau infra IV, sans condition d'âge",
  },
  {
    code: 'PUB_OTHER_RISK_POLE_EMPLOI',
    category: 'LISTED_PUBLIC',
    label:
      "Autre personne dont l'analyse de la situation par Pôle emploi a identifié des risques nécessitant l'entrée en IAE",
  },
] as const satisfies readonly EligibilityCriterion[];

export type EligibilityCriterionCode = (typeof ELIGIBILITY_CRITERIA)[number]['code'];

const BY_CODE: ReadonlyMap<string, EligibilityCriterion> = new Map(ELIGIBILITY_CRITERIA.map((c) => [c.code, c]));

export function isEligibilityCriterionCode(code: unknown): code is EligibilityCriterionCode {
  return typeof code === 'string' && BY_CODE.has(code);
}

export function eligibilityCriterion(code: string): EligibilityCriterion | undefined {
  return BY_CODE.get(code);
}

export interface DiagnosisSummary {
  /** Known criteria, de-duplicated, in catalogue order. */
  readonly criteria: readonly EligibilityCriterion[];
  /** Codes per category (every category present, possibly empty). */
  readonly byCategory: Readonly<Record<EligibilityCategory, readonly EligibilityCriterionCode[]>>;
  /** Categories with at least one criterion, in catalogue order. */
  readonly metCategories: readonly EligibilityCategory[];
  /** Codes not in the catalogue, de-duplicated, in input order. */
  readonly unknownCodes: readonly string[];
  /** French one-line summary. */
  readonly summary: string;
}

/**
 * Summarises the criteria a prescripteur ticked (accord, annexe 2). Order-independent and
 * de-duplicated, so two parties holding the same set of codes read the same summary.
 *   summariseDiagnosis(['PUB_QPV', 'SOC_HOUSING']).summary ===
 *     '2 critères — Situation sociale : logement ; Public relevant de l’agrément : QPV'
 * (short labels), unknown codes are listed at the end ("Codes inconnus : …").
 */
export function summariseDiagnosis(criteria: readonly string[]): DiagnosisSummary {
  const seen = new Set(criteria);
  const known = ELIGIBILITY_CRITERIA.filter((c) => seen.has(c.code));
  const unknownCodes = [...seen].filter((code) => !BY_CODE.has(code));
  const byCategory = Object.fromEntries(
    ELIGIBILITY_CATEGORIES.map((category) => [
      category,
      known.filter((c) => c.category === category).map((c) => c.code),
    ]),
  ) as Record<EligibilityCategory, EligibilityCriterionCode[]>;
  const metCategories = ELIGIBILITY_CATEGORIES.filter((category) => byCategory[category].length > 0);

  const parts = metCategories.map(
    (category) =>
      `${ELIGIBILITY_CATEGORY_LABELS[category]} : ${byCategory[category].map((code) => ELIGIBILITY_SHORT_LABELS[code]).join(', ')}`,
  );
  let summary =
    known.length === 0
      ? 'Aucun critère d’éligibilité renseigné'
      : `${known.length} critère${known.length > 1 ? 's' : ''} — ${parts.join(' ; ')}`;
  if (unknownCodes.length > 0) summary += ` (codes inconnus : ${unknownCodes.join(', ')})`;
  return { criteria: known, byCategory, metCategories, unknownCodes, summary };
}

/** Short French labels used in one-line summaries. */
export const ELIGIBILITY_SHORT_LABELS: Readonly<Record<EligibilityCriterionCode, string>> = {
  PRO_TRAINING_QUALIFICATION: 'formation, qualification',
  PRO_KNOWLEDGE_SKILLS: 'connaissances et compétences',
  PRO_PERSONAL_FAMILY_SITUATION: 'situation personnelle et familiale',
  PRO_LOCAL_LABOUR_MARKET: 'marché du travail local',
  PRO_JOB_SOUGHT: 'emploi recherché',
  SOC_AGE: 'âge',
  SOC_BEHAVIOUR: 'comportement',
  SOC_HEALTH: 'santé',
  SOC_MATERIAL_PRECARITY: 'précarité matérielle',
  SOC_HOUSING: 'logement',
  SOC_MOBILITY_ISOLATION: 'mobilité, isolement',
  PUB_QPV: 'QPV',
  PUB_DELD_12_MONTHS: 'DELD 12 mois',
  PUB_JUSTICE: 'SPIP / PJJ / sortie d’incarcération',
  PUB_YOUTH_SOCIAL_WORKER: 'jeune orienté par un travailleur social',
  PUB_FORMER_ACI: 'ancien parcours en ACI',
  PUB_DISABILITY: 'handicap',
  PUB_RSA_SOCLE: 'RSA socle',
  PUB_FIRST_REGISTRATION_NO_EXPERIENCE: 'première inscription sans expérience, infra IV',
  PUB_OTHER_RISK_POLE_EMPLOI: 'autre risque identifié par Pôle emploi',
};

/**
 * Shared lists of refusal reasons: a refusal is always motivated (accord, fiche 4 "Rendre
 * systématique la motivation de refus d'agrément par Pôle emploi et pour la SIAE le refus de
 * recruter une personne prescrite"; annexe 4 §2.2.3). A reason code is always accompanied by
 * free text on the platform. Codes are stable; labels are French.
 */
export interface RefusalReason<C extends string> {
  readonly code: C;
  readonly label: string;
  /** Where the reason comes from in the seed. */
  readonly source: string;
}

export const SIAE_REFUSAL_REASON_CODES = [
  'NO_POSITION_AVAILABLE',
  'PREREQUISITES_NOT_MET',
  'CANDIDATE_DECLINED',
  'CANDIDATE_UNREACHABLE',
  'CANDIDATE_ABSENT_FROM_INTERVIEW',
  'ADMINISTRATIVE_SITUATION',
  'SIAE_NOT_SUITED',
  'HEALTH_INCOMPATIBLE',
  'OTHER',
] as const;
export type SiaeRefusalReasonCode = (typeof SIAE_REFUSAL_REASON_CODES)[number];

/** Why a SIAE does not hire a person prescribed to it (accord, fiche 4). */
export const SIAE_REFUSAL_REASONS: readonly RefusalReason<SiaeRefusalReasonCode>[] = [
  { code: 'NO_POSITION_AVAILABLE', label: 'Pas de poste disponible ou poste déjà pourvu', source: 'accord, fiche 4' },
  {
    code: 'PREREQUISITES_NOT_MET',
    label: 'Profil ne correspondant pas aux prérequis du poste (compétences, freins, motivation, projet)',
    source: 'accord, fiche 4 (cohérence entre les profils et les prérequis des SIAE)',
  },
  { code: 'CANDIDATE_DECLINED', label: 'La personne a décliné la proposition', source: 'accord, fiche 4' },
  { code: 'CANDIDATE_UNREACHABLE', label: 'La personne n’a pas pu être jointe', source: 'accord, fiche 4' },
  {
    code: 'CANDIDATE_ABSENT_FROM_INTERVIEW',
    label: 'La personne ne s’est pas présentée à l’entretien',
    source: 'accord, fiche 4',
  },
  {
    code: 'ADMINISTRATIVE_SITUATION',
    label: 'Situation administrative incompatible avec l’embauche (titre de séjour, autorisation de travail)',
    source: 'accord, fiche 4 (titre de séjour / contrat de travail)',
  },
  {
    code: 'SIAE_NOT_SUITED',
    label: 'Le projet d’insertion ou le type de contrat de la structure ne répond pas aux besoins de la personne',
    source: 'accord, annexe 4 §2.1',
  },
  {
    code: 'HEALTH_INCOMPATIBLE',
    label: 'État de santé incompatible avec le poste proposé',
    source: 'accord, annexe 2',
  },
  { code: 'OTHER', label: 'Autre motif (à préciser)', source: 'accord, fiche 4' },
];

export const APPROVAL_REFUSAL_REASON_CODES = [
  'INCOMPLETE_REQUEST',
  'NOT_ELIGIBLE',
  'DIRECT_ACCESS_TO_EMPLOYMENT',
  'SIAE_NOT_SUITED',
  'NEW_INFORMATION',
  'PRESCRIBER_NOT_HABILITATED',
  'ADMINISTRATIVE_SITUATION',
  'CONDITIONS_NOT_MET',
  'CTA_AGREED_REASON',
  'OTHER',
] as const;
export type ApprovalRefusalReasonCode = (typeof APPROVAL_REFUSAL_REASON_CODES)[number];

/** Why Pôle emploi refuses an agrément (accord, annexe 4 §2.2.3; motifs "négociés en CTA", §2.1). */
export const APPROVAL_REFUSAL_REASONS: readonly RefusalReason<ApprovalRefusalReasonCode>[] = [
  {
    code: 'INCOMPLETE_REQUEST',
    label: 'Demande incomplète',
    source: 'accord, annexe 4 §2.2.2 (demande écrite complète)',
  },
  {
    code: 'NOT_ELIGIBLE',
    label: 'La personne ne rencontre pas de difficultés sociales et professionnelles particulières',
    source: 'accord, annexe 2 et annexe 4 §2.1',
  },
  {
    code: 'DIRECT_ACCESS_TO_EMPLOYMENT',
    label: 'La personne peut accéder directement à un emploi du marché du travail ordinaire',
    source: 'accord, annexe 4 §2.1',
  },
  {
    code: 'SIAE_NOT_SUITED',
    label:
      'Le type de SIAE, son projet d’insertion ou le contrat proposé ne correspondent pas aux problématiques de la personne',
    source: 'accord, annexe 4 §2.1',
  },
  {
    code: 'NEW_INFORMATION',
    label: 'Informations complémentaires non connues du prescripteur',
    source: 'accord, annexe 4 §2.1',
  },
  {
    code: 'PRESCRIBER_NOT_HABILITATED',
    label: 'Prescription par une structure ni prescripteur de droit ni habilitée',
    source: 'accord, annexe 4 §2.1',
  },
  {
    code: 'ADMINISTRATIVE_SITUATION',
    label: 'Situation administrative incompatible avec l’embauche (titre de séjour)',
    source: 'accord, fiche 4',
  },
  {
    code: 'CONDITIONS_NOT_MET',
    label: 'Conditions de suspension, prolongation, extension ou renouvellement non remplies',
    source: 'accord, annexe 4 §2.2.4 à §2.2.7',
  },
  {
    code: 'CTA_AGREED_REASON',
    label: 'Autre motif de refus négocié en CTA',
    source: 'accord, annexe 4 §2.1 et §2.2.3',
  },
  { code: 'OTHER', label: 'Autre motif (à préciser)', source: 'accord, annexe 4 §2.2.3' },
];

/**
 * French labels of the statuses and kinds that had no table in the domain yet, so that the API and the four portals
 * say the same words (issue 13: the portals import @navette/domain instead of copying labels). Pure data: no import.
 */

/** The agrément on a day (approval-period.ts approvalStatusOn). */
export const APPROVAL_STATUS_LABELS = {
  // annexe 4 §2.1: the agrément is delivered before the first hire and runs from it.
  NOT_STARTED: 'Délivré, pas encore commencé',
  ACTIVE: 'En cours',
  // annexe 4 §2.2.4: a suspension "repousse la date de fin de la période d'agrément".
  SUSPENDED: 'Suspendu',
  ENDED: 'Terminé',
} as const satisfies Readonly<Record<'NOT_STARTED' | 'ACTIVE' | 'SUSPENDED' | 'ENDED', string>>;

/**
 * accord, annexe 4 §2.2.3: "Un recours écrit suite à un refus pourra être fait par la SIAE auprès du directeur de
 * l'agence Pôle-emploi": pending, upheld (the agrément is granted) or dismissed (the refusal stands).
 */
export const APPEAL_STATUSES = ['PENDING', 'UPHELD', 'DISMISSED'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const APPEAL_STATUS_LABELS: Readonly<Record<AppealStatus, string>> = {
  PENDING: 'Recours en attente',
  UPHELD: 'Recours accueilli',
  DISMISSED: 'Recours rejeté',
};

/** annexe 4 §2.2.8: an AI's mise à disposition is "en secteur marchand" or not. */
export const AI_SECTOR_LABELS: Readonly<Record<'MARCHAND' | 'NON_MARCHAND', string>> = {
  MARCHAND: 'Secteur marchand',
  NON_MARCHAND: 'Secteur non marchand',
};

/**
 * The offre de services of an agence Pôle emploi (accord, fiche 5: "Faire connaître ses prestations mobilisables aux
 * SIAE"; "prestations complémentaires (d'accompagnement, de formation, de mise en situation)").
 */
export const EMPLOYMENT_SERVICE_KINDS = ['ATELIER', 'PRESTATION', 'FORMATION', 'AIDE'] as const;
export type EmploymentServiceKind = (typeof EMPLOYMENT_SERVICE_KINDS)[number];

export const EMPLOYMENT_SERVICE_KIND_LABELS: Readonly<Record<EmploymentServiceKind, string>> = {
  ATELIER: 'Atelier',
  PRESTATION: 'Prestation',
  FORMATION: 'Formation',
  AIDE: 'Aide',
};

/** The label of `value` in `labels`, or the value itself for a code this version does not know (a newer API). */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value as K] : value;
}

/** Whether `value` is one of `values` (a code sent by the API or read from a URL). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

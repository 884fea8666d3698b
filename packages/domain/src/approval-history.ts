import type { IsoDate } from './iso-date.js';

/** A suspension of the agrément, both days included (accord, annexe 4 §2.2.4). */
export interface Suspension {
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
}

/**
 * Grounds of a prolongation (accord, annexe 4 §2.2.6):
 * - TRAINING: to finish a vocational training in progress at the end of the contract;
 * - AGE_50_OR_RQTH: people aged 50 or more, or recognised as disabled workers (RQTH).
 */
export const PROLONGATION_REASONS = ['TRAINING', 'AGE_50_OR_RQTH'] as const;
export type ProlongationReason = (typeof PROLONGATION_REASONS)[number];

export const PROLONGATION_REASON_LABELS: Readonly<Record<ProlongationReason, string>> = {
  TRAINING: "Achever une action de formation en cours à l'échéance du contrat",
  AGE_50_OR_RQTH: 'Personne de 50 ans et plus ou reconnue travailleur handicapé',
};

/** A granted prolongation: the agrément now runs until `endOn` (both days included). */
export interface Prolongation {
  /** First day of the prolongation: the day after the end date it prolongs. */
  readonly startOn: IsoDate;
  readonly endOn: IsoDate;
  readonly reason: ProlongationReason;
  readonly decidedOn?: IsoDate;
}

/** A work contract (or AI mise à disposition) under the agrément. */
export interface ApprovalContract {
  readonly siaeId: string;
  readonly startOn: IsoDate;
  /** Last day of the contract; null/undefined while it has no known end. */
  readonly endOn?: IsoDate | null;
}

export interface ApprovalPerson {
  readonly birthDate?: IsoDate | null;
  /** Reconnaissance de la qualité de travailleur handicapé. */
  readonly rqth?: boolean;
}

/** Everything the rules of annexe 4 need to know about one agrément. */
export interface ApprovalHistory {
  /** Date of the first hiring in a SIAE: opens the 24-month period (accord, annexe 4 §2.1). */
  readonly startOn: IsoDate;
  readonly suspensions?: readonly Suspension[];
  readonly prolongations?: readonly Prolongation[];
  readonly contracts?: readonly ApprovalContract[];
  readonly person?: ApprovalPerson;
  /**
   * Day of the sortie recorded by the SIAE (fiche 7), if any: the parcours ends there, whatever the agrément's end
   * date; a contract starting after it (an extension, annexe 4 §2.2.5) opens it again.
   */
  readonly exitOn?: IsoDate | null;
}

/**
 * Reality checks: facts a user records about a parcours must be possible (issue 13, "impossible facts are accepted").
 * Each check cites the text it follows; where the accord is silent, the platform's reading is said and justified.
 * The API calls them before writing, the portals before sending (same code, same messages).
 */
import { ageOn } from './age.js';
import { aiApprovalHoursOn, type AiSector } from './ai-approval.js';
import { exitInterviewWindow } from './exit.js';
import {
  addDays,
  addMonths,
  compareIsoDates,
  daysInclusive,
  formatFrenchDate as fr,
  minIsoDate,
  type IsoDate,
} from './iso-date.js';
import { ok, refuse, type Result } from './result.js';
import type { SiaeKind } from './siae.js';

export type RealityRefusalCode =
  | 'BIRTH_DATE_IMPLAUSIBLE'
  | 'CONTRACT_DATES_OUT_OF_ORDER'
  | 'CONTRACT_TOO_LONG'
  | 'CONTRACT_KIND_NOT_FOR_SIAE'
  | 'AI_PLACEMENT_NOT_AI'
  | 'AI_PLACEMENT_INCOMPLETE'
  | 'AI_HOURS_OUT_OF_BOUNDS'
  | 'AI_HOURS_BEYOND_480'
  | 'EXIT_IN_FUTURE'
  | 'EXIT_WITHOUT_CONTRACT'
  | 'EXIT_BEFORE_CONTRACT'
  | 'INTERVIEW_IN_FUTURE'
  | 'INTERVIEW_BEFORE_CONTRACT'
  | 'INTERVIEW_TOO_EARLY'
  | 'INTERVIEW_AFTER_END'
  | 'INTERVIEW_ALREADY_RECORDED'
  | 'INTERVIEW_PLANNED_IN_PAST'
  | 'SUSPENSION_REASON_UNKNOWN';

// Birth dates ---------------------------------------------------------------------------------------------------------

/**
 * Ages of a person a prescripteur records for a parcours IAE. The accord sets no age (annexe 2 lists situations, not
 * ages; annexe 4 §2.2.6 b names "les personnes de 50 ans et plus"), so the bounds are the platform's reading:
 * - 16: nobody may be employed before 16 (Code du travail, art. L.4153-1 "il est interdit d'employer des travailleurs
 *   de moins de seize ans"), and the IAE is employment (annexe 4 §2.1: "première embauche dans la structure");
 * - 80: far above the age of retirement (art. L.161-17-2 CSS: 62 to 64), so no real parcours is refused, while the
 *   typing slips that were accepted (1800, 1900, 0985…) are.
 */
export const IAE_MIN_AGE = 16;
export const IAE_MAX_AGE = 80;

export function validateBirthDate(birthDate: IsoDate, today: IsoDate): Result<IsoDate, RealityRefusalCode> {
  const age = compareIsoDates(birthDate, today) > 0 ? -1 : ageOn(birthDate, today);
  if (age < IAE_MIN_AGE || age > IAE_MAX_AGE) {
    return refuse(
      'BIRTH_DATE_IMPLAUSIBLE',
      `La date de naissance (${fr(birthDate)}) n’est pas plausible : une personne en parcours IAE a entre ${IAE_MIN_AGE} et ${IAE_MAX_AGE} ans.`,
    );
  }
  return ok(birthDate);
}

// Contracts -----------------------------------------------------------------------------------------------------------

export type ContractKind = 'CDDI' | 'CDI_INCLUSION' | 'MISSION_ETTI' | 'MISE_A_DISPOSITION_AI';

/**
 * The contracts each kind of SIAE signs. The accord names the kinds (préambule; annexe 4 §2.2.2 "ETTI", §2.2.8 "AI"
 * and "mises à disposition") but not their contracts; the table follows the Code du travail:
 * - ACI and EI: CDDI (art. L.5132-15-1 and L.5132-5), CDI inclusion for people of 57 and more (art. L.5132-5 and
 *   L.5132-15-1-1, loi 2020-1577);
 * - ETTI: contrat de mission (art. L.5132-6);
 * - AI: mise à disposition (art. L.5132-7; annexe 4 §2.2.8) — only an AI records one;
 * - EITI: the person works as an independent with the EITI's accompaniment (loi 2018-771, art. 83); the platform
 *   records that accompaniment as a CDDI, its only contract kind (no mission, no mise à disposition).
 */
export const CONTRACT_KINDS_BY_SIAE_KIND: Readonly<Record<SiaeKind, readonly ContractKind[]>> = {
  ACI: ['CDDI', 'CDI_INCLUSION'],
  EI: ['CDDI', 'CDI_INCLUSION'],
  ETTI: ['MISSION_ETTI'],
  AI: ['MISE_A_DISPOSITION_AI'],
  EITI: ['CDDI'],
};

export const CONTRACT_KIND_LABELS: Readonly<Record<ContractKind, string>> = {
  CDDI: 'CDD d’insertion (CDDI)',
  CDI_INCLUSION: 'CDI inclusion',
  MISSION_ETTI: 'Mission d’intérim d’insertion',
  MISE_A_DISPOSITION_AI: 'Mise à disposition (association intermédiaire)',
};

/** Longest parcours under one agrément: 60 months, prolongations included (annexe 4 §2.2.6 "soixante mois"). */
export const MAX_PARCOURS_MONTHS = 60;

export interface ContractFacts {
  readonly kind: ContractKind;
  readonly startOn: IsoDate;
  readonly endOn?: IsoDate | null;
}

/**
 * A contract's kind fits its SIAE (CONTRACT_KINDS_BY_SIAE_KIND), its dates are in order and it ends within 60 months of
 * its start: no contract under an agrément outlasts the longest agrément (annexe 4 §2.1 24 months, §2.2.6 "dans la
 * limite de soixante mois") — an end in 9999 is a typing slip.
 */
export function validateContract(
  siaeKind: SiaeKind,
  contract: ContractFacts,
): Result<ContractFacts, RealityRefusalCode> {
  const kinds = CONTRACT_KINDS_BY_SIAE_KIND[siaeKind];
  if (!kinds.includes(contract.kind)) {
    return refuse(
      contract.kind === 'MISE_A_DISPOSITION_AI' ? 'AI_PLACEMENT_NOT_AI' : 'CONTRACT_KIND_NOT_FOR_SIAE',
      contract.kind === 'MISE_A_DISPOSITION_AI'
        ? 'Seule une association intermédiaire enregistre une mise à disposition (annexe 4 §2.2.8).'
        : `Une structure de type ${siaeKind} ne signe pas de contrat « ${CONTRACT_KIND_LABELS[contract.kind]} » : ${kinds.map((k) => CONTRACT_KIND_LABELS[k]).join(', ')}.`,
    );
  }
  const period = validateContractPeriod(contract.startOn, contract.endOn);
  return period.ok ? ok(contract) : period;
}

/** The dates of a contract, planned (in a request) or signed: in order, and ending within 60 months of the start. */
export function validateContractPeriod(
  startOn: IsoDate,
  endOn: IsoDate | null | undefined,
): Result<true, RealityRefusalCode> {
  if (endOn != null) {
    if (compareIsoDates(endOn, startOn) < 0) {
      return refuse(
        'CONTRACT_DATES_OUT_OF_ORDER',
        `La fin du contrat (${fr(endOn)}) précède son début (${fr(startOn)}).`,
      );
    }
    const latest = addDays(addMonths(startOn, MAX_PARCOURS_MONTHS), -1);
    if (compareIsoDates(endOn, latest) > 0) {
      return refuse(
        'CONTRACT_TOO_LONG',
        `La fin du contrat (${fr(endOn)}) dépasse ${MAX_PARCOURS_MONTHS} mois, la durée maximale d’un parcours (annexe 4 §2.2.6) : au plus tard le ${fr(latest)}.`,
      );
    }
  }
  return ok(true);
}

// AI mises à disposition (annexe 4 §2.2.8) ---------------------------------------------------------------------------

/** Legal maximum of working hours in one week (Code du travail, art. L.3121-20: 48 hours). */
export const MAX_WEEKLY_HOURS = 48;

export interface AiPlacementFacts {
  readonly sector: AiSector | null | undefined;
  readonly hours: number | null | undefined;
  readonly startOn: IsoDate;
  readonly endOn?: IsoDate | null;
  /** Hours of the person's other mises à disposition in the secteur marchand in the 2 years up to this one. */
  readonly marchandHoursBefore: number;
}

/**
 * One mise à disposition by an AI (annexe 4 §2.2.8: "l'agrément est obligatoire uniquement pour les personnes mises à
 * disposition dans une entreprise en secteur dit marchand pour des missions comprises entre 16 et 480 heures sur 2
 * ans"):
 * - sector and hours given, hours a whole number of at least 1 — AI_PLACEMENT_INCOMPLETE, AI_HOURS_OUT_OF_BOUNDS;
 * - no more hours than the weeks of the mission allow (48 hours a week, art. L.3121-20) — AI_HOURS_OUT_OF_BOUNDS;
 * - secteur marchand: at most 480 hours over 2 years, this one included; beyond, the mise à disposition is outside
 *   the frame of §2.2.8 (the ceiling of AI mises à disposition in entreprises) — AI_HOURS_BEYOND_480.
 * Under 16 hours (either sector) the mise à disposition needs no agrément, but may be recorded under one.
 */
export function validateAiPlacement(
  p: AiPlacementFacts,
): Result<{ sector: AiSector; hours: number }, RealityRefusalCode> {
  if (p.sector == null || p.hours == null) {
    return refuse(
      'AI_PLACEMENT_INCOMPLETE',
      'Une mise à disposition précise le secteur (marchand ou non) et le nombre d’heures (annexe 4 §2.2.8).',
    );
  }
  if (!Number.isInteger(p.hours) || p.hours < 1) {
    return refuse('AI_HOURS_OUT_OF_BOUNDS', 'Nombre d’heures de la mise à disposition : un nombre entier, au moins 1.');
  }
  if (p.endOn != null && compareIsoDates(p.endOn, p.startOn) >= 0) {
    const weeks = Math.ceil(daysInclusive(p.startOn, p.endOn) / 7);
    if (p.hours > weeks * MAX_WEEKLY_HOURS) {
      return refuse(
        'AI_HOURS_OUT_OF_BOUNDS',
        `${p.hours} heures du ${fr(p.startOn)} au ${fr(p.endOn)} : au plus ${weeks * MAX_WEEKLY_HOURS} heures (${MAX_WEEKLY_HOURS} heures par semaine).`,
      );
    }
  }
  // The ceiling in force on the day the mise à disposition starts (AI_APPROVAL_HOURS_RULE).
  const maxHours = aiApprovalHoursOn(p.startOn).maxHoursOverTwoYears;
  if (p.sector === 'MARCHAND' && p.marchandHoursBefore + p.hours > maxHours) {
    return refuse(
      'AI_HOURS_BEYOND_480',
      `En secteur marchand, les mises à disposition d’une personne sont limitées à ${maxHours} heures sur 2 ans (annexe 4 §2.2.8) : ${p.marchandHoursBefore} heures déjà enregistrées, ${p.hours} demandées.`,
    );
  }
  return ok({ sector: p.sector, hours: p.hours });
}

// Exit ----------------------------------------------------------------------------------------------------------------

export interface ContractPeriod {
  readonly startOn: IsoDate;
  /** Planned end; null for an open-ended contract. */
  readonly endOn?: IsoDate | null;
}

/**
 * A sortie (fiche 7) is a fact: it is recorded once it happened, and it ends a parcours, i.e. a contract of the SIAE
 * under the agrément (annexe 4 §2.1: the parcours opens with "la première embauche dans la structure").
 * - not after today — EXIT_IN_FUTURE;
 * - the SIAE has a contract under the agrément — EXIT_WITHOUT_CONTRACT;
 * - not before the first of those contracts starts — EXIT_BEFORE_CONTRACT.
 */
export function validateExitDate(
  exitOn: IsoDate,
  today: IsoDate,
  contracts: readonly ContractPeriod[],
): Result<IsoDate, RealityRefusalCode> {
  if (compareIsoDates(exitOn, today) > 0) {
    return refuse(
      'EXIT_IN_FUTURE',
      `La date de sortie (${fr(exitOn)}) est dans le futur : une sortie s’enregistre le jour où elle a lieu, ou après.`,
    );
  }
  if (contracts.length === 0) {
    return refuse(
      'EXIT_WITHOUT_CONTRACT',
      'Aucun contrat n’est enregistré pour ce parcours dans votre structure : il n’y a pas de sortie à enregistrer.',
    );
  }
  const first = minIsoDate(...(contracts.map((c) => c.startOn) as [IsoDate, ...IsoDate[]]));
  if (compareIsoDates(exitOn, first) < 0) {
    return refuse(
      'EXIT_BEFORE_CONTRACT',
      `La date de sortie (${fr(exitOn)}) précède le début du premier contrat (${fr(first)}).`,
    );
  }
  return ok(exitOn);
}

// Tripartite interview (fiche 7) --------------------------------------------------------------------------------------

export interface InterviewFacts {
  /** Day the interview was held. */
  readonly heldOn: IsoDate;
  readonly today: IsoDate;
  /** The SIAE's contracts under the agrément. */
  readonly contracts: readonly ContractPeriod[];
  /** Current end of the agrément. */
  readonly approvalEndOn: IsoDate;
  /** Days of the interviews already recorded on the agrément. */
  readonly interviewsHeldOn: readonly IsoDate[];
}

/**
 * Recording a tripartite interview held (accord, fiche 7: "entretiens tripartites, 2 à 3 mois avant la fin du contrat
 * ou de l'agrément"). The interview prepares the end of the parcours: the earlier of the end of the contract in
 * progress on that day (the latest one for open-ended ones) and of the agrément.
 * - held, so not after today — INTERVIEW_IN_FUTURE (an interview to come is planned, and recorded once held);
 * - during a contract: on or after the start of the first contract — INTERVIEW_BEFORE_CONTRACT;
 * - not before its window opens (3 months before that end) — INTERVIEW_TOO_EARLY;
 * - not after that end — INTERVIEW_AFTER_END;
 * - once per end: an interview already held since the window opened — INTERVIEW_ALREADY_RECORDED.
 * Returns the end it prepares.
 */
export function validateExitInterview(f: InterviewFacts): Result<{ endOn: IsoDate }, RealityRefusalCode> {
  if (compareIsoDates(f.heldOn, f.today) > 0) {
    return refuse(
      'INTERVIEW_IN_FUTURE',
      `L’entretien du ${fr(f.heldOn)} n’a pas encore eu lieu : planifiez-le, puis enregistrez-le une fois tenu.`,
    );
  }
  const started = f.contracts.filter((c) => compareIsoDates(c.startOn, f.heldOn) <= 0);
  if (started.length === 0) {
    return refuse(
      'INTERVIEW_BEFORE_CONTRACT',
      `Le ${fr(f.heldOn)}, aucun contrat n’avait commencé : l’entretien tripartite a lieu pendant le parcours (fiche 7).`,
    );
  }
  const running = started.filter((c) => c.endOn == null || compareIsoDates(c.endOn, f.heldOn) >= 0);
  const contractEnd =
    running.length === 0 || running.some((c) => c.endOn == null)
      ? null
      : running
          .map((c) => c.endOn!)
          .sort(compareIsoDates)
          .at(-1)!;
  const endOn = contractEnd == null ? f.approvalEndOn : minIsoDate(contractEnd, f.approvalEndOn);
  if (running.length === 0 && compareIsoDates(f.heldOn, f.approvalEndOn) > 0) {
    return refuse(
      'INTERVIEW_AFTER_END',
      `L’entretien du ${fr(f.heldOn)} suit la fin de l’agrément (${fr(f.approvalEndOn)}).`,
    );
  }
  const window = exitInterviewWindow(endOn);
  if (compareIsoDates(f.heldOn, window.from) < 0) {
    return refuse(
      'INTERVIEW_TOO_EARLY',
      `L’entretien tripartite a lieu 2 à 3 mois avant la fin du contrat ou de l’agrément (fiche 7), ici du ${fr(window.from)} au ${fr(window.to)} (fin le ${fr(endOn)}).`,
    );
  }
  if (compareIsoDates(f.heldOn, endOn) > 0) {
    return refuse('INTERVIEW_AFTER_END', `L’entretien du ${fr(f.heldOn)} suit la fin qu’il prépare (${fr(endOn)}).`);
  }
  const done = f.interviewsHeldOn.find((d) => compareIsoDates(d, window.from) >= 0 && compareIsoDates(d, endOn) <= 0);
  if (done) {
    return refuse(
      'INTERVIEW_ALREADY_RECORDED',
      `L’entretien tripartite préparant la fin du ${fr(endOn)} est déjà enregistré (tenu le ${fr(done)}).`,
    );
  }
  return ok({ endOn });
}

export interface InterviewPlanFacts {
  /** Day the interview is planned for. */
  readonly plannedOn: IsoDate;
  readonly today: IsoDate;
  /** The SIAE's contracts under the agrément, those to come included. */
  readonly contracts: readonly ContractPeriod[];
  /** Current end of the agrément. */
  readonly approvalEndOn: IsoDate;
  /** Days of the interviews already recorded on the agrément. */
  readonly interviewsHeldOn: readonly IsoDate[];
}

/**
 * Planning a tripartite interview ahead (accord, fiche 7: "entretiens tripartites, 2 à 3 mois avant la fin du contrat
 * ou de l'agrément"): the SIAE fixes the day with the salarié and the référent, then records it once held
 * (validateExitInterview). A contract that starts next week can have its interview planned today.
 * - today or later — INTERVIEW_PLANNED_IN_PAST (an interview already held is recorded, with its bilan);
 * - during the parcours: the SIAE has a contract under the agrément and the day is not before the first one starts —
 *   INTERVIEW_BEFORE_CONTRACT;
 * - then the rules of a held interview, judged on the planned day: in the window of the end it prepares
 *   (INTERVIEW_TOO_EARLY), not after that end (INTERVIEW_AFTER_END), not already held for that end
 *   (INTERVIEW_ALREADY_RECORDED).
 * Returns the end it prepares.
 */
export function validateExitInterviewPlan(f: InterviewPlanFacts): Result<{ endOn: IsoDate }, RealityRefusalCode> {
  if (compareIsoDates(f.plannedOn, f.today) < 0) {
    return refuse(
      'INTERVIEW_PLANNED_IN_PAST',
      `Le ${fr(f.plannedOn)} est passé : un entretien déjà tenu s’enregistre avec son bilan, il ne se planifie pas.`,
    );
  }
  if (f.contracts.length === 0) {
    return refuse(
      'INTERVIEW_BEFORE_CONTRACT',
      'Aucun contrat n’est enregistré pour ce parcours dans votre structure : enregistrez d’abord le contrat, puis planifiez l’entretien.',
    );
  }
  const first = minIsoDate(...(f.contracts.map((c) => c.startOn) as [IsoDate, ...IsoDate[]]));
  if (compareIsoDates(f.plannedOn, first) < 0) {
    return refuse(
      'INTERVIEW_BEFORE_CONTRACT',
      `L’entretien ne peut pas être prévu le ${fr(f.plannedOn)}, avant le début du contrat (${fr(first)}) : l’entretien tripartite a lieu pendant le parcours (fiche 7).`,
    );
  }
  return validateExitInterview({
    heldOn: f.plannedOn,
    today: f.plannedOn,
    contracts: f.contracts,
    approvalEndOn: f.approvalEndOn,
    interviewsHeldOn: f.interviewsHeldOn,
  });
}

// Suspension reasons (annexe 4 §2.2.4) --------------------------------------------------------------------------------

/**
 * accord, annexe 4 §2.2.4: "Les motifs de suspension d'agrément, comme les modalités de mise en oeuvre, sont précisés
 * dans la circulaire du 3 octobre 2003 et/ou peuvent faire l'objet d'un accord en CTA." The seed does not reproduce
 * them: the list below is the circulaire DGEFP n° 2003-24 du 3 octobre 2003's, as the platform reads it, with the
 * CTA's own cases as the last entry.
 */
export const SUSPENSION_REASONS = [
  { code: 'SICKNESS', label: 'Arrêt de travail pour maladie' },
  { code: 'MATERNITY', label: 'Congé de maternité' },
  { code: 'INCARCERATION', label: 'Incarcération' },
  { code: 'TRIAL_OUTSIDE_IAE', label: 'Période d’essai chez un employeur hors IAE' },
  { code: 'FIXED_TERM_OUTSIDE_IAE', label: 'Contrat de travail à durée déterminée hors IAE' },
  { code: 'TRAINING', label: 'Formation hors contrat de travail' },
  { code: 'DETOXIFICATION', label: 'Cure de désintoxication' },
  { code: 'FORCE_MAJEURE', label: 'Force majeure conduisant la personne à quitter son emploi' },
  { code: 'CTA_AGREEMENT', label: 'Autre situation reconnue par un accord en CTA' },
] as const;
export type SuspensionReasonCode = (typeof SUSPENSION_REASONS)[number]['code'];
export const SUSPENSION_REASON_CODES: readonly SuspensionReasonCode[] = SUSPENSION_REASONS.map((r) => r.code);

export function validateSuspensionReason(
  code: string | null | undefined,
): Result<SuspensionReasonCode, RealityRefusalCode> {
  const known = SUSPENSION_REASONS.find((r) => r.code === code);
  if (!known) {
    return refuse(
      'SUSPENSION_REASON_UNKNOWN',
      'Choisissez le motif de la suspension dans la liste (annexe 4 §2.2.4, circulaire du 3 octobre 2003).',
    );
  }
  return ok(known.code);
}

// Extension look-up (annexe 4 §2.2.5) ---------------------------------------------------------------------------------

/** Letters of the surname the new employer gives with the number and birth date (see surnameKey). */
export const SURNAME_KEY_LENGTH = 3;

/**
 * The first letters of a surname, as typed from an ID or a payslip: accents, case, spaces, hyphens and apostrophes
 * ignored ("Lefèvre-Dupont" and "LEFEVRE" give "LEF"). The new employer has the person's name (it hires them, annexe 4
 * §2.2.5 "un nouveau contrat de travail signé par une autre SIAE"); someone who only has a number does not.
 */
export function surnameKey(surname: string, length = SURNAME_KEY_LENGTH): string {
  return surname
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/Œ/g, 'OE')
    .replace(/Æ/g, 'AE')
    .replace(/[^A-Z]/g, '')
    .slice(0, length);
}

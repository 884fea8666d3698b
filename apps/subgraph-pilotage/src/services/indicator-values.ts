// How each computable indicator of annexe 1 is made from the measures read in the reporting views, and how a cell is
// published: as is inside a structure, with the secret statistique outside (DESIGN §4). Pure: no I/O.
import { INDICATORS, type Indicator, type SiaeKind } from '@navette/domain';

/** What the reporting views give, per cell (département, SIAE kind) and period. */
export const MEASURES = [
  'approvalRefusals',
  'suspensions',
  'prolongations',
  'extensions',
  'hiringRefusals',
  'orientedByPoleEmploi',
  'trainingHours',
  'trainedPeople',
  'immersions',
  'employmentServices',
  'inWorkFollowUps',
  'poes',
  'jobOffers',
  'agreementsSigned',
  'siaeWithAgreementInForce',
  'siae',
  'siaeWithReferent',
  'operationalCtas',
  'ctaMeetings',
  'minutesSentToCdiae',
  'habilitatedPrescribers',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Partial<Record<Measure, number>>;

export type Formula =
  | { readonly kind: 'count'; readonly of: Measure }
  | { readonly kind: 'hoursAndPeople'; readonly hours: Measure; readonly people: Measure }
  | { readonly kind: 'rate'; readonly numerator: Measure; readonly denominator: Measure };

export interface Computation {
  readonly formula: Formula;
  /** How to read the figures (French, shown with the indicator). */
  readonly note?: string;
}

const count = (of: Measure): Formula => ({ kind: 'count', of });

/**
 * Every indicator the domain marks computable, and how. Dates place each fact in the period (accord, annexe 1: "par
 * département et type de SIAE", per period); the definitions shown to users are those of @navette/domain.
 */
export const COMPUTATIONS: Readonly<Record<string, Computation>> = {
  F2_HABILITATED_PRESCRIBERS_LIST: {
    formula: count('habilitatedPrescribers'),
    note: 'Nombre de prescripteurs habilités par le préfet au dernier jour de la période ; la liste nominative est dans l’annuaire.',
  },
  F2_SIAE_WITH_PE_REFERENT_RATE: {
    formula: { kind: 'rate', numerator: 'siaeWithReferent', denominator: 'siae' },
    note: 'Situation actuelle de l’annuaire : l’historique des désignations de référents n’est pas conservé, la valeur ne dépend donc pas de la période. Les noms des référents sont dans l’annuaire.',
  },
  F4_SIAE_JOB_OFFERS: { formula: count('jobOffers'), note: 'Par date de dépôt à Pôle emploi.' },
  F4_APPROVAL_REFUSALS: {
    formula: count('approvalRefusals'),
    note: 'Toutes demandes (initiale, extension, prolongation, renouvellement, suspension), par date de décision ; un refus annulé sur recours n’est pas compté.',
  },
  F4_HIRING_REFUSALS: { formula: count('hiringRefusals'), note: 'Par date du refus.' },
  F4_CANDIDATES_ORIENTED_BY_PE: { formula: count('orientedByPoleEmploi'), note: 'Prescriptions de Pôle emploi, par date d’envoi.' },
  F5_PE_SERVICES: { formula: count('employmentServices'), note: 'Par date de la prestation, suivis dans l’emploi compris.' },
  F5_PMSMP: { formula: count('immersions'), note: 'Par date de début.' },
  F5_PROLONGATIONS: { formula: count('prolongations'), note: 'Par date de début de la prolongation.' },
  F5_SUSPENSIONS: { formula: count('suspensions'), note: 'Par date de début de la suspension.' },
  F5_EXTENSIONS: { formula: count('extensions'), note: 'Par date de début du contrat dans la nouvelle SIAE.' },
  F5_LOCAL_AGREEMENTS_RATE: {
    formula: { kind: 'rate', numerator: 'siaeWithAgreementInForce', denominator: 'siae' },
    note: 'SIAE ayant une convention de coopération locale signée et en vigueur au dernier jour de la période, rapportées aux SIAE actuellement dans l’annuaire.',
  },
  F6_TRAINING_HOURS: {
    formula: { kind: 'hoursAndPeople', hours: 'trainingHours', people: 'trainedPeople' },
    note: 'Formations terminées pendant la période, heures comptées en entier ; une personne formée dans deux types de SIAE compte dans chacun.',
  },
  F7_POE: { formula: count('poes'), note: 'Par date de début.' },
  F7_IN_WORK_FOLLOW_UP_SERVICES: { formula: count('inWorkFollowUps'), note: 'Par date de la prestation.' },
  F8_OPERATIONAL_CTA: { formula: count('operationalCtas'), note: 'CTA ayant tenu au moins une réunion pendant la période.' },
  F8_CTA_MEETINGS: { formula: count('ctaMeetings'), note: 'Réunions tenues pendant la période.' },
  F8_MINUTES_SENT_TO_CDIAE: { formula: count('minutesSentToCdiae'), note: 'Par date de transmission au CDIAE.' },
  ART2_LOCAL_AGREEMENTS_SIGNED: { formula: count('agreementsSigned'), note: 'Conventions signées pendant la période (date de la seconde signature).' },
};

/** The measures a formula reads. */
export function measuresOf(formula: Formula): Measure[] {
  switch (formula.kind) {
    case 'count':
      return [formula.of];
    case 'hoursAndPeople':
      return [formula.hours, formula.people];
    case 'rate':
      return [formula.numerator, formula.denominator];
  }
}

/** Percentage with one decimal; null when there is nothing to divide by. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 1000) / denominator) / 10;
}

export interface PublishedValue {
  value: number | null;
  people: number | null;
  masked: boolean;
}

/**
 * The measures that count people, or what happened to people (a refusal, a suspension, a training…): published outside
 * a structure under the secret statistique (DESIGN §4). The others count organisations, offers, meetings,
 * conventions or référents, which identify nobody: published as they are (issue 13 §6).
 */
export const PEOPLE_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  'approvalRefusals',
  'suspensions',
  'prolongations',
  'extensions',
  'hiringRefusals',
  'orientedByPoleEmploi',
  'trainedPeople',
  'immersions',
  'employmentServices',
  'inWorkFollowUps',
  'poes',
]);

/** The count of people that decides whether a cell may be published outside a structure; null when it counts none. */
export function peopleCountOf(formula: Formula): Measure | null {
  switch (formula.kind) {
    case 'count':
      return PEOPLE_MEASURES.has(formula.of) ? formula.of : null;
    case 'hoursAndPeople':
      return formula.people;
    case 'rate':
      return [formula.numerator, formula.denominator].find((m) => PEOPLE_MEASURES.has(m)) ?? null;
  }
}

/**
 * The value of a formula on a cell's measures, or nothing when the cell is masked (the secret statistique decides it
 * over the whole table: @navette/domain suppressTable).
 */
export function publish(formula: Formula, measures: Measures, masked: boolean): PublishedValue {
  if (masked) return { value: null, people: null, masked: true };
  const get = (m: Measure) => measures[m] ?? 0;
  switch (formula.kind) {
    case 'count':
      return { value: get(formula.of), people: null, masked: false };
    case 'hoursAndPeople':
      return { value: get(formula.hours), people: get(formula.people), masked: false };
    case 'rate':
      return { value: percent(get(formula.numerator), get(formula.denominator)), people: null, masked: false };
  }
}

/** Whether a computable indicator is broken down by SIAE kind (its dimensions in @navette/domain). */
export const bySiaeKind = (indicator: Indicator) => indicator.dimensions.includes('SIAE_KIND');

/** Computable indicators of the domain that this subgraph cannot compute (expected: none; tested). */
export const UNCOMPUTED = INDICATORS.filter((i) => i.computable && !COMPUTATIONS[i.id]).map((i) => i.id);

export const SIAE_KIND_ORDER: readonly SiaeKind[] = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'];

/**
 * The measures behind the computable indicators of annexe 1 (accord, annexe 1: "par département et type de SIAE", per
 * period), stated once, as data: which facts a measure reads (a reporting view: one row per request, event, training…),
 * which of them it counts, which date places a fact in the period (or on which day a state is read), whether it counts
 * people (the secret statistique applies: DESIGN §4, issue 13 §6) and its dimensions.
 *
 * One definition, three readings (issue 13 §4):
 * - the pilotage subgraph builds its SQL over the reporting views from these specs (conditions, dates, aggregates:
 *   apps/subgraph-pilotage/src/services/indicator-sources.ts);
 * - the live totals kept by triggers (migrations 0013, 0014: `reporting.<table>_measures`) hold the `live` ones for the
 *   region; their SQL is checked, not generated (a trigger lives in a migration);
 * - `evaluateMeasure` below is the plain reading of a spec over facts in memory, the reference a drift test
 *   (apps/subgraph-pilotage/src/services/indicator-drift.integration.test.ts) compares both SQL paths with, on facts
 *   written to a real database: a drift fails the build.
 * Pure: no I/O.
 */
import { habilitationSpansOf, type HabilitationDecision } from './habilitation.js';
import { compareIsoDates, isWithin, type IsoDate } from './iso-date.js';
import type { SiaeKind } from './siae.js';

/** A fact's cell: where (département) and with which kind of SIAE it happened. */
interface Cell {
  readonly departementCode: string;
  readonly siaeKind: SiaeKind;
}

/**
 * The facts each source gives, one row each (the columns of the reporting views of migrations 0005 and 0007, or the
 * directory table, under their names in code). Dates are days in France.
 */
export interface MeasureFacts {
  /** parcours.approval_requests (annexe 4 §2.2.2-2.2.3). */
  readonly approvalRequests: readonly (Cell & {
    readonly status: 'PENDING' | 'GRANTED' | 'REFUSED' | 'TACITLY_GRANTED' | 'CLOSED';
    readonly receivedOn: IsoDate;
    readonly decidedOn: IsoDate | null;
    readonly appealStatus: 'PENDING' | 'UPHELD' | 'DISMISSED' | null;
    readonly refusalReason: string | null;
  })[];
  /** parcours.approval_events: suspensions, prolongations, extensions granted (annexe 4 §2.2.4-2.2.6). */
  readonly approvalEvents: readonly (Cell & {
    readonly kind: 'SUSPENSION' | 'PROLONGATION' | 'EXTENSION';
    readonly startOn: IsoDate;
  })[];
  /** parcours.prescriptions with the kind of their prescripteur (fiche 4). */
  readonly prescriptions: readonly (Cell & {
    readonly status: 'SENT' | 'SEEN' | 'ACCEPTED' | 'REFUSED' | 'WITHDRAWN' | 'HIRED';
    readonly prescriberKind: 'POLE_EMPLOI' | 'MISSION_LOCALE' | 'CAP_EMPLOI' | 'HABILITE';
    /** Day in France it was sent. */
    readonly sentOn: IsoDate;
    /** Day in France of its last change of status (a refusal: the day of the refusal). */
    readonly updatedOn: IsoDate;
  })[];
  /** formation.training_records (fiche 6). */
  readonly trainingRecords: readonly (Cell & {
    readonly personId: string;
    readonly hours: number;
    readonly endOn: IsoDate;
  })[];
  /** formation.immersions: PMSMP (fiche 5). */
  readonly immersions: readonly (Cell & { readonly startOn: IsoDate })[];
  /** formation.service_uses: prestations Pôle emploi (fiches 5, 7). */
  readonly serviceUses: readonly (Cell & { readonly usedOn: IsoDate; readonly inWorkFollowUp: boolean })[];
  /** formation.poes (fiche 7). */
  readonly poes: readonly (Cell & { readonly startOn: IsoDate })[];
  /** structures.job_offers (fiche 4). */
  readonly jobOffers: readonly (Cell & { readonly depositedAtPoleEmploiOn: IsoDate | null })[];
  /** structures.cooperation_agreements (article 2, fiche 5). */
  readonly cooperationAgreements: readonly (Cell & {
    readonly siaeId: string;
    readonly status: 'DRAFT' | 'SIGNED' | 'EXPIRED' | 'TERMINATED';
    readonly startOn: IsoDate;
    readonly endOn: IsoDate | null;
    readonly signedOn: IsoDate | null;
    readonly terminatedOn: IsoDate | null;
  })[];
  /**
   * parcours.pole_emploi_registrations with the dates of their agrément (fiches 5 and 7): the situation recorded at
   * each checkpoint, on the day of the record in France.
   */
  readonly poleEmploiRegistrations: readonly (Cell & {
    readonly checkpoint: 'DURING_PARCOURS' | 'SIX_MONTHS_AFTER_END';
    readonly registered: boolean;
    readonly checkedOn: IsoDate;
    readonly approvalStartOn: IsoDate;
    readonly approvalEndOn: IsoDate;
  })[];
  /** structures.siaes with their référent (fiche 2). */
  readonly siaes: readonly (Cell & { readonly hasReferent: boolean })[];
  /** pilotage.cta_meetings (fiche 8): a CTA belongs to a département, to no SIAE kind. */
  readonly ctaMeetings: readonly {
    readonly departementCode: string;
    readonly ctaId: string;
    readonly heldOn: IsoDate;
    readonly minutesSentToCdiaeOn: IsoDate | null;
  }[];
  /** pilotage.accord_presentations (fiche 3): presentations of the accord in a CDIAE, by département and day. */
  readonly accordPresentations: readonly { readonly departementCode: string; readonly presentedOn: IsoDate }[];
  /**
   * structures.prescriber_organisations (fiche 2): no SIAE kind. `decisions`: the préfet's decisions on its
   * habilitation, in order (structures.habilitation_decisions, or the directory's period taken as a first grant when
   * none was recorded: decisionsWithLegacyPeriod).
   */
  readonly prescriberOrganisations: readonly {
    readonly departementCode: string;
    readonly kind: 'POLE_EMPLOI' | 'MISSION_LOCALE' | 'CAP_EMPLOI' | 'HABILITE';
    readonly decisions: readonly HabilitationDecision[];
  }[];
}

export type FactSource = keyof MeasureFacts;
export type FactRow<S extends FactSource> = MeasureFacts[S][number];
type Field<S extends FactSource> = keyof FactRow<S> & string;

/** The sources without a SIAE kind: their measures are by département only. */
export const SOURCES_WITHOUT_SIAE_KIND: ReadonlySet<FactSource> = new Set<FactSource>([
  'ctaMeetings',
  'accordPresentations',
  'prescriberOrganisations',
]);

/**
 * Which rows count. `equals`: the field has this value; `differsFrom`: it has another one or none (SQL `IS DISTINCT
 * FROM`); `present`: it has a value; `anyOf`: one of the conditions holds.
 */
export type MeasureCondition<S extends FactSource> =
  | { readonly field: Field<S>; readonly equals: string | boolean }
  | { readonly field: Field<S>; readonly differsFrom: string }
  | { readonly field: Field<S>; readonly present: true }
  | { readonly anyOf: readonly MeasureCondition<S>[] };

/** States read on one day (the last day of the period), each a rule of the domain below. */
export const STATE_RULES = [
  'cooperationAgreementInForce',
  'habilitatedByPrefet',
  'registrationKnownInParcours',
] as const;
export type StateRule = (typeof STATE_RULES)[number];

/**
 * How a period selects rows. `event`: the rows whose `date` falls in the period (both days included); `state`: the
 * rows for which the rule holds on the period's last day; `current`: the directory as it is now (no history kept).
 */
export type MeasurePeriod<S extends FactSource> =
  | { readonly kind: 'event'; readonly date: Field<S> }
  | { readonly kind: 'state'; readonly rule: StateRule }
  | { readonly kind: 'current' };

/** What is added up per cell: rows, a sum of a field, or the distinct values of a field. */
export type MeasureAggregate<S extends FactSource> =
  | { readonly kind: 'count' }
  | { readonly kind: 'sum'; readonly field: Field<S> }
  | { readonly kind: 'distinct'; readonly field: Field<S> };

export interface MeasureSpec<S extends FactSource> {
  readonly source: S;
  /** What it counts, in French (shown to whoever checks the figures). */
  readonly counts: string;
  readonly period: MeasurePeriod<S>;
  readonly where: readonly MeasureCondition<S>[];
  readonly aggregate: MeasureAggregate<S>;
  /**
   * Counts people, or what happened to people (a refusal, a suspension, a training…): published outside a structure
   * under the secret statistique. Organisations, offers, meetings, conventions and référents identify nobody.
   */
  readonly people: boolean;
  /**
   * Kept as live totals per day, month and year of each département × SIAE kind by the triggers of migration 0013
   * (name of the total = name of the measure; trainedPeople from two totals), read for the region.
   */
  readonly live: boolean;
}

/** A spec over any source. */
export type AnyMeasureSpec = { [S in FactSource]: MeasureSpec<S> }[FactSource];

const spec = <S extends FactSource>(s: MeasureSpec<S>): MeasureSpec<S> => s;
const COUNT = { kind: 'count' } as const;

/** The measures of the indicators (the names of their live totals, for the `live` ones). */
export const INDICATOR_MEASURE_SPECS = {
  approvalRefusals: spec({
    source: 'approvalRequests',
    counts: 'Demandes d’agrément refusées, à la date de la décision, sauf refus annulé sur recours (annexe 4 §2.2.3).',
    period: { kind: 'event', date: 'decidedOn' },
    where: [
      { field: 'status', equals: 'REFUSED' },
      { field: 'appealStatus', differsFrom: 'UPHELD' },
    ],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  suspensions: spec({
    source: 'approvalEvents',
    counts: 'Suspensions d’agrément, à leur date de début (annexe 4 §2.2.4).',
    period: { kind: 'event', date: 'startOn' },
    where: [{ field: 'kind', equals: 'SUSPENSION' }],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  prolongations: spec({
    source: 'approvalEvents',
    counts: 'Prolongations d’agrément, à leur date de début (annexe 4 §2.2.6).',
    period: { kind: 'event', date: 'startOn' },
    where: [{ field: 'kind', equals: 'PROLONGATION' }],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  extensions: spec({
    source: 'approvalEvents',
    counts: 'Extensions d’agrément, à la date de début du contrat dans la nouvelle SIAE (annexe 4 §2.2.5).',
    period: { kind: 'event', date: 'startOn' },
    where: [{ field: 'kind', equals: 'EXTENSION' }],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  hiringRefusals: spec({
    source: 'prescriptions',
    counts: 'Prescriptions refusées par la SIAE (refus motivé, fiche 4), au jour du refus en France.',
    period: { kind: 'event', date: 'updatedOn' },
    where: [{ field: 'status', equals: 'REFUSED' }],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  orientedByPoleEmploi: spec({
    source: 'prescriptions',
    counts: 'Prescriptions émises par Pôle emploi (fiche 4), au jour de l’envoi en France, quel que soit leur sort.',
    period: { kind: 'event', date: 'sentOn' },
    where: [{ field: 'prescriberKind', equals: 'POLE_EMPLOI' }],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  trainingHours: spec({
    source: 'trainingRecords',
    counts: 'Heures des formations terminées pendant la période, comptées en entier (fiche 6).',
    period: { kind: 'event', date: 'endOn' },
    where: [],
    aggregate: { kind: 'sum', field: 'hours' },
    people: false,
    live: true,
  }),
  trainedPeople: spec({
    source: 'trainingRecords',
    counts:
      'Personnes distinctes ayant terminé une formation pendant la période, par cellule : une personne formée dans deux cellules compte dans chacune (fiche 6).',
    period: { kind: 'event', date: 'endOn' },
    where: [],
    aggregate: { kind: 'distinct', field: 'personId' },
    people: true,
    live: true,
  }),
  immersions: spec({
    source: 'immersions',
    counts: 'PMSMP commencées pendant la période (fiche 5).',
    period: { kind: 'event', date: 'startOn' },
    where: [],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  employmentServices: spec({
    source: 'serviceUses',
    counts: 'Prestations Pôle emploi suivies pendant la période, suivis dans l’emploi compris (fiche 5).',
    period: { kind: 'event', date: 'usedOn' },
    where: [],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  inWorkFollowUps: spec({
    source: 'serviceUses',
    counts: 'Prestations de suivi dans l’emploi suivies pendant la période (fiche 7).',
    period: { kind: 'event', date: 'usedOn' },
    where: [{ field: 'inWorkFollowUp', equals: true }],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  poes: spec({
    source: 'poes',
    counts: 'Préparations opérationnelles à l’emploi commencées pendant la période (fiche 7).',
    period: { kind: 'event', date: 'startOn' },
    where: [],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  jobOffers: spec({
    source: 'jobOffers',
    counts: 'Offres d’emploi des SIAE déposées à Pôle emploi pendant la période (fiche 4).',
    period: { kind: 'event', date: 'depositedAtPoleEmploiOn' },
    where: [],
    aggregate: COUNT,
    people: false,
    live: false,
  }),
  agreementsSigned: spec({
    source: 'cooperationAgreements',
    counts: 'Conventions de coopération locale signées (seconde signature) pendant la période (article 2).',
    period: { kind: 'event', date: 'signedOn' },
    where: [],
    aggregate: COUNT,
    people: false,
    live: false,
  }),
  siaeWithAgreementInForce: spec({
    source: 'cooperationAgreements',
    counts:
      'SIAE ayant une convention de coopération locale signée et en vigueur le dernier jour de la période (fiche 5).',
    period: { kind: 'state', rule: 'cooperationAgreementInForce' },
    where: [],
    aggregate: { kind: 'distinct', field: 'siaeId' },
    people: false,
    live: false,
  }),
  siae: spec({
    source: 'siaes',
    counts: 'SIAE de l’annuaire, aujourd’hui (pas d’historique).',
    period: { kind: 'current' },
    where: [],
    aggregate: COUNT,
    people: false,
    live: false,
  }),
  siaeWithReferent: spec({
    source: 'siaes',
    counts: 'SIAE ayant un référent Pôle emploi désigné, aujourd’hui (fiche 2 ; pas d’historique).',
    period: { kind: 'current' },
    where: [{ field: 'hasReferent', equals: true }],
    aggregate: COUNT,
    people: false,
    live: false,
  }),
  operationalCtas: spec({
    source: 'ctaMeetings',
    counts: 'CTA ayant tenu au moins une réunion pendant la période (fiche 8).',
    period: { kind: 'event', date: 'heldOn' },
    where: [],
    aggregate: { kind: 'distinct', field: 'ctaId' },
    people: false,
    live: false,
  }),
  ctaMeetings: spec({
    source: 'ctaMeetings',
    counts: 'Réunions de CTA tenues pendant la période (fiche 8).',
    period: { kind: 'event', date: 'heldOn' },
    where: [],
    aggregate: COUNT,
    people: false,
    live: false,
  }),
  accordPresentations: spec({
    source: 'accordPresentations',
    counts: 'Présentations de l’accord en CDIAE enregistrées par les CDIAE pendant la période (fiche 3).',
    period: { kind: 'event', date: 'presentedOn' },
    where: [],
    aggregate: COUNT,
    people: false,
    live: false,
  }),
  minutesSentToCdiae: spec({
    source: 'ctaMeetings',
    counts: 'Comptes rendus de CTA transmis au CDIAE pendant la période (fiche 8).',
    period: { kind: 'event', date: 'minutesSentToCdiaeOn' },
    where: [],
    aggregate: COUNT,
    people: false,
    live: false,
  }),
  peopleInParcoursWithRegistrationKnown: spec({
    source: 'poleEmploiRegistrations',
    counts:
      'Personnes en parcours le dernier jour de la période (agrément en cours) dont la situation d’inscription à Pôle emploi est enregistrée à cette date (fiche 5).',
    period: { kind: 'state', rule: 'registrationKnownInParcours' },
    where: [{ field: 'checkpoint', equals: 'DURING_PARCOURS' }],
    aggregate: COUNT,
    people: true,
    live: false,
  }),
  peopleInParcoursRegistered: spec({
    source: 'poleEmploiRegistrations',
    counts:
      'Parmi elles, les personnes inscrites à Pôle emploi selon la dernière situation enregistrée (fiche 5 : « inscrire ou maintenir l’inscription »).',
    period: { kind: 'state', rule: 'registrationKnownInParcours' },
    where: [
      { field: 'checkpoint', equals: 'DURING_PARCOURS' },
      { field: 'registered', equals: true },
    ],
    aggregate: COUNT,
    people: true,
    live: false,
  }),
  registrationChecksAfterEnd: spec({
    source: 'poleEmploiRegistrations',
    counts: 'Situations relevées 6 mois après la fin de l’agrément, par date du relevé (fiche 7).',
    period: { kind: 'event', date: 'checkedOn' },
    where: [{ field: 'checkpoint', equals: 'SIX_MONTHS_AFTER_END' }],
    aggregate: COUNT,
    people: true,
    live: false,
  }),
  registeredAfterEnd: spec({
    source: 'poleEmploiRegistrations',
    counts: 'Parmi elles, les personnes inscrites à Pôle emploi (fiche 7).',
    period: { kind: 'event', date: 'checkedOn' },
    where: [
      { field: 'checkpoint', equals: 'SIX_MONTHS_AFTER_END' },
      { field: 'registered', equals: true },
    ],
    aggregate: COUNT,
    people: true,
    live: false,
  }),
  habilitatedPrescribers: spec({
    source: 'prescriberOrganisations',
    counts: 'Prescripteurs habilités par le préfet le dernier jour de la période (fiche 2).',
    period: { kind: 'state', rule: 'habilitatedByPrefet' },
    where: [],
    aggregate: COUNT,
    people: false,
    live: false,
  }),
} as const satisfies Record<string, AnyMeasureSpec>;

export type Measure = keyof typeof INDICATOR_MEASURE_SPECS;
export const MEASURES = Object.keys(INDICATOR_MEASURE_SPECS) as readonly Measure[];
export type Measures = Partial<Record<Measure, number>>;

/** The spec of a measure (typed loosely: for the readers that walk every measure). */
export const measureSpec = (measure: Measure): AnyMeasureSpec => INDICATOR_MEASURE_SPECS[measure];

/** The measures that count people (derived from the specs: one place to say it). */
export const PEOPLE_MEASURES: ReadonlySet<Measure> = new Set(MEASURES.filter((m) => measureSpec(m).people));

/** The measures kept as live totals (migration 0013), read for the region. */
export const LIVE_MEASURES: ReadonlySet<Measure> = new Set(MEASURES.filter((m) => measureSpec(m).live));

/** Whether a measure is broken down by SIAE kind (its source has one). */
export const measureHasSiaeKind = (measure: Measure): boolean =>
  !SOURCES_WITHOUT_SIAE_KIND.has(measureSpec(measure).source);

/**
 * The parcours statistics of the region (`approvalStatistics`, issue 5 §5) kept as live totals by migration 0014: each
 * request counts on the day it was received, for its status as stored. (The parcours subgraph moves a pending request
 * past its deadline from pending to tacitly granted when it reads them: annexe 4 §2.2.2.) Refusals by reason are
 * `requestsRefusedFor:<reason>`: REFUSED requests with that reason, received in the period, unless upheld on appeal.
 */
export const STATISTICS_MEASURE_SPECS = {
  requestsReceived: spec({
    source: 'approvalRequests',
    counts: 'Demandes d’agrément reçues pendant la période.',
    period: { kind: 'event', date: 'receivedOn' },
    where: [],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  requestsGranted: spec({
    source: 'approvalRequests',
    counts: 'Demandes reçues pendant la période, accordées (ou refusées puis accordées sur recours).',
    period: { kind: 'event', date: 'receivedOn' },
    where: [
      {
        anyOf: [
          { field: 'status', equals: 'GRANTED' },
          { field: 'appealStatus', equals: 'UPHELD' },
        ],
      },
    ],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  requestsRefused: spec({
    source: 'approvalRequests',
    counts: 'Demandes reçues pendant la période, refusées (sauf refus annulé sur recours).',
    period: { kind: 'event', date: 'receivedOn' },
    where: [
      { field: 'status', equals: 'REFUSED' },
      { field: 'appealStatus', differsFrom: 'UPHELD' },
    ],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  requestsTacitlyGranted: spec({
    source: 'approvalRequests',
    counts: 'Demandes reçues pendant la période, enregistrées comme acquises tacitement.',
    period: { kind: 'event', date: 'receivedOn' },
    where: [{ field: 'status', equals: 'TACITLY_GRANTED' }],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
  requestsPending: spec({
    source: 'approvalRequests',
    counts: 'Demandes reçues pendant la période, en attente de décision (telles qu’enregistrées).',
    period: { kind: 'event', date: 'receivedOn' },
    where: [{ field: 'status', equals: 'PENDING' }],
    aggregate: COUNT,
    people: true,
    live: true,
  }),
} as const satisfies Record<string, AnyMeasureSpec>;

export type StatisticsMeasure = keyof typeof STATISTICS_MEASURE_SPECS;

/** The live total of the refusals for one reason (migration 0014). */
export const refusedForMeasure = (reason: string): string => `requestsRefusedFor:${reason}`;
export const refusedForSpec = (reason: string): MeasureSpec<'approvalRequests'> =>
  spec({
    source: 'approvalRequests',
    counts: `Demandes reçues pendant la période, refusées pour le motif ${reason}.`,
    period: { kind: 'event', date: 'receivedOn' },
    // Like requestsRefused (a refusal overturned on appeal is not one), so that the reasons add up to the refusals: the
    // statistical secrecy protects the table with that equation (statistical-secrecy.ts).
    where: [
      { field: 'status', equals: 'REFUSED' },
      { field: 'appealStatus', differsFrom: 'UPHELD' },
      { field: 'refusalReason', equals: reason },
    ],
    aggregate: COUNT,
    people: true,
    live: true,
  });

// ---- The state rules ------------------------------------------------------------------------------------------------

/**
 * A convention was signed and in force on `day` (history read from its dates, whatever its status today): signed by
 * then, started, not ended, not terminated on or before that day (a terminated convention is no longer in force on
 * its termination day, as @navette/domain isCooperationAgreementInForce reads it today).
 */
export function wasCooperationAgreementInForce(agreement: FactRow<'cooperationAgreements'>, day: IsoDate): boolean {
  if (agreement.signedOn == null || compareIsoDates(agreement.signedOn, day) > 0) return false;
  if (!isWithin(day, agreement.startOn, agreement.endOn)) return false;
  if (agreement.terminatedOn != null) return compareIsoDates(agreement.terminatedOn, day) > 0;
  return agreement.status !== 'TERMINATED';
}

/**
 * Habilitated by the préfet on `day` (fiche 2; both days of the habilitation included), as the register of decisions
 * reads today: a span of the fold (habilitation.ts) holds that day. Decisions are appended, never changed, and a
 * withdrawal or a grant takes effect on its decision day at the earliest: a later decision leaves a past day as it was.
 */
export function wasHabilitatedByPrefet(organisation: FactRow<'prescriberOrganisations'>, day: IsoDate): boolean {
  return (
    organisation.kind === 'HABILITE' &&
    habilitationSpansOf(organisation.decisions).some((span) => isWithin(day, span.startOn, span.endOn))
  );
}

/**
 * A person in parcours on `day` whose registration status was recorded by then (fiche 5): their agrément runs on that
 * day (both days included) and the situation was recorded on or before it.
 */
export function wasRegistrationKnownInParcours(row: FactRow<'poleEmploiRegistrations'>, day: IsoDate): boolean {
  return isWithin(day, row.approvalStartOn, row.approvalEndOn) && compareIsoDates(row.checkedOn, day) <= 0;
}

const STATE_RULE_OF: Readonly<Record<StateRule, (row: never, day: IsoDate) => boolean>> = {
  cooperationAgreementInForce: wasCooperationAgreementInForce,
  habilitatedByPrefet: wasHabilitatedByPrefet,
  registrationKnownInParcours: wasRegistrationKnownInParcours,
};

// ---- The reference reading --------------------------------------------------------------------------------------------

function holds<S extends FactSource>(condition: MeasureCondition<S>, row: FactRow<S>): boolean {
  if ('anyOf' in condition) return condition.anyOf.some((c) => holds(c, row));
  const value = (row as Record<string, unknown>)[condition.field];
  if ('equals' in condition) return value === condition.equals;
  if ('differsFrom' in condition) return value !== condition.differsFrom;
  return value != null;
}

/** The key of a measure's cell: département, and SIAE kind when its source has one (`''` otherwise). */
export const measureCellKey = (departementCode: string, siaeKind: string | null): string =>
  `${departementCode}|${siaeKind ?? ''}`;

/**
 * The plain reading of a spec over facts in memory: the value of each cell (département × SIAE kind, or département)
 * over the period (both days included; a state is read on `period.to`). Cells with no counted row are absent.
 */
export function evaluateMeasure(
  measureSpecOf: AnyMeasureSpec,
  facts: Partial<MeasureFacts>,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): Map<string, number> {
  // Walked as plain records: the spec's field names are checked where the specs are written.
  type Row = Record<string, unknown>;
  const s = measureSpecOf as unknown as {
    source: FactSource;
    period: { kind: 'event'; date: string } | { kind: 'state'; rule: StateRule } | { kind: 'current' };
    where: readonly MeasureCondition<FactSource>[];
    aggregate: { kind: 'count' } | { kind: 'sum' | 'distinct'; field: string };
  };
  const rows = (facts[s.source] ?? []) as readonly Row[];
  const withKind = !SOURCES_WITHOUT_SIAE_KIND.has(s.source);
  const counted = new Map<string, Row[]>();
  for (const row of rows) {
    const p = s.period;
    if (p.kind === 'event') {
      const date = row[p.date] as IsoDate | null;
      if (date == null || !isWithin(date, period.from, period.to)) continue;
    } else if (p.kind === 'state') {
      if (!(STATE_RULE_OF[p.rule] as (r: Row, d: IsoDate) => boolean)(row, period.to)) continue;
    }
    if (!s.where.every((c) => holds(c, row as never))) continue;
    const key = measureCellKey(String(row['departementCode']), withKind ? String(row['siaeKind']) : null);
    counted.set(key, [...(counted.get(key) ?? []), row]);
  }
  const values = new Map<string, number>();
  for (const [key, cellRows] of counted) {
    const a = s.aggregate;
    values.set(
      key,
      a.kind === 'count'
        ? cellRows.length
        : a.kind === 'sum'
          ? cellRows.reduce((n, row) => n + Number(row[a.field]), 0)
          : new Set(cellRows.map((row) => row[a.field])).size,
    );
  }
  return values;
}

// ---- How each computable indicator is made from the measures ----------------------------------------------------------

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
 * Every indicator of INDICATORS marked computable, and how (accord, annexe 1; the fiches and article 2 for the three
 * the table omits). A computable indicator without one, or one here that is not computable, fails the domain's tests.
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
  F4_CANDIDATES_ORIENTED_BY_PE: {
    formula: count('orientedByPoleEmploi'),
    note: 'Prescriptions de Pôle emploi, par date d’envoi.',
  },
  F5_PEOPLE_REGISTERED_AT_PE_RATE: {
    formula: {
      kind: 'rate',
      numerator: 'peopleInParcoursRegistered',
      denominator: 'peopleInParcoursWithRegistrationKnown',
    },
    note: 'Personnes en parcours au dernier jour de la période dont la situation est enregistrée par la SIAE ou l’agence ; la dernière situation enregistrée fait foi (pas d’historique).',
  },
  F5_PE_SERVICES: {
    formula: count('employmentServices'),
    note: 'Par date de la prestation, suivis dans l’emploi compris.',
  },
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
  F7_REGISTERED_AT_PE_6_MONTHS_AFTER_RATE: {
    formula: { kind: 'rate', numerator: 'registeredAfterEnd', denominator: 'registrationChecksAfterEnd' },
    note: 'Situations relevées par l’agence 6 mois après la fin de l’agrément, par date du relevé.',
  },
  F7_POE: { formula: count('poes'), note: 'Par date de début.' },
  F7_IN_WORK_FOLLOW_UP_SERVICES: { formula: count('inWorkFollowUps'), note: 'Par date de la prestation.' },
  F8_OPERATIONAL_CTA: {
    formula: count('operationalCtas'),
    note: 'CTA ayant tenu au moins une réunion pendant la période.',
  },
  F3_ACCORD_PRESENTATIONS: {
    formula: count('accordPresentations'),
    note: 'Présentations en CDIAE enregistrées par chaque CDIAE, par date de la séance ; les présentations en CTA ne sont pas encore enregistrées.',
  },
  F8_CTA_MEETINGS: { formula: count('ctaMeetings'), note: 'Réunions tenues pendant la période.' },
  F8_MINUTES_SENT_TO_CDIAE: { formula: count('minutesSentToCdiae'), note: 'Par date de transmission au CDIAE.' },
  ART2_LOCAL_AGREEMENTS_SIGNED: {
    formula: count('agreementsSigned'),
    note: 'Conventions signées pendant la période (date de la seconde signature).',
  },
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

/** Percentage with one decimal; null when there is nothing to divide by. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 1000) / denominator) / 10;
}

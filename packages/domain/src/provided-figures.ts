/**
 * Figures the platform does not hold (issue 18 §6): the indicators of annexe 1 that Navette cannot compute from its own
 * data are given by the provider the table names in its column "Fournisseurs des indicateurs" (UD Direccte, Pôle
 * emploi, réseaux IAE, comité régional de suivi…), entered one by one or imported (CSV), per département × SIAE kind ×
 * period, with the source and the figure's own reference date. The console shows them beside the computed ones, each
 * with its provenance and its freshness (annexe 1: every indicator, computed or provided, says as of when).
 *
 * Rules, pure (the subgraph stores them, append-only):
 * - only an indicator of annexe 1 that is not `computable` takes provided figures (a computed one is the platform's:
 *   a figure typed over it would contradict the live count), and only one whose unit is a figure — COUNT, PERCENT,
 *   HOURS, YES_NO; a LIST or a DOCUMENT (fiche 1's état des lieux, fiche 6's feuille de route) is not a figure;
 * - the cell follows the indicator's `dimensions`: a département when broken down by département (else none), a SIAE
 *   kind when broken down by kind (else none);
 * - the period is a calendar quarter or year, written as the console's indicator table reads periods
 *   (`2026-T2`, `2026`), from the accord's signature year (2016) and begun by today;
 * - the value by unit: COUNT a non-negative integer, PERCENT from 0 to 100, HOURS ≥ 0, YES_NO 1 (oui) or 0 (non);
 * - the reference date is the provider's own date of the figure (its extraction, its publication): never in the
 *   future, never before its period began. The date the platform received it is the server's, never the caller's.
 */
import { compareIsoDates, formatFrenchDate, isIsoDate, type IsoDate } from './iso-date.js';
import { INDICATORS, indicatorById, type Indicator, type IndicatorUnit } from './indicators.js';
import { calendarYear, quarterPeriod, type Period, type QuarterNumber } from './periods.js';
import { ok, refuse, type Result } from './result.js';
import { isSiaeKind, type SiaeKind } from './siae.js';
import { isDepartement, type Departement } from './departement.js';
import { publishedPeriodKind } from './statistical-secrecy.js';

/** The units a provider gives as a figure (a LIST or a DOCUMENT is not one; HOURS_AND_PEOPLE is only computed). */
export const PROVIDED_FIGURE_UNITS: readonly IndicatorUnit[] = ['COUNT', 'PERCENT', 'HOURS', 'YES_NO'];

/** The accord was signed on 8 December 2016: no figure of it before that year. */
export const FIRST_PROVIDED_YEAR = 2016;

/** A bound on any figure (a count or hours beyond it is a typing error, not a figure of the region). */
export const MAX_PROVIDED_VALUE = 1_000_000_000;

/** Whether an indicator takes figures from its provider (annexe 1, "Fournisseurs des indicateurs"). */
export function takesProvidedFigures(indicator: Indicator): boolean {
  return (
    indicator.inAnnex1 &&
    !indicator.computable &&
    PROVIDED_FIGURE_UNITS.includes(indicator.unit) &&
    indicator.dimensions.includes('PERIOD')
  );
}

/** The indicators of annexe 1 whose figures their provider enters, in the order of the table. */
export const PROVIDED_INDICATORS: readonly Indicator[] = INDICATORS.filter(takesProvidedFigures);

/**
 * What each provided indicator counts, hence whether the secret statistique applies to it. The rule (DESIGN §4,
 * statistical-secrecy.ts) masks counts of *people* from 1 to 4, and rates or hours computed from such a count; counts
 * of organisations, meetings or sessions identify nobody and are published as they are. None of the provided figures
 * is a count of people: sessions, presentations and dialogues are meetings, OPUS counts SIAE, hours on public markets
 * are the SIAE's hours, and the procedure exists or not. (A rate published by its provider without the count behind
 * it would be `PUBLISHED_RATE`; fiches 5 and 7's Pôle emploi registration rates were, until issue 18 §4 made the
 * platform compute them from the registrations recorded on the parcours, under the secret statistique.) So a provided figure is shown as its provider gave
 * it; an indicator counting people added here would be masked from 1 to 4 (`providedFigureMasked`).
 */
export type ProvidedFigureSubject = 'MEETINGS' | 'ORGANISATIONS' | 'HOURS' | 'PUBLISHED_RATE' | 'YES_NO' | 'PEOPLE';

export const PROVIDED_FIGURE_SUBJECTS: Readonly<Record<string, ProvidedFigureSubject>> = {
  F2_EXCHANGE_SESSIONS: 'MEETINGS',
  F3_PUBLIC_PROCUREMENT_HOURS: 'HOURS',
  F4_PRESCRIPTION_PROCEDURE_EXISTS: 'YES_NO',
  F5_MANAGEMENT_DIALOGUES_WITH_PE: 'MEETINGS',
  F7_SIAE_OPUS: 'ORGANISATIONS',
};

/** Whether a provided figure is masked outside a structure: only a small count of people (none today, see above). */
export function providedFigureMasked(indicatorId: string, value: number): boolean {
  return PROVIDED_FIGURE_SUBJECTS[indicatorId] === 'PEOPLE' && value > 0 && value < 5;
}

export type ProvidedPeriod =
  | { readonly kind: 'YEAR'; readonly year: number }
  | { readonly kind: 'QUARTER'; readonly year: number; readonly quarter: QuarterNumber };

/** `2026` or `2026-T2`, as the console's indicator table writes periods in its URL. */
export function providedPeriodKey(period: ProvidedPeriod): string {
  return period.kind === 'YEAR' ? String(period.year) : `${period.year}-T${period.quarter}`;
}

/** « année 2026 », « T2 2026 ». */
export function providedPeriodLabel(period: ProvidedPeriod): string {
  return period.kind === 'YEAR' ? `année ${period.year}` : `T${period.quarter} ${period.year}`;
}

export function providedPeriodBounds(period: ProvidedPeriod): Period {
  return period.kind === 'YEAR' ? calendarYear(period.year) : quarterPeriod(period.year, period.quarter);
}

/** A period as written (`2026`, `2026-T2`, lower case accepted), whatever the day; null when malformed. */
export function parseProvidedPeriod(value: string): ProvidedPeriod | null {
  const written = value.trim().toUpperCase();
  const year = /^(\d{4})$/.exec(written);
  if (year) return { kind: 'YEAR', year: Number(year[1]) };
  const quarter = /^(\d{4})-T([1-4])$/.exec(written);
  if (quarter) return { kind: 'QUARTER', year: Number(quarter[1]), quarter: Number(quarter[2]) as QuarterNumber };
  return null;
}

/**
 * The provided period an indicator table's filter reads (`from`–`to`, `to` as asked): a whole calendar year or quarter,
 * the current one up to today; null for a month, a half-year or any other span (figures are provided by quarter or
 * year only).
 */
export function providedPeriodOfRange(from: IsoDate, to: IsoDate, today: IsoDate): ProvidedPeriod | null {
  const kind = publishedPeriodKind(from, to, today);
  const year = Number(from.slice(0, 4));
  if (kind === 'YEAR') return { kind: 'YEAR', year };
  if (kind === 'QUARTER')
    return { kind: 'QUARTER', year, quarter: (Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1) as QuarterNumber };
  return null;
}

export type ProvidedFigureRefusalCode =
  | 'INDICATOR_UNKNOWN'
  | 'INDICATOR_COMPUTED'
  | 'INDICATOR_NOT_A_FIGURE'
  | 'DEPARTEMENT_REQUIRED'
  | 'DEPARTEMENT_NOT_APPLICABLE'
  | 'DEPARTEMENT_INVALID'
  | 'SIAE_KIND_REQUIRED'
  | 'SIAE_KIND_NOT_APPLICABLE'
  | 'SIAE_KIND_INVALID'
  | 'PERIOD_INVALID'
  | 'PERIOD_NOT_STARTED'
  | 'VALUE_INVALID'
  | 'REFERENCE_DATE_INVALID'
  | 'REFERENCE_DATE_IN_FUTURE'
  | 'REFERENCE_DATE_BEFORE_PERIOD';

/** A figure as its provider states it, before any check. */
export interface ProvidedFigureDraft {
  readonly indicatorId: string;
  /** null or '' when the indicator is not broken down by département. */
  readonly departement: string | null;
  /** null or '' when the indicator is not broken down by SIAE kind. */
  readonly siaeKind: string | null;
  /** `2026` or `2026-T2`. */
  readonly period: string;
  readonly value: number;
  /** `YYYY-MM-DD`. */
  readonly referenceDate: string;
}

/** A checked figure: its cell, its period, its value and its reference date. */
export interface ProvidedFigure {
  readonly indicator: Indicator;
  readonly departement: Departement | null;
  readonly siaeKind: SiaeKind | null;
  readonly period: ProvidedPeriod;
  readonly periodKey: string;
  readonly bounds: Period;
  readonly value: number;
  readonly referenceDate: IsoDate;
}

/** The cell a figure fills: the same cell entered again is a correction, superseding the previous figure. */
export function providedFigureCellKey(
  figure: Pick<ProvidedFigure, 'departement' | 'siaeKind' | 'periodKey'> & {
    readonly indicator: Pick<Indicator, 'id'>;
  },
): string {
  return [figure.indicator.id, figure.departement ?? '', figure.siaeKind ?? '', figure.periodKey].join('|');
}

const UNIT_RULE: Record<string, string> = {
  COUNT: 'un nombre entier positif ou nul',
  PERCENT: 'un pourcentage de 0 à 100',
  HOURS: 'un nombre d’heures positif ou nul',
  YES_NO: '1 (oui) ou 0 (non)',
};

/** The value checked against the indicator's unit (annexe 1). */
export function checkProvidedValue(unit: IndicatorUnit, value: number): Result<number, 'VALUE_INVALID'> {
  const bad = () => refuse('VALUE_INVALID' as const, `Valeur : ${UNIT_RULE[unit] ?? 'une valeur'} est attendu.`);
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_PROVIDED_VALUE) return bad();
  switch (unit) {
    case 'COUNT':
      return Number.isInteger(value) ? ok(value) : bad();
    case 'PERCENT':
      return value <= 100 ? ok(Math.round(value * 10) / 10) : bad();
    case 'HOURS':
      return ok(Math.round(value * 100) / 100);
    case 'YES_NO':
      return value === 0 || value === 1 ? ok(value) : bad();
    default:
      return bad();
  }
}

/** A provided figure checked against annexe 1 and today (France). */
export function checkProvidedFigure(
  draft: ProvidedFigureDraft,
  today: IsoDate,
): Result<ProvidedFigure, ProvidedFigureRefusalCode> {
  const indicator = indicatorById(draft.indicatorId);
  if (!indicator || !indicator.inAnnex1)
    return refuse('INDICATOR_UNKNOWN', `Indicateur « ${draft.indicatorId.slice(0, 60)} » inconnu de l’annexe 1.`);
  if (indicator.computable)
    return refuse(
      'INDICATOR_COMPUTED',
      `« ${indicator.label} » est calculé par la plateforme à partir de ses propres données : il ne se saisit pas.`,
    );
  if (!takesProvidedFigures(indicator))
    return refuse(
      'INDICATOR_NOT_A_FIGURE',
      `« ${indicator.label} » est ${indicator.unit === 'LIST' ? 'une liste' : 'un document'}, pas un chiffre : il ne se saisit pas ici.`,
    );

  const departement = draft.departement?.trim().toUpperCase() || null;
  const byDepartement = indicator.dimensions.includes('DEPARTEMENT');
  if (byDepartement && !departement)
    return refuse('DEPARTEMENT_REQUIRED', 'Département : champ obligatoire pour cet indicateur.');
  if (!byDepartement && departement)
    return refuse('DEPARTEMENT_NOT_APPLICABLE', 'Cet indicateur est régional : il ne se ventile pas par département.');
  if (departement && !isDepartement(departement))
    return refuse(
      'DEPARTEMENT_INVALID',
      `Département : code « ${String(departement).slice(0, 10)} » invalide (par exemple 21, 2A ou 971).`,
    );

  const siaeKind = draft.siaeKind?.trim().toUpperCase() || null;
  const byKind = indicator.dimensions.includes('SIAE_KIND');
  if (byKind && !siaeKind)
    return refuse(
      'SIAE_KIND_REQUIRED',
      'Type de SIAE : champ obligatoire pour cet indicateur (ACI, AI, EI, ETTI ou EITI).',
    );
  if (!byKind && siaeKind)
    return refuse('SIAE_KIND_NOT_APPLICABLE', 'Cet indicateur ne se ventile pas par type de SIAE.');
  if (siaeKind && !isSiaeKind(siaeKind))
    return refuse(
      'SIAE_KIND_INVALID',
      `Type de SIAE : « ${siaeKind.slice(0, 10)} » inconnu (ACI, AI, EI, ETTI ou EITI).`,
    );

  const period = parseProvidedPeriod(draft.period);
  if (!period || period.year < FIRST_PROVIDED_YEAR || period.year > 9998)
    return refuse(
      'PERIOD_INVALID',
      `Période : un trimestre (par exemple 2026-T2) ou une année (par exemple 2026), à partir de ${FIRST_PROVIDED_YEAR}.`,
    );
  const bounds = providedPeriodBounds(period);
  if (compareIsoDates(bounds.from, today) > 0)
    return refuse(
      'PERIOD_NOT_STARTED',
      `Période : ${providedPeriodLabel(period)} n’a pas encore commencé : un chiffre ne se donne pas pour le futur.`,
    );

  const value = checkProvidedValue(indicator.unit, draft.value);
  if (!value.ok) return value;

  if (!isIsoDate(draft.referenceDate))
    return refuse('REFERENCE_DATE_INVALID', 'Date de référence : date invalide (format attendu AAAA-MM-JJ).');
  if (compareIsoDates(draft.referenceDate, today) > 0)
    return refuse(
      'REFERENCE_DATE_IN_FUTURE',
      `La date de référence (${formatFrenchDate(draft.referenceDate)}) ne peut pas être dans le futur.`,
    );
  if (compareIsoDates(draft.referenceDate, bounds.from) < 0)
    return refuse(
      'REFERENCE_DATE_BEFORE_PERIOD',
      `La date de référence (${formatFrenchDate(draft.referenceDate)}) ne peut pas précéder le début de la période (${formatFrenchDate(bounds.from)}).`,
    );

  return ok({
    indicator,
    departement,
    siaeKind: siaeKind as SiaeKind | null,
    period,
    periodKey: providedPeriodKey(period),
    bounds,
    value: value.value,
    referenceDate: draft.referenceDate,
  });
}

/**
 * Who may enter a figure for a cell (least privilege): the comité régional de suivi (annexe 1 names it a provider)
 * and the platform's administrators for any cell; a service de l'État (the UD Direccte, today's DDETS, provider of the
 * figures "UD Direccte BFC") only for its own département, never a regional figure; nobody else (the agences, SIAE and
 * prescripteurs have no right to publish the region's figures).
 */
export function mayProvideFigure(
  user: { readonly role: string; readonly departement: string | null | undefined },
  departement: Departement | null,
): boolean {
  if (user.role === 'STEERING' || user.role === 'ADMIN') return true;
  return user.role === 'STATE' && departement !== null && user.departement === departement;
}

// Figures the platform does not hold (issue 18 §6): accord, annexe 1, column "Fournisseurs des indicateurs".
import { describe, expect, it } from 'vitest';
import { INDICATORS } from './indicators.js';
import {
  PROVIDED_FIGURE_SUBJECTS,
  PROVIDED_INDICATORS,
  checkProvidedFigure,
  checkProvidedValue,
  mayProvideFigure,
  parseProvidedPeriod,
  providedFigureCellKey,
  providedFigureMasked,
  providedPeriodOfRange,
  type ProvidedFigureDraft,
} from './provided-figures.js';
import {
  MAX_PROVIDED_CSV_CHARACTERS,
  MAX_PROVIDED_CSV_ROWS,
  parseProvidedFiguresCsv,
  splitCsv,
} from './provided-figures-csv.js';

const TODAY = '2026-11-23';
const hours = (changes: Partial<ProvidedFigureDraft> = {}): ProvidedFigureDraft => ({
  indicatorId: 'F3_PUBLIC_PROCUREMENT_HOURS',
  departement: '25',
  siaeKind: 'ACI',
  period: '2026-T2',
  value: 1250.5,
  referenceDate: '2026-07-15',
  ...changes,
});
const refusalOf = (draft: ProvidedFigureDraft, today = TODAY) => {
  const result = checkProvidedFigure(draft, today);
  return result.ok ? null : result.code;
};

describe('which indicators take provided figures (annexe 1, "Fournisseurs des indicateurs")', () => {
  // F3_ACCORD_PRESENTATIONS left this list with issue 18 §5: the CDIAE record their presentations (cdiae.test.ts).
  it('the figures of annexe 1 the platform cannot compute: 8 of them, none computed, no list or document', () => {
    expect(PROVIDED_INDICATORS.map((i) => i.id)).toEqual([
      'F2_EXCHANGE_SESSIONS',
      'F3_PUBLIC_PROCUREMENT_HOURS',
      'F4_PRESCRIPTION_PROCEDURE_EXISTS',
      'F5_MANAGEMENT_DIALOGUES_WITH_PE',
      'F7_SIAE_OPUS',
    ]);
  });

  it('refuses a computable indicator: its figure is the platform’s (annexe 1, fiche 5, PMSMP)', () => {
    expect(refusalOf(hours({ indicatorId: 'F5_PMSMP' }))).toBe('INDICATOR_COMPUTED');
    for (const indicator of INDICATORS.filter((i) => i.inAnnex1 && i.computable)) {
      expect(refusalOf(hours({ indicatorId: indicator.id })), indicator.id).toBe('INDICATOR_COMPUTED');
    }
  });

  it('refuses a list or a document (fiche 1’s état des lieux, fiche 2’s correspondants) and an unknown id', () => {
    expect(refusalOf(hours({ indicatorId: 'F1_ANNUAL_STATE_OF_PLAY', siaeKind: null }))).toBe('INDICATOR_NOT_A_FIGURE');
    expect(refusalOf(hours({ indicatorId: 'F2_PE_CORRESPONDENTS_IN_SIAE_LIST' }))).toBe('INDICATOR_NOT_A_FIGURE');
    expect(refusalOf(hours({ indicatorId: 'NOPE' }))).toBe('INDICATOR_UNKNOWN');
    // Named by fiche 3 only, not by the table of annexe 1.
    expect(refusalOf(hours({ indicatorId: 'F3_SOCIAL_PARTNERS_IN_CDIAE' }))).toBe('INDICATOR_UNKNOWN');
  });
});

describe('the cell follows the indicator’s dimensions (annexe 1: "par département et type de SIAE")', () => {
  it('by département and kind: both required', () => {
    expect(checkProvidedFigure(hours(), TODAY)).toMatchObject({
      ok: true,
      value: { departement: '25', siaeKind: 'ACI', periodKey: '2026-T2', value: 1250.5 },
    });
    expect(refusalOf(hours({ departement: null }))).toBe('DEPARTEMENT_REQUIRED');
    expect(refusalOf(hours({ siaeKind: '' }))).toBe('SIAE_KIND_REQUIRED');
    expect(refusalOf(hours({ departement: '20' }))).toBe('DEPARTEMENT_INVALID');
    expect(refusalOf(hours({ siaeKind: 'SCOP' }))).toBe('SIAE_KIND_INVALID');
  });

  it('by département only (fiche 2’s sessions): no kind; regional (fiche 4’s procedure): no département', () => {
    const sessions = { indicatorId: 'F2_EXCHANGE_SESSIONS', value: 3 };
    expect(refusalOf(hours({ ...sessions, siaeKind: null }))).toBeNull();
    expect(refusalOf(hours({ ...sessions }))).toBe('SIAE_KIND_NOT_APPLICABLE');
    const procedure = { indicatorId: 'F4_PRESCRIPTION_PROCEDURE_EXISTS', value: 1, siaeKind: null };
    expect(refusalOf(hours({ ...procedure, departement: null }))).toBeNull();
    expect(refusalOf(hours({ ...procedure }))).toBe('DEPARTEMENT_NOT_APPLICABLE');
  });

  it('the same cell is one key whatever the value (a correction supersedes)', () => {
    const a = checkProvidedFigure(hours(), TODAY);
    const b = checkProvidedFigure(hours({ value: 12, referenceDate: '2026-08-01' }), TODAY);
    if (!a.ok || !b.ok) throw new Error('expected figures');
    expect(providedFigureCellKey(a.value)).toBe(providedFigureCellKey(b.value));
    expect(providedFigureCellKey(a.value)).toBe('F3_PUBLIC_PROCUREMENT_HOURS|25|ACI|2026-T2');
  });
});

describe('the period: a quarter or a year, as the console’s indicator table reads them', () => {
  it('reads 2026 and 2026-T2, nothing else', () => {
    expect(parseProvidedPeriod('2026')).toEqual({ kind: 'YEAR', year: 2026 });
    expect(parseProvidedPeriod(' 2026-t4 ')).toEqual({ kind: 'QUARTER', year: 2026, quarter: 4 });
    expect(parseProvidedPeriod('2026-03')).toBeNull();
    expect(parseProvidedPeriod('2026-T5')).toBeNull();
    expect(refusalOf(hours({ period: '2026-S1' }))).toBe('PERIOD_INVALID');
    expect(refusalOf(hours({ period: '2015', referenceDate: '2016-01-01' }))).toBe('PERIOD_INVALID');
  });

  it('refuses a period that has not begun: no figure for the future', () => {
    expect(refusalOf(hours({ period: '2027-T1', referenceDate: '2026-11-23' }))).toBe('PERIOD_NOT_STARTED');
    expect(refusalOf(hours({ period: '2027' }))).toBe('PERIOD_NOT_STARTED');
    // The quarter in progress is given as it stands.
    expect(refusalOf(hours({ period: '2026-T4', referenceDate: '2026-11-20' }))).toBeNull();
  });

  it('the indicator table’s filter reads a whole year or quarter (the current one up to today), not a month', () => {
    expect(providedPeriodOfRange('2026-01-01', '2026-12-31', TODAY)).toEqual({ kind: 'YEAR', year: 2026 });
    expect(providedPeriodOfRange('2026-04-01', '2026-06-30', TODAY)).toEqual({
      kind: 'QUARTER',
      year: 2026,
      quarter: 2,
    });
    expect(providedPeriodOfRange('2026-10-01', '2026-11-23', TODAY)).toEqual({
      kind: 'QUARTER',
      year: 2026,
      quarter: 4,
    });
    expect(providedPeriodOfRange('2026-03-01', '2026-03-31', TODAY)).toBeNull();
    expect(providedPeriodOfRange('2026-01-01', '2026-06-30', TODAY)).toBeNull();
  });
});

describe('the value by unit (annexe 1: "Nombre de…", "% de…", "Nombre d’heures…", "Existence d’…")', () => {
  it('COUNT: a non-negative integer', () => {
    expect(checkProvidedValue('COUNT', 0)).toEqual({ ok: true, value: 0 });
    expect(checkProvidedValue('COUNT', 3).ok).toBe(true);
    expect(checkProvidedValue('COUNT', 2.5).ok).toBe(false);
    expect(checkProvidedValue('COUNT', -1).ok).toBe(false);
  });
  it('PERCENT: 0 to 100, one decimal kept', () => {
    expect(checkProvidedValue('PERCENT', 100)).toEqual({ ok: true, value: 100 });
    expect(checkProvidedValue('PERCENT', 33.333)).toEqual({ ok: true, value: 33.3 });
    expect(checkProvidedValue('PERCENT', 100.1).ok).toBe(false);
    expect(checkProvidedValue('PERCENT', -0.5).ok).toBe(false);
  });
  it('HOURS: zero or more; YES_NO: 1 or 0; never NaN nor infinite', () => {
    expect(checkProvidedValue('HOURS', 12.5)).toEqual({ ok: true, value: 12.5 });
    expect(checkProvidedValue('HOURS', -2).ok).toBe(false);
    expect(checkProvidedValue('YES_NO', 1).ok).toBe(true);
    expect(checkProvidedValue('YES_NO', 2).ok).toBe(false);
    expect(checkProvidedValue('COUNT', Number.NaN).ok).toBe(false);
    expect(checkProvidedValue('HOURS', Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(refusalOf(hours({ value: -1 }))).toBe('VALUE_INVALID');
  });
});

describe('the reference date: the provider’s own, never in the future', () => {
  it('refuses a date after today, or before its period began', () => {
    expect(refusalOf(hours({ referenceDate: '2026-11-24' }))).toBe('REFERENCE_DATE_IN_FUTURE');
    expect(refusalOf(hours({ referenceDate: '2026-03-31' }))).toBe('REFERENCE_DATE_BEFORE_PERIOD');
    expect(refusalOf(hours({ referenceDate: '2026-02-30' }))).toBe('REFERENCE_DATE_INVALID');
    expect(refusalOf(hours({ referenceDate: TODAY }))).toBeNull();
  });
});

describe('who provides (least privilege)', () => {
  it('the comité and the administrators anywhere; the État for its département only; nobody else', () => {
    expect(mayProvideFigure({ role: 'STEERING', departement: null }, '21')).toBe(true);
    expect(mayProvideFigure({ role: 'ADMIN', departement: null }, null)).toBe(true);
    expect(mayProvideFigure({ role: 'STATE', departement: '25' }, '25')).toBe(true);
    expect(mayProvideFigure({ role: 'STATE', departement: '25' }, '21')).toBe(false);
    expect(mayProvideFigure({ role: 'STATE', departement: '25' }, null)).toBe(false);
    expect(mayProvideFigure({ role: 'STATE', departement: undefined }, '25')).toBe(false);
    for (const role of ['AGENCY', 'SIAE', 'PRESCRIBER'])
      expect(mayProvideFigure({ role, departement: '25' }, '25')).toBe(false);
  });
});

describe('secret statistique (DESIGN §4): provided figures are published as given', () => {
  it('classifies every provided indicator, none of them a count of people', () => {
    expect(Object.keys(PROVIDED_FIGURE_SUBJECTS).sort()).toEqual(PROVIDED_INDICATORS.map((i) => i.id).sort());
    expect(Object.values(PROVIDED_FIGURE_SUBJECTS)).not.toContain('PEOPLE');
    expect(providedFigureMasked('F7_SIAE_OPUS', 2)).toBe(false);
    expect(providedFigureMasked('F2_EXCHANGE_SESSIONS', 3)).toBe(false);
  });
});

const HEADER = 'indicateur;departement;type_siae;periode;valeur;source;date_reference';

describe('the CSV import: all or nothing, errors by line', () => {
  it('reads a French spreadsheet: `;`, decimal comma, quoted fields, JJ/MM/AAAA, oui/non', () => {
    const csv = [
      HEADER,
      'F3_PUBLIC_PROCUREMENT_HOURS;25;ACI;2026-T2;1 250,5;"Inter-réseau; relevé";15/07/2026',
      'F4_PRESCRIPTION_PROCEDURE_EXISTS;;;2026;oui;Comité régional de suivi;2026-06-30',
      'F7_SIAE_OPUS;21;;2026-T3;"4";Pôle emploi DR BFC;2026-10-05',
      '',
    ].join('\r\n');
    const result = parseProvidedFiguresCsv(csv, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((f) => [f.line, f.figure.value, f.source, f.figure.referenceDate])).toEqual([
      [2, 1250.5, 'Inter-réseau; relevé', '2026-07-15'],
      [3, 1, 'Comité régional de suivi', '2026-06-30'],
      [4, 4, 'Pôle emploi DR BFC', '2026-10-05'],
    ]);
  });

  it('one bad line and nothing: every error numbered by its line', () => {
    const csv = [
      HEADER,
      'F7_SIAE_OPUS;25;;2026;12;Pôle emploi;2026-10-01',
      'F5_PMSMP;25;ACI;2026;12;Pôle emploi;2026-10-01',
      'F7_SIAE_OPUS;21;;2027;3;Pôle emploi;2026-10-01',
      'F7_SIAE_OPUS;25;;2026;13;Pôle emploi;2026-10-02',
      'F7_SIAE_OPUS;39;;2026;2;;2026-10-01',
    ].join('\n');
    const result = parseProvidedFiguresCsv(csv, TODAY);
    expect(result).toMatchObject({ ok: false, code: 'CSV_LINES' });
    if (result.ok || !('lines' in result)) return;
    expect(result.lines.map((l) => l.line)).toEqual([3, 4, 5, 6]);
    expect(result.lines[3]!.message).toBe('Source : champ obligatoire.');
    expect(result.lines[2]!.message).toContain('ligne 2');
    expect(result.message).toMatch(/^Aucun chiffre importé : 4 lignes en erreur — ligne 3 : /);
  });

  it('refuses a missing column, an empty file, too many lines or too many characters, before reading a line', () => {
    expect(parseProvidedFiguresCsv('indicateur;valeur\nF7_SIAE_OPUS;3', TODAY)).toMatchObject({ code: 'CSV_HEADER' });
    expect(parseProvidedFiguresCsv('', TODAY)).toMatchObject({ code: 'CSV_EMPTY' });
    expect(parseProvidedFiguresCsv(HEADER, TODAY)).toMatchObject({ code: 'CSV_EMPTY' });
    const line = 'F7_SIAE_OPUS;25;;2026;12;Pôle emploi;2026-10-01';
    const tooMany = [HEADER, ...Array.from({ length: MAX_PROVIDED_CSV_ROWS + 1 }, () => line)].join('\n');
    expect(parseProvidedFiguresCsv(tooMany, TODAY)).toMatchObject({ code: 'CSV_TOO_MANY_ROWS' });
    expect(parseProvidedFiguresCsv('x'.repeat(MAX_PROVIDED_CSV_CHARACTERS + 1), TODAY)).toMatchObject({
      code: 'CSV_TOO_LARGE',
    });
  });

  it('splits quoted fields holding separators, quotes and line breaks', () => {
    expect(splitCsv('a;"b;""c""\nd";e\n\nf', ';')).toEqual([
      { line: 1, fields: ['a', 'b;"c"\nd', 'e'] },
      { line: 4, fields: ['f'] },
    ]);
  });
});

// Exports of an indicator's table, built in the browser from what the API returned (nothing is asked again): the
// same rows and columns as on screen, French headers, masked cells as on screen ("< 5", or "masqué" for a rate or
// hours), no total. CSV for French spreadsheets (UTF-8 with BOM, ";" between fields, decimal comma); XLSX with numbers
// as numbers.
import type { SheetData } from 'write-excel-file/browser';
import { periodSlug, type IndicatorFilters } from './indicator-filters.ts';
import {
  maskedText,
  measureLabel,
  NOT_APPLICABLE,
  type Cell,
  type IndicatorTable,
  type IndicatorUnit,
  type Measure,
} from './indicator-table.ts';

export type ExportValue = string | number | null;

export interface ExportSheet {
  header: string[];
  rows: ExportValue[][];
  /** Per column, the XLSX number format of its numbers (undefined for text columns). */
  numberFormats: (string | undefined)[];
}

function exportValue(cell: Cell, unit: IndicatorUnit, measure: Measure): ExportValue {
  switch (cell.state) {
    case 'number':
      return cell.value;
    case 'masked':
      return maskedText(unit, measure);
    case 'notApplicable':
      return NOT_APPLICABLE;
    case 'missing':
      return null;
  }
}

function numberFormat(unit: IndicatorUnit, measure: Measure): string {
  if (measure === 'people' || unit === 'COUNT' || unit === 'LIST') return '0';
  return '0.0';
}

/** The table as rows of values: "Code département", "Département", then one column per measure (and SIAE kind). */
export function exportSheet(table: IndicatorTable): ExportSheet {
  return {
    header: [
      'Code département',
      'Département',
      ...table.columns.map((column) =>
        column.siaeKind
          ? `${measureLabel(table.unit, column.measure)} – ${column.siaeKind}`
          : measureLabel(table.unit, column.measure),
      ),
    ],
    rows: table.rows.map((row) => [
      row.departement.code,
      row.departement.name,
      ...row.cells.map((cell, i) => exportValue(cell, table.unit, table.columns[i]!.measure)),
    ]),
    numberFormats: [undefined, undefined, ...table.columns.map((column) => numberFormat(table.unit, column.measure))],
  };
}

/** A text that a spreadsheet would run as a formula (CSV injection): written as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text, with the UTF-8 byte order mark that spreadsheets need to read accents. */
export function toCsv(sheet: ExportSheet): string {
  const lines = [sheet.header, ...sheet.rows].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The cells of the XLSX sheet (write-excel-file): a bold header row, numbers typed with their format. */
export function toXlsxData(sheet: ExportSheet): SheetData {
  return [
    sheet.header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...sheet.rows.map((row) =>
      row.map((value, i) => {
        if (value === null) return null;
        if (typeof value === 'number') return { value, type: Number, format: sheet.numberFormats[i] };
        return { value, type: String };
      }),
    ),
  ];
}

/** A file name from a French label: "nombre-de-pmsmp-par-departement-et-type-de-siae". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, max);
}

/**
 * "nombre-de-pmsmp-par-departement-et-type-de-siae_2026-T2_departement-25_aci.csv": the indicator, the period, and the
 * département and SIAE kind when the figures are narrowed to them.
 */
export function exportFileName(
  indicator: { label: string },
  filters: IndicatorFilters,
  today: string,
  extension: 'csv' | 'xlsx',
): string {
  const parts = [
    slugify(indicator.label),
    periodSlug(filters.period, today),
    filters.departement && `departement-${filters.departement.toLowerCase()}`,
    filters.siaeKind.toLowerCase(),
  ].filter(Boolean);
  return `${parts.join('_')}.${extension}`;
}

// Exports of a list as an agent would work on it in a spreadsheet (issue 14): the columns as on screen, French headers.
// CSV for French spreadsheets (UTF-8 with BOM, ";" between fields, CRLF, decimal comma), with any text that a
// spreadsheet would run as a formula written as text (CSV injection); XLSX with numbers as numbers and dates as dates.
import type { SheetData } from 'write-excel-file/browser';

/** What a cell holds: a text, a number, a calendar date (ISO `YYYY-MM-DD`), or nothing. */
export type ExportCell = string | number | { date: string } | null;

/** One column of an export: its French header and how to read a row's value. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => ExportCell;
}

export interface ExportSheet {
  header: string[];
  rows: ExportCell[][];
}

/** The rows as cells, one per column, in the columns' order. */
export function exportSheet<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): ExportSheet {
  return { header: columns.map((c) => c.header), rows: rows.map((row) => columns.map((c) => c.value(row))) };
}

/** A date cell from an ISO date, or nothing when there is none. */
export const dateCell = (isoDate: string | null | undefined): ExportCell => (isoDate ? { date: isoDate } : null);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "12/03/2026" for "2026-03-12", as French spreadsheets read a date. */
function frenchDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/**
 * A text that a spreadsheet would run as a formula (OWASP "CSV injection": =, +, -, @, tab, carriage return at the
 * start): written with a leading apostrophe, so that it is read as text and shown as written.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it holds the separator, a quote, a line break or outer spaces; quotes doubled. */
export function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'object') return frenchDate(cell.date);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text, with the UTF-8 byte order mark that spreadsheets need to read accents. */
export function toCsv(sheet: ExportSheet): string {
  const lines = [sheet.header, ...sheet.rows].map((row) => row.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The cells of the XLSX sheet (write-excel-file): a bold header row, numbers and dates typed. */
export function toXlsxData(sheet: ExportSheet): SheetData {
  return [
    sheet.header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...sheet.rows.map((row) =>
      row.map((cell) => {
        if (cell === null) return null;
        if (typeof cell === 'number') return { value: cell, type: Number };
        if (typeof cell === 'object') {
          const match = ISO_DATE.exec(cell.date);
          if (!match) return { value: cell.date, type: String };
          return {
            value: new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
            type: Date,
            format: 'dd/mm/yyyy',
          };
        }
        return { value: cell, type: String };
      }),
    ),
  ];
}

/** "salaries_2026-12-03.csv": the list's name and the day of the export. */
export function exportFileName(base: string, today: string, extension: 'csv' | 'xlsx'): string {
  return `${base}_${today}.${extension}`;
}

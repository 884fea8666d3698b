/**
 * The CSV file a provider imports its figures from (issue 18 §6; annexe 1, "Fournisseurs des indicateurs"): one figure
 * per line, checked line by line with the rules of provided-figures.ts; one bad line and nothing is imported (the
 * provider mends its file and sends it again), each error naming its line. Written as a spreadsheet saves it in French:
 * `;` between fields (`,` accepted when the header uses it), fields in double quotes when they hold one, a decimal comma,
 * dates `AAAA-MM-JJ` or `JJ/MM/AAAA`, `oui`/`non` for a YES_NO indicator. Bounded: a larger file is refused whole
 * before any line is read.
 *
 *   indicateur;departement;type_siae;periode;valeur;source;date_reference
 *   F3_PUBLIC_PROCUREMENT_HOURS;25;ACI;2026-T2;1250,5;Inter-réseau IAE, relevé des clauses sociales;2026-07-15
 */
import { indicatorById } from './indicators.js';
import { checkProvidedFigure, providedFigureCellKey, type ProvidedFigure } from './provided-figures.js';
import { ok, refuse, type Result } from './result.js';
import type { IsoDate } from './iso-date.js';

/** At most 256 KB of text… */
export const MAX_PROVIDED_CSV_CHARACTERS = 256 * 1024;
/** …and 2,000 figures (8 départements × 5 kinds × 8 indicators × a few periods, with room). */
export const MAX_PROVIDED_CSV_ROWS = 2000;
/** The longest source a provider states. */
export const MAX_PROVIDED_SOURCE_LENGTH = 300;

export const PROVIDED_CSV_COLUMNS = [
  'indicateur',
  'departement',
  'type_siae',
  'periode',
  'valeur',
  'source',
  'date_reference',
] as const;

export interface ProvidedCsvLineError {
  /** Line of the file, 1 being the header. */
  readonly line: number;
  readonly message: string;
}

export interface ProvidedCsvFigure {
  readonly line: number;
  readonly figure: ProvidedFigure;
  readonly source: string;
}

export type ProvidedCsvRefusalCode = 'CSV_TOO_LARGE' | 'CSV_TOO_MANY_ROWS' | 'CSV_EMPTY' | 'CSV_HEADER' | 'CSV_LINES';

export type ProvidedCsvRefusal = {
  readonly ok: false;
  readonly code: ProvidedCsvRefusalCode;
  readonly message: string;
  readonly lines: readonly ProvidedCsvLineError[];
};

/** Splits a CSV text into records of fields (RFC 4180 quoting), with the line each record starts on. */
export function splitCsv(text: string, separator: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (c === separator) {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: startLine, fields });
      fields = [];
      field = '';
      atFieldStart = true;
      line++;
      startLine = line;
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: startLine, fields });
  }
  return records.filter((r) => r.fields.some((f) => f.trim() !== ''));
}

/** A number as a French spreadsheet writes it: `1 250,5`, `12,5 %`; `oui`/`non` for YES_NO. NaN otherwise. */
export function parseProvidedNumber(text: string, yesNo: boolean): number {
  const written = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '');
  if (yesNo) {
    const lower = written.toLowerCase();
    if (lower === 'oui') return 1;
    if (lower === 'non') return 0;
  }
  if (!/^-?\d+([.,]\d+)?$/.test(written)) return Number.NaN;
  return Number(written.replace(',', '.'));
}

/** `AAAA-MM-JJ`, or `JJ/MM/AAAA` turned into it; anything else as written (the rule then refuses it). */
export function parseProvidedDate(text: string): string {
  const written = text.trim();
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(written);
  if (!french) return written;
  return `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`;
}

const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '_');

/**
 * The figures of a CSV file, every line checked (annexe 1 rules, today in France), or every error with its line. The
 * same cell twice in one file is an error (which of the two would be the figure?).
 */
export function parseProvidedFiguresCsv(
  text: string,
  today: IsoDate,
): Result<ProvidedCsvFigure[], never> | ProvidedCsvRefusal {
  const fail = (code: ProvidedCsvRefusalCode, message: string, lines: ProvidedCsvLineError[] = []) =>
    ({ ...refuse(code, message), lines }) as ProvidedCsvRefusal;
  if (text.length > MAX_PROVIDED_CSV_CHARACTERS)
    return fail(
      'CSV_TOO_LARGE',
      `Le fichier dépasse ${MAX_PROVIDED_CSV_CHARACTERS / 1024} Ko : découpez-le en plusieurs fichiers.`,
    );
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') ? ';' : ',';
  const records = splitCsv(body, separator);
  if (records.length === 0) return fail('CSV_EMPTY', 'Le fichier est vide.');
  if (records.length - 1 > MAX_PROVIDED_CSV_ROWS)
    return fail(
      'CSV_TOO_MANY_ROWS',
      `Le fichier compte ${records.length - 1} lignes de chiffres : ${MAX_PROVIDED_CSV_ROWS} au plus par fichier.`,
    );
  const header = records[0]!.fields.map(normaliseHeader);
  const missing = PROVIDED_CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0)
    return fail(
      'CSV_HEADER',
      `Ligne 1 : colonne${missing.length > 1 ? 's' : ''} ${missing.join(', ')} manquante${missing.length > 1 ? 's' : ''} (en-tête attendu : ${PROVIDED_CSV_COLUMNS.join(';')}).`,
      [{ line: 1, message: `Colonnes manquantes : ${missing.join(', ')}.` }],
    );
  if (records.length === 1) return fail('CSV_EMPTY', 'Le fichier ne contient aucun chiffre sous son en-tête.');
  const at = Object.fromEntries(PROVIDED_CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof PROVIDED_CSV_COLUMNS)[number],
    number
  >;

  const errors: ProvidedCsvLineError[] = [];
  const figures: ProvidedCsvFigure[] = [];
  const cells = new Map<string, number>();
  for (const record of records.slice(1)) {
    const get = (column: (typeof PROVIDED_CSV_COLUMNS)[number]) => (record.fields[at[column]] ?? '').trim();
    const indicatorId = get('indicateur').toUpperCase();
    const unit = indicatorById(indicatorId)?.unit;
    const valueText = get('valeur');
    const value = parseProvidedNumber(valueText, unit === 'YES_NO');
    if (valueText === '') {
      errors.push({ line: record.line, message: 'Valeur : champ obligatoire.' });
      continue;
    }
    const checked = checkProvidedFigure(
      {
        indicatorId,
        departement: get('departement'),
        siaeKind: get('type_siae'),
        period: get('periode'),
        value,
        referenceDate: parseProvidedDate(get('date_reference')),
      },
      today,
    );
    if (!checked.ok) {
      errors.push({ line: record.line, message: checked.message });
      continue;
    }
    const source = get('source');
    if (source === '') {
      errors.push({ line: record.line, message: 'Source : champ obligatoire.' });
      continue;
    }
    if (source.length > MAX_PROVIDED_SOURCE_LENGTH) {
      errors.push({ line: record.line, message: `Source : ${MAX_PROVIDED_SOURCE_LENGTH} caractères au plus.` });
      continue;
    }
    const key = providedFigureCellKey(checked.value);
    const earlier = cells.get(key);
    if (earlier !== undefined) {
      errors.push({
        line: record.line,
        message: `Même indicateur, département, type et période que la ligne ${earlier}.`,
      });
      continue;
    }
    cells.set(key, record.line);
    figures.push({ line: record.line, figure: checked.value, source });
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, 20).map((e) => `ligne ${e.line} : ${e.message}`);
    const more = errors.length > 20 ? ` (et ${errors.length - 20} autres erreurs)` : '';
    return fail(
      'CSV_LINES',
      `Aucun chiffre importé : ${errors.length} ligne${errors.length > 1 ? 's' : ''} en erreur — ${shown.join(' ; ')}${more}.`,
      errors,
    );
  }
  return ok(figures);
}

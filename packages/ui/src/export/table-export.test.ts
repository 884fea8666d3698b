import { describe, expect, it } from 'vitest';
import { fetchAllPages, ExportTooLargeError } from './fetch-all-pages.ts';
import { csvField, dateCell, exportFileName, exportSheet, toCsv, toXlsxData } from './table-export.ts';

describe('CSV for French spreadsheets', () => {
  it('starts with the UTF-8 BOM, separates with ";", ends lines with CRLF', () => {
    const csv = toCsv({ header: ['Nom', 'Prénom'], rows: [['Élodie', 'Anaïs']] });
    expect(csv).toBe('\uFEFFNom;Prénom\r\nÉlodie;Anaïs\r\n');
  });

  it('quotes a field holding the separator, a quote, a line break or outer spaces, quotes doubled', () => {
    expect(csvField('Dupont; Martin')).toBe('"Dupont; Martin"');
    expect(csvField('Le « Relais » dit "oui"')).toBe('"Le « Relais » dit ""oui"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' espace')).toBe('" espace"');
    expect(csvField('simple, avec virgule')).toBe('simple, avec virgule');
  });

  it('neutralises formula injection: =, +, -, @, tab and CR at the start are written as text', () => {
    expect(csvField('=HYPERLINK("http://x.example","clic")')).toBe('"\'=HYPERLINK(""http://x.example"",""clic"")"');
    expect(csvField('+33 6 12 34 56 78')).toBe("'+33 6 12 34 56 78");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    // Only at the start: elsewhere the characters are plain text.
    expect(csvField('Jean-Pierre = chef')).toBe('Jean-Pierre = chef');
  });

  it('writes numbers with a decimal comma (negative numbers stay numbers), dates as dd/mm/yyyy, nothing as empty', () => {
    expect(csvField(12.5)).toBe('12,5');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(dateCell('2026-03-12'))).toBe('12/03/2026');
    expect(csvField(dateCell(null))).toBe('');
    expect(csvField(null)).toBe('');
  });
});

describe('the export sheet', () => {
  const columns = [
    { header: 'Numéro', value: (r: { n: string; d: string; h: number }) => r.n },
    { header: 'Fin', value: (r: { n: string; d: string; h: number }) => dateCell(r.d) },
    { header: 'Heures', value: (r: { n: string; d: string; h: number }) => r.h },
  ];
  const sheet = exportSheet(columns, [{ n: '=2+2', d: '2027-01-31', h: 35 }]);

  it('has the columns’ headers and one row per item, in order', () => {
    expect(sheet).toEqual({ header: ['Numéro', 'Fin', 'Heures'], rows: [['=2+2', { date: '2027-01-31' }, 35]] });
    expect(toCsv(sheet)).toBe("\uFEFFNuméro;Fin;Heures\r\n'=2+2;31/01/2027;35\r\n");
  });

  it('types XLSX cells: a bold header, text as text (never a formula), numbers and dates typed', () => {
    const [header, row] = toXlsxData(sheet);
    expect(header).toEqual([
      { value: 'Numéro', fontWeight: 'bold' },
      { value: 'Fin', fontWeight: 'bold' },
      { value: 'Heures', fontWeight: 'bold' },
    ]);
    expect(row).toEqual([
      { value: '=2+2', type: String },
      { value: new Date(Date.UTC(2027, 0, 31)), type: Date, format: 'dd/mm/yyyy' },
      { value: 35, type: Number },
    ]);
  });

  it('names the file after the list and the day', () => {
    expect(exportFileName('salaries', '2026-12-03', 'xlsx')).toBe('salaries_2026-12-03.xlsx');
  });
});

describe('fetchAllPages', () => {
  const pages: Record<string, { nodes: number[]; hasNextPage: boolean; endCursor: string | null }> = {
    start: { nodes: [1, 2], hasNextPage: true, endCursor: 'c2' },
    c2: { nodes: [3, 4], hasNextPage: true, endCursor: 'c4' },
    c4: { nodes: [5], hasNextPage: false, endCursor: 'c5' },
  };

  it('asks every page, each after the previous one’s end cursor, and returns all the items in order', async () => {
    const asked: (string | null)[] = [];
    const all = await fetchAllPages((after) => {
      asked.push(after);
      return Promise.resolve(pages[after ?? 'start']!);
    });
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([null, 'c2', 'c4']);
  });

  it('stops on a cursor that does not move, and refuses a list past the maximum', async () => {
    const stuck = await fetchAllPages(() => Promise.resolve({ nodes: [1], hasNextPage: true, endCursor: 'same' }));
    expect(stuck).toEqual([1, 1]);
    await expect(fetchAllPages((after) => Promise.resolve(pages[after ?? 'start']!), 3)).rejects.toBeInstanceOf(
      ExportTooLargeError,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { exportFileName, exportSheet, slugify, toCsv, toXlsxData } from './indicator-export.ts';
import { buildIndicatorTable } from './indicator-table.ts';

const doubs = { code: '25', name: 'Doubs' };
const belfort = { code: '90', name: 'Territoire de Belfort' };

const pmsmp = buildIndicatorTable({
  unit: 'COUNT',
  table: {
    siaeKinds: ['ACI', 'AI'],
    departements: [doubs, belfort],
    states: [
      ['FIGURE', 'MASKED'],
      ['FIGURE', 'NO_DATA'],
    ],
    values: [
      [12, null],
      [0, null],
    ],
  },
});

describe('exportSheet', () => {
  it('has French headers, the cells as shown and no total', () => {
    const sheet = exportSheet(pmsmp);
    expect(sheet.header).toEqual(['Code département', 'Département', 'Nombre – ACI', 'Nombre – AI']);
    expect(sheet.rows).toEqual([
      ['25', 'Doubs', 12, '< 5'],
      ['90', 'Territoire de Belfort', 0, null],
    ]);
  });

  it('names the hours and people columns of the training indicator', () => {
    const training = buildIndicatorTable({
      unit: 'HOURS_AND_PEOPLE',
      table: { siaeKinds: [], departements: [doubs], states: [['FIGURE']], values: [[37.5]], people: [[8]] },
    });
    const sheet = exportSheet(training);
    expect(sheet.header).toEqual(['Code département', 'Département', 'Heures de formation', 'Personnes formées']);
    expect(sheet.rows).toEqual([['25', 'Doubs', 37.5, 8]]);
    expect(sheet.numberFormats).toEqual([undefined, undefined, '0.0', '0']);
  });
});

describe('toCsv', () => {
  it('writes a CSV for French spreadsheets: BOM, semicolons, decimal comma, CRLF', () => {
    expect(toCsv(exportSheet(pmsmp))).toBe(
      '\uFEFFCode département;Département;Nombre – ACI;Nombre – AI\r\n25;Doubs;12;< 5\r\n90;Territoire de Belfort;0;\r\n',
    );
    expect(toCsv({ header: ['Part (%)'], rows: [[12.5]], numberFormats: ['0.0'] })).toBe('\uFEFFPart (%)\r\n12,5\r\n');
  });

  it('quotes what needs it and neutralises what a spreadsheet would run as a formula', () => {
    const csv = toCsv({
      header: ['a'],
      rows: [['x;y'], ['dit "oui"'], ['=1+1'], ['-2'], [' espace']],
      numberFormats: [],
    });
    expect(csv.split('\r\n').slice(1, -1)).toEqual(['"x;y"', '"dit ""oui"""', "'=1+1", "'-2", '" espace"']);
  });
});

describe('toXlsxData', () => {
  it('puts the header in bold and numbers as numbers, masked cells as text', () => {
    const [header, doubsRow, belfortRow] = toXlsxData(exportSheet(pmsmp));
    expect(header![0]).toEqual({ value: 'Code département', fontWeight: 'bold' });
    expect(doubsRow).toEqual([
      { value: '25', type: String },
      { value: 'Doubs', type: String },
      { value: 12, type: Number, format: '0' },
      { value: '< 5', type: String },
    ]);
    expect(belfortRow!.at(-1)).toBeNull();
  });
});

describe('file names', () => {
  it('slugifies a French label, cutting long ones on a word', () => {
    expect(slugify('Nombre de PMSMP (par département et Type de SIAE)')).toBe(
      'nombre-de-pmsmp-par-departement-et-type-de-siae',
    );
    expect(slugify('Nombre de prestations PE mises en œuvre')).toBe('nombre-de-prestations-pe-mises-en-oeuvre');
    const long = slugify(
      "Nombre d'heures de formation réalisées pendant le parcours (par département et type de SIAE) et nombre de personnes bénéficiaires",
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe('nombre-d-heures-de-formation-realisees-pendant-le-parcours');
  });

  it('names the file after the indicator, the period and the filters', () => {
    const label = 'Nombre de PMSMP (par département et Type de SIAE)';
    expect(
      exportFileName(
        { label },
        { departement: '', siaeKind: '', period: { kind: 'year', year: 2025 } },
        '2026-11-23',
        'csv',
      ),
    ).toBe('nombre-de-pmsmp-par-departement-et-type-de-siae_2025.csv');
    expect(
      exportFileName(
        { label },
        { departement: '25', siaeKind: 'ACI', period: { kind: 'quarter', year: 2026, quarter: 4 } },
        '2026-11-23',
        'xlsx',
      ),
    ).toBe('nombre-de-pmsmp-par-departement-et-type-de-siae_2026-T4-au-2026-11-23_departement-25_aci.xlsx');
  });
});

// Figures the platform does not hold (issue 18 §6; accord, annexe 1, "Fournisseurs des indicateurs") through the
// gateway: the comité imports a CSV file, the État of the Doubs corrects a figure of its département and is refused
// another's, a file with a bad line is refused whole with its lines, and the indicator table shows the provided figures
// with their provenance beside the computed ones with their computation time — to the comité and to an API client.
// The clock is fixed on Monday 23 November 2026.
import { demoApiClientCredential } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql } from './testing/graphql.js';
import { ok, signIn } from './testing/parcours.js';

const TODAY = '2026-11-23';
let database: TestDatabase;
let product: RunningNavette;
let url: string;
const as = {} as Record<'steering' | 'state' | 'agency' | 'apiClient', Record<string, string>>;

beforeAll(async () => {
  database = await createTestDatabase();
  product = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => new Date(`${TODAY}T09:00:00Z`),
  });
  url = product.graphqlUrl;
  Object.assign(as, {
    steering: await signIn(url, 'pilotage@demo.navette.fr'),
    state: await signIn(url, 'etat@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    apiClient: bearer(demoApiClientCredential),
  });
});
afterAll(async () => {
  await product?.stop();
  await database?.drop();
});

const IMPORT = `mutation($csv: String!) { importProvidedIndicatorFigures(csv: $csv) { recorded unchanged figures { id version } } }`;
const RECORD = `mutation($input: ProvidedIndicatorFigureInput!) {
  recordProvidedIndicatorFigure(input: $input) { id version value enteredBy receivedAt departement { code name } }
}`;
const HEADER = 'indicateur;departement;type_siae;periode;valeur;source;date_reference';
const FILE = [
  HEADER,
  'F3_PUBLIC_PROCUREMENT_HOURS;25;ACI;2026-T3;1 250,5;Inter-réseau IAE;15/10/2026',
  'F7_SIAE_OPUS;21;;2026-T3;9;Pôle emploi DR BFC;2026-10-05',
  'F4_PRESCRIPTION_PROCEDURE_EXISTS;;;2026-T3;oui;Comité régional de suivi;2026-09-30',
].join('\n');

describe('provided figures through the gateway', () => {
  it('the comité imports a file once (again: nothing new); the État corrects its département, not another', async () => {
    const first = await ok(url, as.steering, IMPORT, { csv: FILE });
    expect(first.importProvidedIndicatorFigures).toMatchObject({ recorded: 3, unchanged: 0 });
    const again = await ok(url, as.steering, IMPORT, { csv: FILE });
    expect(again.importProvidedIndicatorFigures).toMatchObject({ recorded: 0, unchanged: 3 });

    const input = {
      indicatorId: 'F3_PUBLIC_PROCUREMENT_HOURS',
      departement: '25',
      siaeKind: 'ACI',
      period: '2026-T3',
      value: 1300,
      source: 'DDETS du Doubs, relevé des clauses sociales',
      referenceDate: '2026-11-02',
    };
    const corrected = await ok(url, as.state, RECORD, { input });
    expect(corrected.recordProvidedIndicatorFigure).toMatchObject({
      version: 2,
      value: 1300,
      enteredBy: expect.stringMatching(/Doubs/),
      receivedAt: `${TODAY}T09:00:00.000Z`,
      departement: { code: '25', name: 'Doubs' },
    });
    const other = await graphql(url, RECORD, { input: { ...input, departement: '21' } }, as.state);
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PROVIDED_FIGURE_OTHER_DEPARTEMENT',
    });
    const computed = await graphql(url, RECORD, { input: { ...input, indicatorId: 'F5_PMSMP' } }, as.steering);
    expect(computed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDICATOR_COMPUTED' });
    const future = await graphql(url, RECORD, { input: { ...input, referenceDate: '2026-12-01' } }, as.steering);
    expect(future.errors?.[0]?.extensions).toMatchObject({ reason: 'REFERENCE_DATE_IN_FUTURE' });
    const agency = await graphql(url, RECORD, { input }, as.agency);
    expect(agency.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a file with a bad line is refused whole, each error with its line, in French', async () => {
    const bad = [
      HEADER,
      'F7_SIAE_OPUS;39;;2026-T3;4;Pôle emploi;2026-10-01',
      'F7_SIAE_OPUS;58;;2026-T3;-1;Pôle emploi;2026-10-01',
    ].join('\n');
    const { data, errors } = await graphql(url, IMPORT, { csv: bad }, as.steering);
    expect(data?.importProvidedIndicatorFigures ?? null).toBeNull();
    expect(errors?.[0]?.message).toMatch(/^Aucun chiffre importé : 1 ligne en erreur — ligne 3 : Valeur/);
    expect(errors?.[0]?.extensions).toMatchObject({ reason: 'CSV_LINES', lines: [{ line: 3 }] });
    const { providedIndicatorFigures } = await ok(
      url,
      as.steering,
      '{ providedIndicatorFigures(filter: { indicatorId: "F7_SIAE_OPUS" }) { departement { code } } }',
    );
    expect(providedIndicatorFigures).toEqual([{ departement: { code: '21' } }]);
    // Over 256 KB: refused whole, with the domain's message.
    const huge = `${HEADER}\n${'F7_SIAE_OPUS;25;;2026;5;Pôle emploi;2026-10-01\n'.repeat(5_800)}`;
    const oversized = await graphql(url, IMPORT, { csv: huge }, as.steering);
    expect(oversized.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CSV_TOO_LARGE' });
  });

  it('the indicator table shows each provided figure with its provenance, computed ones with their time', async () => {
    const query = `{ indicators(filter: { from: "2026-07-01", to: "2026-09-30" }) {
      id computable computedAt
      table { siaeKinds departements { code } states values }
      providedFigures { departement { code } siaeKind periodLabel value source referenceDate enteredBy receivedAt version }
    } }`;
    for (const who of ['steering', 'apiClient'] as const) {
      const { indicators } = await ok(url, as[who], query);
      const hours = indicators.find((i: { id: string }) => i.id === 'F3_PUBLIC_PROCUREMENT_HOURS');
      expect(hours.computedAt).toBeNull();
      expect(hours.table).toMatchObject({ siaeKinds: ['ACI'], departements: [{ code: '25' }], states: [['FIGURE']] });
      expect(hours.table.values).toEqual([[1300]]);
      expect(hours.providedFigures).toEqual([
        {
          departement: { code: '25' },
          siaeKind: 'ACI',
          periodLabel: 'T3 2026',
          value: 1300,
          source: 'DDETS du Doubs, relevé des clauses sociales',
          referenceDate: '2026-11-02',
          enteredBy: expect.stringMatching(/Doubs/),
          receivedAt: `${TODAY}T09:00:00.000Z`,
          version: 2,
        },
      ]);
      const procedure = indicators.find((i: { id: string }) => i.id === 'F4_PRESCRIPTION_PROCEDURE_EXISTS');
      expect(procedure.providedFigures).toMatchObject([{ departement: null, value: 1 }]);
      const pmsmp = indicators.find((i: { id: string }) => i.id === 'F5_PMSMP');
      expect(pmsmp.computedAt).toBe(`${TODAY}T09:00:00.000Z`);
    }
  });
});

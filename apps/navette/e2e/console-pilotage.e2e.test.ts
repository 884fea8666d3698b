// Console de pilotage: SIAE by département and kind (one aliased query), the CTA per employment area, and the live
// Parcours statistics (counts below 5 masked by the API, shown "< 5").
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  product = await startProduct('pilotage');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const kinds = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'];

const statisticsQuery = `query ($departement: ID, $from: Date) {
  approvalStatistics(departement: $departement, from: $from) {
    rows { departement { code name } siaeKind requests granted refused tacitlyGranted pending suspensions prolongations extensions }
    refusalsByReason { reason { code label } count }
  }
}`;

const counts = [
  'requests',
  'granted',
  'refused',
  'tacitlyGranted',
  'pending',
  'suspensions',
  'prolongations',
  'extensions',
] as const;

type StatisticsRow = { departement: { code: string; name: string }; siaeKind: string } & Record<
  (typeof counts)[number],
  number | null
>;

interface StatisticsData {
  approvalStatistics: {
    rows: StatisticsRow[];
    refusalsByReason: { reason: { code: string; label: string }; count: number | null }[];
  };
}

/** What a cell shows: the API masks counts below 5 (null). */
const count = (value: number | null) => (value === null ? '< 5' : new Intl.NumberFormat('fr-FR').format(value));

const sortedRows = (rows: StatisticsRow[]) =>
  [...rows].sort(
    (a, b) =>
      a.departement.code.localeCompare(b.departement.code) || kinds.indexOf(a.siaeKind) - kinds.indexOf(b.siaeKind),
  );

const expectedCells = (row: StatisticsRow) => [
  `${row.departement.name} (${row.departement.code})`,
  row.siaeKind,
  ...counts.map((field) => count(row[field])),
];

async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td, th')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** One demande d'agrément, filed through the API the way it happens: prescription, acceptance, request. */
async function fileInitialRequest(product: Product): Promise<void> {
  const { prescripteur, siae } = demoAccounts;
  const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
    '{ viewer { organisation { id } } }',
    {},
    siae,
  );
  const { eligibilityCriteria } = await product.graphql<{ eligibilityCriteria: { code: string }[] }>(
    '{ eligibilityCriteria { code } }',
    {},
    prescripteur,
  );
  const { recordPerson } = await product.graphql<{ recordPerson: { id: string } }>(
    'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
    { input: { firstName: 'Lou', lastName: 'Bernard', birthDate: '1992-09-03' } },
    prescripteur,
  );
  const { diagnose } = await product.graphql<{ diagnose: { id: string } }>(
    'mutation ($input: DiagnosisInput!) { diagnose(input: $input) { id } }',
    { input: { personId: recordPerson.id, criteria: [eligibilityCriteria[0]!.code], diagnosedOn: today() } },
    prescripteur,
  );
  const { prescribe } = await product.graphql<{ prescribe: { id: string } }>(
    'mutation ($input: PrescriptionInput!) { prescribe(input: $input) { id } }',
    {
      input: {
        personId: recordPerson.id,
        diagnosisId: diagnose.id,
        siaeId: viewer.organisation.id,
        message: 'Candidature pour un poste en insertion.',
      },
    },
    prescripteur,
  );
  await product.graphql('mutation ($id: ID!) { acceptPrescription(id: $id) { id } }', { id: prescribe.id }, siae);
  await product.graphql(
    'mutation ($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }',
    { input: { kind: 'INITIAL', prescriptionId: prescribe.id, contractStartOn: today() } },
    siae,
  );
}

describe('Console de pilotage', () => {
  it('shows the number of SIAE by kind for the Doubs and the region, as the API counts them', async () => {
    const counts = await product.graphql<Record<string, { totalCount: number }>>(
      `{ total: siaes(first: 1) { totalCount } doubs: siaes(first: 1, filter: { departement: "25" }) { totalCount } ${kinds
        .map((k) => `${k}: siaes(first: 1, filter: { departement: "25", kind: ${k} }) { totalCount }`)
        .join(' ')} }`,
    );

    await signInThrough(page, `${product.url}/pilotage/`, demoAccounts.pilotage);
    await page.locator('table tbody tr').first().waitFor();
    await expect.poll(() => page.title()).toBe('SIAE par département et par type – Console de pilotage – Navette');
    const rows = await page
      .locator('table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td, th')].map((c) => (c.textContent ?? '').trim())),
      );
    expect(rows).toHaveLength(9);
    const doubs = rows.find((r) => r[0] === 'Doubs (25)');
    expect(doubs).toEqual([
      'Doubs (25)',
      ...kinds.map((k) => String(counts[k]!.totalCount)),
      String(counts.doubs!.totalCount),
    ]);
    const region = rows.at(-1)!;
    expect([region[0], region.at(-1)]).toEqual(['Bourgogne-Franche-Comté', String(counts.total!.totalCount)]);
    await maybeScreenshot(page, 'pilotage-counts');
  });

  it('lists the CTA per employment area, narrowed to a département', async () => {
    const { ctas } = await product.graphql<{ ctas: { name: string }[] }>('{ ctas(departement: "25") { name } }');
    await page.getByRole('link', { name: 'CTA par bassin d’emploi' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Comités techniques d’animation par bassin d’emploi' }).waitFor();
    await page.locator('#cta-departement option[value="25"]').waitFor({ state: 'attached' });
    await page.locator('#cta-departement').selectOption('25');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/departement=25/);
    await page.getByRole('heading', { level: 2, name: `${ctas.length} CTA` }).waitFor();
    const names = await page.locator('table tbody tr td:nth-child(3)').allInnerTexts();
    expect(names.map((n) => n.trim()).sort()).toEqual(ctas.map((c) => c.name).sort());
    await maybeScreenshot(page, 'pilotage-ctas');
  });

  it('shows the Parcours statistics as the API counts them, masked counts as "< 5" with their explanation', async () => {
    // The demo data holds no demande d'agrément: file one, so that the table has a row (and a masked count).
    await fileInitialRequest(product);
    const { approvalStatistics } = await product.graphql<StatisticsData>(statisticsQuery);
    expect(approvalStatistics.rows.length).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Parcours' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Parcours : demandes d’agrément et décisions' }).waitFor();
    await expect.poll(() => page.title()).toBe('Parcours : agréments et décisions – Console de pilotage – Navette');
    const table = page.getByTestId('parcours-statistics');
    await table.waitFor();
    expect(await tableRows(table)).toEqual(sortedRows(approvalStatistics.rows).map(expectedCells));
    expect(await page.locator('main').innerText()).toContain(
      'tout effectif inférieur à 5 est masqué et affiché « < 5 »',
    );
    if (approvalStatistics.refusalsByReason.length === 0) {
      await page.getByText('Aucun refus d’agrément sur ce territoire et cette période.').waitFor();
    } else {
      expect(await tableRows(page.getByTestId('parcours-refusals'))).toEqual(
        approvalStatistics.refusalsByReason.map((r) => [r.reason.label, count(r.count)]),
      );
    }
    await maybeScreenshot(page, 'pilotage-parcours');
  });

  it('narrows the Parcours statistics to a département and a period kept in the URL', async () => {
    const from = '2020-01-01';
    const { approvalStatistics } = await product.graphql<StatisticsData>(statisticsQuery, {
      departement: '25',
      from,
    });
    await page.locator('#parcours-departement option[value="25"]').waitFor({ state: 'attached' });
    await page.locator('#parcours-departement').selectOption('25');
    await page.locator('#parcours-du').fill(from);
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/departement=25&du=2020-01-01/);
    await page.getByRole('heading', { level: 2, name: /Doubs \(25\), depuis le 01\/01\/2020/ }).waitFor();
    await page.locator('section[aria-busy="false"]').waitFor();
    if (approvalStatistics.rows.length === 0) {
      await page.getByText('Aucune demande d’agrément sur ce territoire et cette période.').waitFor();
    } else {
      await expect
        .poll(() => tableRows(page.getByTestId('parcours-statistics')))
        .toEqual(sortedRows(approvalStatistics.rows).map(expectedCells));
    }

    // An end before the start is refused before anything is sent, with the error next to its field.
    await page.locator('#parcours-au').fill('2019-12-31');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByRole('alert').filter({ hasText: 'Les filtres contiennent des erreurs' }).waitFor();
    expect(page.url()).not.toContain('au=');
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

// Lists keep their page and filters in the URL (issue 14 §5): page 2 of a filtered list, an item opened, Back → the
// same page with the same filters; a reload keeps it; a forged query string shows the default page without an error;
// axe on every page visited (support/axe.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { directoryRows, resultsCount, waitForResults } from './support/directory.ts';
import { todayInFrance } from './support/parcours.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;

beforeAll(async () => {
  product = await startProduct('prescripteur');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const structures = (n: number) => (n === 0 ? 'Aucune structure' : n === 1 ? '1 structure' : `${n} structures`);

/** Waits until the table's first cell is `text` (a new page has replaced the previous one). */
async function waitForFirstCell(page: Page, text: string | undefined): Promise<void> {
  await page.waitForFunction(
    (first) => document.querySelector('table tbody tr td')?.textContent?.trim() === first,
    text,
  );
}

/** No error shown to the user: no alert in the main content, and no uncaught error in the page. */
async function expectNoError(page: Page, pageErrors: Error[]): Promise<void> {
  expect(await page.locator('main [role="alert"]').count()).toBe(0);
  expect(await page.getByText('Une erreur est survenue').count()).toBe(0);
  expect(pageErrors).toEqual([]);
}

describe('Pagination and filters in the URL', () => {
  let page: Page;
  let pageErrors: Error[];
  let search: string;
  let total: number;

  beforeAll(async () => {
    ({ page, pageErrors } = await openPage(browser));
    page.setDefaultTimeout(Number(process.env.E2E_WAIT_MS ?? 300_000));
    // A search with more than one page of structures, as the API counts them (a département has fewer than 20).
    const candidates = ['in', 'er', 'an', 'on', 'e', 'a'];
    const counts = await product.graphql<Record<string, { totalCount: number }>>(
      `{ ${candidates
        .map((text, i) => `c${i}: siaes(first: 1, filter: { search: "${text}" }) { totalCount }`)
        .join(' ')} }`,
    );
    const index = candidates.findIndex((_, i) => counts[`c${i}`]!.totalCount > 20);
    expect(index).toBeGreaterThanOrEqual(0);
    search = candidates[index]!;
    total = counts[`c${index}`]!.totalCount;
  });

  it('returns to page 2 of the filtered directory with its filter after an item is opened and Back pressed', async () => {
    await signInThrough(page, `${product.url}/prescripteur/annuaire?recherche=${search}`, demoAccounts.prescripteur);
    await waitForResults(page);
    expect(await resultsCount(page)).toBe(structures(total));
    const firstPage = await directoryRows(page);

    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.getByText(/^Page 2 sur \d+$/).waitFor();
    await page.waitForFunction(
      (first) => document.querySelector('table tbody tr td')?.textContent?.trim() !== first,
      firstPage[0]![0],
    );
    await waitForResults(page);
    const secondPage = await directoryRows(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('recherche')).toBe(search);
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('apres')).toMatch(/^[A-Za-z0-9_-]+$/);

    await expectAccessible(page);

    // An item of page 2, then Back.
    const item = secondPage[0]![0]!;
    await page.getByRole('link', { name: item, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: item }).waitFor();
    await expectAccessible(page);
    await page.goBack();
    await page.getByText(/^Page 2 sur \d+$/).waitFor();
    await waitForFirstCell(page, item);
    await waitForResults(page);
    expect(page.url()).toBe(url.toString());
    expect(await directoryRows(page)).toEqual(secondPage);
    expect(await page.locator('#filtre-recherche').inputValue()).toBe(search);
    expect(await resultsCount(page)).toBe(structures(total));
    await expectAccessible(page);

    // A reload shows the same page, and "Page précédente" still knows page 1.
    await page.reload();
    await waitForResults(page);
    await page.getByText(/^Page 2 sur \d+$/).waitFor();
    expect(await directoryRows(page)).toEqual(secondPage);
    await page.getByRole('button', { name: 'Page précédente' }).click();
    await page.getByText(/^Page 1 sur \d+$/).waitFor();
    await waitForFirstCell(page, firstPage[0]![0]);
    expect(await directoryRows(page)).toEqual(firstPage);
    expect(new URL(page.url()).searchParams.toString()).toBe(`recherche=${search}`);

    // Back again: page 2 (each page is its own history entry).
    await page.goBack();
    await page.getByText(/^Page 2 sur \d+$/).waitFor();
    await waitForFirstCell(page, item);
    await expectNoError(page, pageErrors);
  });

  it('shows the default page, without an error, for a forged query string', async () => {
    const { siaes } = await product.graphql<{ siaes: { totalCount: number } }>('{ siaes(first: 1) { totalCount } }');
    // [query, whether the API refuses it (the address is then replaced by page 1's)].
    const forged: [string, boolean][] = [
      // Nothing valid: every filter and the page fall back on their defaults, nothing is sent to the API.
      [`departement=ZZ&type=XYZ&page=abc&apres=${encodeURIComponent('<script>alert(1)</script>')}`, false],
      [`page=-3&apres=${encodeURIComponent("' OR 1=1 --")}`, false],
      [`page=2&apres=${'A'.repeat(5000)}`, false],
      // Cursors of the right alphabet the API refuses (INVALID_CURSOR).
      ['page=2&apres=AAAA', true],
      [`page=7&apres=${Buffer.from(JSON.stringify({ k: ['x'] })).toString('base64url')}`, true],
    ];
    for (const [query, refused] of forged) {
      await page.goto(`${product.url}/prescripteur/annuaire?${query}`);
      if (refused) await page.waitForURL((url) => !url.searchParams.has('apres'));
      await waitForResults(page);
      await page.getByText(/^Page 1 sur \d+$/).waitFor();
      expect(await resultsCount(page), query).toBe(structures(siaes.totalCount));
      expect(await directoryRows(page), query).toHaveLength(20);
      expect(await page.locator('#filtre-departement').inputValue(), query).toBe('');
      expect(await page.locator('#filtre-type').inputValue(), query).toBe('');
      await expectNoError(page, pageErrors);
    }
    // The refused cursor's address was replaced by page 1's: Back does not lead to it again.
    expect(new URL(page.url()).searchParams.has('apres')).toBe(false);
    await expectAccessible(page);
  });

  it('shows page 1 of the lists of the agence portal, without an error, for a forged cursor', async () => {
    const { page: agencePage, pageErrors: agenceErrors } = await openPage(browser);
    agencePage.setDefaultTimeout(Number(process.env.E2E_WAIT_MS ?? 300_000));
    const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
      '{ viewer { organisation { id } } }',
      {},
      demoAccounts.agence,
    );
    const { agency } = await product.graphql<{ agency: { name: string; siaes: { totalCount: number } } }>(
      'query ($id: ID!) { agency(id: $id) { name siaes(first: 1) { totalCount } } }',
      { id: viewer.organisation.id },
      demoAccounts.agence,
    );
    const territory = `${product.url}/agence/agences/${encodeURIComponent(viewer.organisation.id)}`;
    await signInThrough(agencePage, `${territory}?page=2&apres=AAAA`, demoAccounts.agence);
    // The territory (numbered pages since « Charger plus » went): its first page, the refused cursor gone.
    await agencePage
      .getByRole('heading', { level: 1, name: agency.name })
      .waitFor()
      .catch(async (error: unknown) => {
        throw new Error(`${agencePage.url()}\n${await agencePage.locator('main').innerText()}`, { cause: error });
      });
    await agencePage.waitForURL((url) => url.search === '');
    const shown = Math.min(20, agency.siaes.totalCount);
    await agencePage.getByText(`${shown === 0 ? 0 : 1} à ${shown} sur ${agency.siaes.totalCount}`).waitFor();
    await expectAccessible(agencePage);
    await expectNoError(agencePage, agenceErrors);

    // The agences of a forged département on a forged page: every agence, page 1.
    const { agencies } = await product.graphql<{ agencies: { totalCount: number } }>(
      '{ agencies(first: 1) { totalCount } }',
      {},
      demoAccounts.agence,
    );
    await agencePage.goto(`${product.url}/agence/agences?departement=%27--&page=2&apres=${'Z'.repeat(40)}`);
    await agencePage.waitForURL((url) => !url.searchParams.has('apres'));
    await agencePage.getByRole('heading', { level: 2, name: new RegExp(`^${agencies.totalCount} agences?`) }).waitFor();
    await expectNoError(agencePage, agenceErrors);
  });
});

interface IndicatorRows {
  id: string;
  label: string;
  computable: boolean;
  rows: { value: number | null; masked: boolean }[];
}
const indicatorsQuery = `query ($filter: IndicatorFilter) {
  indicators(filter: $filter) { id label computable rows { value masked } }
}`;

describe('Charts with nothing to draw (issue 14 §5)', () => {
  it('says why there is nothing to draw (no figure, all masked, all 0) instead of an empty axis', async () => {
    // The API's today is France's (after 23:00 UTC in winter, UTC's date is still yesterday's).
    const today = todayInFrance();
    const month = today.slice(0, 7);
    // The current month of a small territory: an indicator whose table has rows but nothing above 0, as the API answers.
    let found: { indicator: IndicatorRows; departement: string; kind: string } | undefined;
    search: for (const departement of ['90', '58', '39']) {
      for (const kind of ['EITI', 'ETTI', 'EI']) {
        const { indicators } = await product.graphql<{ indicators: IndicatorRows[] }>(
          indicatorsQuery,
          { filter: { departement, siaeKind: kind, from: `${month}-01`, to: today } },
          demoAccounts.pilotage,
        );
        const indicator = indicators.find(
          (i) => i.computable && i.rows.length > 0 && i.rows.every((row) => !row.value),
        );
        if (indicator) {
          found = { indicator, departement, kind };
          break search;
        }
      }
    }
    expect(found, 'an indicator with nothing above 0 this month for a département and kind').toBeDefined();
    const { indicator, departement, kind } = found!;
    const expected = indicator.rows.some((row) => row.masked)
      ? 'toutes les valeurs sont masquées, car inférieures au seuil du secret statistique'
      : indicator.rows.some((row) => row.value === 0)
        ? 'toutes les valeurs sont égales à 0 pour ce territoire et cette période'
        : 'Aucune donnée à représenter pour ce territoire et cette période';

    const { page, pageErrors } = await openPage(browser);
    page.setDefaultTimeout(Number(process.env.E2E_WAIT_MS ?? 300_000));
    await signInThrough(
      page,
      `${product.url}/pilotage/indicateurs/${indicator.id}?departement=${departement}&type=${kind}&periode=${month}`,
      demoAccounts.pilotage,
    );
    await page.getByRole('heading', { level: 1, name: indicator.label }).waitFor();
    const empty = page.getByTestId('departement-chart-empty');
    await empty.waitFor();
    expect(await empty.getByRole('status').innerText()).toContain(expected);
    expect(await empty.locator('figcaption').innerText()).toContain(indicator.label);
    expect(await page.getByTestId('departement-chart').count()).toBe(0);
    // The figures' table stays, as the API answers them.
    expect(await page.locator('[data-testid="table-indicateur"] tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await expectNoError(page, pageErrors);
  });
});

// Lists keep their page and filters in the URL (issue 14 §5): page 2 of a filtered list, an item opened, Back → the
// same page with the same filters; a reload keeps it; a forged query string shows the default page without an error;
// axe on every page visited (support/axe.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { directoryRows, resultsCount, waitForResults } from './support/directory.ts';
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
const firstCell = (page: Page) => page.locator('table tbody tr td').first().innerText();

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
  let departement: string;
  let total: number;

  beforeAll(async () => {
    ({ page, pageErrors } = await openPage(browser));
    // A département with more than one page of SIAE, as the API counts them.
    const counts = await product.graphql<Record<string, { totalCount: number }>>(
      `{ ${['21', '25', '39', '58', '70', '71', '89', '90']
        .map((code) => `d${code}: siaes(first: 1, filter: { departement: "${code}" }) { totalCount }`)
        .join(' ')} }`,
    );
    const [key, count] = Object.entries(counts).sort((a, b) => b[1].totalCount - a[1].totalCount)[0]!;
    expect(count.totalCount).toBeGreaterThan(20);
    departement = key.slice(1);
    total = count.totalCount;
  });

  it('returns to page 2 of the filtered directory with its filter after an item is opened and Back pressed', async () => {
    await signInThrough(
      page,
      `${product.url}/prescripteur/annuaire?departement=${departement}`,
      demoAccounts.prescripteur,
    );
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
    expect(url.searchParams.get('departement')).toBe(departement);
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('apres')).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const row of secondPage) expect(row[3]).toContain(`(${departement})`);
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
    expect(await page.locator('#filtre-departement').inputValue()).toBe(departement);
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
    expect(new URL(page.url()).searchParams.toString()).toBe(`departement=${departement}`);

    // Back again: page 2 (each page is its own history entry).
    await page.goBack();
    await page.getByText(/^Page 2 sur \d+$/).waitFor();
    await waitForFirstCell(page, item);
    await expectNoError(page, pageErrors);
  });

  it('shows the default page, without an error, for a forged query string', async () => {
    const { siaes } = await product.graphql<{ siaes: { totalCount: number } }>('{ siaes(first: 1) { totalCount } }');
    const forged = [
      // Nothing valid: every filter and the page fall back on their defaults.
      `departement=ZZ&type=XYZ&page=abc&apres=${encodeURIComponent('<script>alert(1)</script>')}`,
      `page=-3&apres=${encodeURIComponent("' OR 1=1 --")}`,
      `page=2&apres=${'A'.repeat(5000)}`,
      // Cursors of the right alphabet the API refuses (INVALID_CURSOR): page 1, the forged address replaced.
      'page=2&apres=AAAA',
      `page=7&apres=${Buffer.from(JSON.stringify({ k: ['x'] })).toString('base64url')}`,
    ];
    for (const query of forged) {
      await page.goto(`${product.url}/prescripteur/annuaire?${query}`);
      await waitForResults(page);
      await page.getByText(/^Page 1 sur \d+$/).waitFor();
      await page
        .waitForFunction(() => !new URLSearchParams(location.search).has('apres'), undefined, {
          timeout: 60_000,
        })
        .catch(() => undefined);
      expect(await resultsCount(page), query).toBe(structures(siaes.totalCount));
      expect(await directoryRows(page), query).toHaveLength(20);
      expect(await page.locator('#filtre-departement').inputValue(), query).toBe('');
      await expectNoError(page, pageErrors);
    }
    // The refused cursor's address was replaced by page 1's: Back does not lead to it again.
    expect(new URL(page.url()).searchParams.has('apres')).toBe(false);
    await expectAccessible(page);
  });

  it('keeps the agence territory page in the URL (numbered pages instead of « Charger plus »)', async () => {
    const { page: agencePage, pageErrors: agenceErrors } = await openPage(browser);
    const { agencies } = await product.graphql<{
      agencies: { edges: { node: { id: string; name: string; siaes: { totalCount: number } } }[] };
    }>(
      '{ agencies(first: 50) { edges { node { id name siaes(first: 1) { totalCount } } } } }',
      {},
      demoAccounts.agence,
    );
    const agency = agencies.edges.map((e) => e.node).sort((a, b) => b.siaes.totalCount - a.siaes.totalCount)[0]!;
    expect(agency.siaes.totalCount).toBeGreaterThan(20);
    const territory = `${product.url}/agence/agences/${encodeURIComponent(agency.id)}`;
    await signInThrough(agencePage, territory, demoAccounts.agence);
    await agencePage.getByRole('heading', { level: 1, name: agency.name }).waitFor();
    await agencePage.getByText(/^Page 1 sur \d+$/).waitFor();
    const first = await firstCell(agencePage);
    await agencePage.getByRole('button', { name: 'Page suivante' }).click();
    await agencePage.getByText(/^Page 2 sur \d+$/).waitFor();
    await agencePage.waitForFunction(
      (f) => document.querySelector('table tbody tr td')?.textContent?.trim() !== f,
      first,
    );
    const second = await firstCell(agencePage);
    await agencePage
      .getByText(`21 à ${Math.min(40, agency.siaes.totalCount)} sur ${agency.siaes.totalCount}`)
      .waitFor();
    const url = agencePage.url();
    expect(new URL(url).searchParams.get('page')).toBe('2');
    await expectAccessible(agencePage);

    // Elsewhere in the portal, then Back.
    await agencePage.getByRole('link', { name: 'Historique des décisions' }).first().click();
    await agencePage
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /décisions/i })
      .waitFor();
    await agencePage.goBack();
    await agencePage.getByText(/^Page 2 sur \d+$/).waitFor();
    await waitForFirstCell(agencePage, second);
    expect(agencePage.url()).toBe(url);
    await expectAccessible(agencePage);
    await expectNoError(agencePage, agenceErrors);
  });
});

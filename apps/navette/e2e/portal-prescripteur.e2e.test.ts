// Espace prescripteur: the SIAE directory against the real product (demo data of Bourgogne-Franche-Comté).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { directoryRows, resultsCount, searchDirectory, waitForResults } from './support/directory.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough, submitSignIn } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  product = await startProduct('prescripteur');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('Espace prescripteur', () => {
  it('refuses a wrong password with the generic French message and stays on the sign-in page', async () => {
    await page.goto(`${product.url}/prescripteur/`);
    await page.waitForURL(/\/prescripteur\/connexion$/);
    await expect.poll(() => page.title()).toBe('Connexion – Espace prescripteur – Navette');
    await submitSignIn(page, demoAccounts.prescripteur, 'mauvais-mot-de-passe');
    await page.getByRole('alert').filter({ hasText: 'Adresse électronique ou mot de passe incorrect.' }).waitFor();
    expect(page.url()).toMatch(/\/prescripteur\/connexion$/);
    expect(await page.getByRole('button', { name: 'Se connecter' }).isEnabled()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await maybeScreenshot(page, 'prescripteur-sign-in-error');
  });

  it('signs in, then opens on the SIAE directory, in French, with every structure of the region counted', async () => {
    const { siaes } = await product.graphql<{ siaes: { totalCount: number } }>('{ siaes(first: 1) { totalCount } }');
    expect(siaes.totalCount).toBeGreaterThan(20);
    const { viewer } = await product.graphql<{
      viewer: { displayName: string; roleLabel: string; organisation: { name: string } };
    }>('{ viewer { displayName roleLabel organisation { name } } }');

    await signInThrough(page, `${product.url}/prescripteur/`, demoAccounts.prescripteur);
    await waitForResults(page);
    const user = await page.getByTestId('signed-in-user').first().innerText();
    for (const part of [viewer.displayName, viewer.roleLabel, viewer.organisation.name]) expect(user).toContain(part);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.title()).toBe('Annuaire des SIAE – Espace prescripteur – Navette');
    expect(await page.locator('header').innerText()).toContain('Espace prescripteur');
    expect(await resultsCount(page)).toBe(`${siaes.totalCount} structures`);
    expect(await directoryRows(page)).toHaveLength(20);
    await maybeScreenshot(page, 'prescripteur-directory');
  });

  it('goes to page 2 and back with the cursor pagination', async () => {
    const firstPage = await directoryRows(page);
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.getByText(/^Page 2 sur \d+$/).waitFor();
    await page.waitForFunction(
      (first) => document.querySelector('table tbody tr td')?.textContent !== first,
      firstPage[0]?.[0],
    );
    const secondPage = await directoryRows(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.map((r) => r[0])).not.toEqual(firstPage.map((r) => r[0]));

    await page.getByRole('button', { name: 'Page précédente' }).click();
    await page.getByText(/^Page 1 sur \d+$/).waitFor();
    await page.waitForFunction(
      (first) => document.querySelector('table tbody tr td')?.textContent === first,
      firstPage[0]?.[0],
    );
  });

  it('filters on département 25 and shows only SIAE of the Doubs', async () => {
    const { siaes } = await product.graphql<{ siaes: { totalCount: number } }>(
      '{ siaes(first: 1, filter: { departement: "25" }) { totalCount } }',
    );
    await searchDirectory(page, { departement: '25' });
    expect(page.url()).toContain('departement=25');
    expect(await resultsCount(page)).toBe(`${siaes.totalCount} structures`);
    const rows = await directoryRows(page);
    expect(rows).toHaveLength(Math.min(siaes.totalCount, 20));
    for (const row of rows) expect(row[3]).toBe('Doubs (25)');
    await maybeScreenshot(page, 'prescripteur-doubs');
  });

  it('shows the empty state for a search that matches nothing', async () => {
    await searchDirectory(page, { departement: '', search: 'zzzz-aucune-structure' });
    await page.getByText('Aucune structure ne correspond à votre recherche').waitFor();
    expect(await resultsCount(page)).toBe('Aucune structure');
    await page.getByRole('button', { name: 'Réinitialiser les filtres' }).click();
    await page.waitForFunction(() => !location.search.includes('recherche'));
    await waitForResults(page);
    expect(await directoryRows(page)).toHaveLength(20);
  });

  it('serves a deep link through the SPA fallback, filters restored from the URL', async () => {
    await page.goto(`${product.url}/prescripteur/?departement=39&type=ACI`);
    await waitForResults(page);
    expect(await page.locator('#filtre-departement').inputValue()).toBe('39');
    expect(await page.locator('#filtre-type').inputValue()).toBe('ACI');
    for (const row of await directoryRows(page)) expect([row[1], row[3]]).toEqual(['ACI', 'Jura (39)']);
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

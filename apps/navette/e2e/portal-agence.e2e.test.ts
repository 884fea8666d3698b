// Espace agence Pôle emploi: pick an agence of a département, then see its SIAE and its offer of services.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough, submitSignIn } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];

interface AgencyData {
  agencies: { totalCount: number; edges: { node: { id: string; name: string } }[] };
}

beforeAll(async () => {
  product = await startProduct('agence');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('Espace agence Pôle emploi', () => {
  it('refuses an SIAE account with a French message, signed out, still on the sign-in page', async () => {
    await page.goto(`${product.url}/agence/`);
    await page.waitForURL(/\/agence\/connexion$/);
    await submitSignIn(page, demoAccounts.siae);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ce compte n’a pas accès à l’espace agence Pôle emploi' })
      .waitFor();
    expect(page.url()).toMatch(/\/agence\/connexion$/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.getByTestId('signed-in-user').count()).toBe(0);
    await maybeScreenshot(page, 'agence-refused');
  });

  it('lists the agences of the Doubs', async () => {
    const { agencies } = await product.graphql<AgencyData>(
      '{ agencies(first: 50, filter: { departement: "25" }) { totalCount edges { node { id name } } } }',
    );
    expect(agencies.totalCount).toBeGreaterThan(0);

    await signInThrough(page, `${product.url}/agence/`, demoAccounts.agence);
    await page.getByRole('heading', { level: 1, name: 'Choisir votre agence Pôle emploi' }).waitFor();
    await expect.poll(() => page.title()).toBe('Choisir une agence – Espace agence Pôle emploi – Navette');
    await page.locator('#agence-departement option[value="25"]').waitFor({ state: 'attached' });
    await page.locator('#agence-departement').selectOption('25');
    await page.getByRole('button', { name: 'Afficher les agences' }).click();
    await page.waitForURL(/departement=25/);
    await page
      .getByRole('heading', {
        level: 2,
        name: agencies.totalCount === 1 ? '1 agence' : `${agencies.totalCount} agences`,
      })
      .waitFor();
    const names = await page.locator('ul[aria-label="Agences Pôle emploi"] h3').allInnerTexts();
    expect(names.map((n) => n.trim()).sort()).toEqual(agencies.edges.map((e) => e.node.name).sort());
    await maybeScreenshot(page, 'agence-picker');
  });

  it('opens an agence: the SIAE of its territory and its offer of services', async () => {
    const { agencies } = await product.graphql<AgencyData>(
      '{ agencies(first: 1, filter: { departement: "25" }) { totalCount edges { node { id name } } } }',
    );
    const agency = agencies.edges[0]!.node;
    const { agency: detail } = await product.graphql<{
      agency: {
        siaes: { totalCount: number; edges: { node: { name: string } }[] };
        employmentServices: { title: string }[];
      };
    }>(
      'query ($id: ID!) { agency(id: $id) { siaes(first: 100) { totalCount edges { node { name } } } employmentServices { title } } }',
      { id: agency.id },
    );

    await page.getByRole('link', { name: agency.name }).click();
    await page.getByRole('heading', { level: 1, name: agency.name }).waitFor();
    const siaeNames = await page.locator('table tbody tr td:first-child').allInnerTexts();
    expect(siaeNames.map((n) => n.trim()).sort()).toEqual(
      detail.siaes.edges
        .slice(0, 20)
        .map((e) => e.node.name)
        .sort(),
    );
    const main = await page.locator('main').innerText();
    for (const service of detail.employmentServices) expect(main).toContain(service.title);
    await maybeScreenshot(page, 'agence-territory');
  });

  it('says so for an agence that does not exist', async () => {
    await page.goto(`${product.url}/agence/agences/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Agence introuvable' }).waitFor();
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

// Espace SIAE: the directory, then the page of one SIAE (agence référente, its services, decision deadline).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { directoryRows, searchDirectory, waitForResults } from './support/directory.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  product = await startProduct('siae');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** Today in France, as the portal computes it for `approvalDecisionDeadline(receivedOn:)`. */
const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());

describe('Espace SIAE', () => {
  it('lists the SIAE of the Doubs and opens the page of one of them', async () => {
    await signInThrough(page, `${product.url}/siae/`, demoAccounts.siae);
    await waitForResults(page);
    expect(await page.locator('header').innerText()).toContain('Espace SIAE');
    await searchDirectory(page, { departement: '25' });
    const rows = await directoryRows(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[3]).toBe('Doubs (25)');

    const name = rows[0]![0]!;
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toMatch(/\/siae\/structures\/[^/]+$/);
    await expect.poll(() => page.title()).toBe(`${name} – Espace SIAE – Navette`);
  });

  it("shows the agence référente, its offer of services and today's decision deadline from the API", async () => {
    const siaeId = decodeURIComponent(page.url().split('/').pop()!);
    const { siae } = await product.graphql<{
      siae: { approvalDecisionDeadline: string; agency: { name: string; employmentServices: { title: string }[] } };
    }>(
      'query ($id: ID!, $on: Date!) { siae(id: $id) { approvalDecisionDeadline(receivedOn: $on) agency { name employmentServices { title } } } }',
      {
        id: siaeId,
        on: today,
      },
    );

    await page.getByRole('heading', { name: `Agence Pôle emploi référente : ${siae.agency.name}` }).waitFor();
    const deadline = page.getByTestId('approval-deadline').locator('time');
    expect(await deadline.getAttribute('datetime')).toBe(siae.approvalDecisionDeadline);
    expect(await deadline.innerText()).toMatch(
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4}$/,
    );
    const main = await page.locator('main').innerText();
    expect(siae.agency.employmentServices.length).toBeGreaterThan(0);
    for (const service of siae.agency.employmentServices) expect(main).toContain(service.title);
    await maybeScreenshot(page, 'siae-detail');
  });

  it('goes back to the directory through the breadcrumb, with the filter kept in history', async () => {
    await page.goBack();
    await waitForResults(page);
    expect(page.url()).toContain('departement=25');
    await page.goForward();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main').getByRole('link', { name: 'Annuaire des SIAE' }).click();
    await waitForResults(page);
  });

  it('says so for a structure that does not exist', async () => {
    await page.goto(`${product.url}/siae/structures/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Structure introuvable' }).waitFor();
  });

  it('shows the empty state for a search that matches nothing', async () => {
    await page.goto(`${product.url}/siae/?recherche=zzzz-aucune-structure`);
    await page.getByText('Aucune structure ne correspond à votre recherche').waitFor();
  });

  it('renews an access token about to expire before the next request, without asking to sign in again', async () => {
    const previousRefreshToken = await page.evaluate(() => {
      const key = 'navette.session.portal-siae';
      const stored = JSON.parse(sessionStorage.getItem(key)!) as { accessTokenExpiresAt: string; refreshToken: string };
      stored.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString();
      sessionStorage.setItem(key, JSON.stringify(stored));
      return stored.refreshToken;
    });
    await page.goto(`${product.url}/siae/`);
    await waitForResults(page);
    const renewed = await page.evaluate(
      () =>
        JSON.parse(sessionStorage.getItem('navette.session.portal-siae')!) as {
          refreshToken: string;
          accessTokenExpiresAt: string;
        },
    );
    expect(renewed.refreshToken).not.toBe(previousRefreshToken);
    expect(Date.parse(renewed.accessTokenExpiresAt)).toBeGreaterThan(Date.now());
    expect(page.url()).not.toMatch(/connexion/);
  });

  it('signs out: back to the sign-in page, and the previous page then asks to sign in again', async () => {
    await page.goto(`${product.url}/siae/?departement=25`);
    await waitForResults(page);
    const previous = page.url();
    await page.locator('header').getByRole('button', { name: 'Se déconnecter' }).filter({ visible: true }).click();
    await page.waitForURL(/\/siae\/connexion$/);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await page.getByTestId('signed-in-user').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await page.goto(previous);
    await page.waitForURL(/\/siae\/connexion$/);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await page.locator('table').count()).toBe(0);
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

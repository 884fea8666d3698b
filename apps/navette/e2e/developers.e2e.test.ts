// The explorer of /developpeurs in a real Chromium (issue 15, item 2): it runs under the gateway's strict CSP (its
// script and stylesheet from this origin, no violation), an API client's token gets the directory, and a portal
// account's token is turned away (by the page, and by the gateway when sent anyway).
import { demoApiClientCredential } from '@navette/db';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];
const cspViolations: string[] = [];

beforeAll(async () => {
  product = await startProduct('siae');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
  page.on('console', (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to (load|apply|execute|connect|frame)/i.test(message.text()))
      cspViolations.push(message.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('the explorer', () => {
  it('runs an API client’s query under the CSP', async () => {
    await page.goto(`${product.url}/developpeurs/explorateur`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Explorateur');
    await page.getByLabel('Jeton du client d’API').fill(demoApiClientCredential);
    await page.getByRole('button', { name: 'Exécuter' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^HTTP 200/ })
      .waitFor();
    const result = JSON.parse((await page.locator('#result').textContent()) ?? '') as {
      data: { siaes: { edges: unknown[] } };
    };
    expect(result.data.siaes.edges.length).toBeGreaterThan(0);

    await page.getByLabel('Exemple').selectOption('indicators');
    await page.getByRole('button', { name: 'Exécuter' }).click();
    await page.locator('#result').filter({ hasText: '"indicators"' }).waitFor();
    await maybeScreenshot(page, 'developpeurs-explorateur');
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('turns a portal account’s token away, and the gateway refuses its document', async () => {
    await page.goto(`${product.url}/developpeurs/explorateur`);
    const { signIn } = await product.graphql<{ signIn: { accessToken: string } }>(
      'mutation { signIn(email: "siae@demo.navette.fr", password: "Navette-Demo-2026!") { accessToken } }',
    );
    await page.getByLabel('Jeton du client d’API').fill(signIn.accessToken);
    await page.getByRole('button', { name: 'Exécuter' }).click();
    await page.getByRole('status').filter({ hasText: 'Saisissez le jeton d’un client d’API' }).waitFor();
    expect(await page.locator('#result').textContent()).toBe('');

    // Sent anyway from the page (a modified script): refused by the gateway.
    const answer = await page.evaluate(async (token) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ siaes(first: 1) { totalCount } }' }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] },
      };
    }, signIn.accessToken);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
    expect(cspViolations).toEqual([]);
  });
});

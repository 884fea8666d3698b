// Console de pilotage: SIAE by département and kind (one aliased query), and the CTA per employment area.
import type { Browser, Page } from 'playwright-core';
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

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

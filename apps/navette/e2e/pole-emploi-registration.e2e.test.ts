// L'inscription à Pôle emploi (issue 18 §4; accord, fiche 5: "Inscrire ou maintenir l'inscription à Pôle emploi des
// salariés en parcours IAE"; fiche 7: "% de personnes inscrites à PE 6 mois après la fin de leur agrément") in two
// portals against the real product: the SIAE records the situation on its salarié's page (the form asks for what is
// missing first, a registration day in the future is refused); the agence finds, in its 6-month worklist, a person
// whose agrément ended long ago, records the situation and sees the row leave the list. Each test lays down its own
// parcours (written as the tables' owner: the API cannot date an agrément in the past).
import { makePerson } from '@navette/db/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
const pageErrors: Error[][] = [];

beforeAll(async () => {
  product = await startProduct('siae');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function newPage(): Promise<Page> {
  const opened = await openPage(browser);
  pageErrors.push(opened.pageErrors);
  return opened.page;
}

describe('inscription à Pôle emploi (fiches 5 and 7)', () => {
  it('the SIAE records the situation of its salarié during the parcours', async () => {
    // A parcours at the demo SIAE (Besançon) whose agrément runs until October 2027.
    const { approvalId } = await makePerson(product.db, 'Registra', '2025-06-01', { approvalEndOn: '2027-10-31' });
    const page = await newPage();
    await signInThrough(page, `${product.url}/siae/salaries/${approvalId}`, demoAccounts.siae);
    await page.getByRole('heading', { level: 2, name: 'Inscription à Pôle emploi' }).waitFor();
    await expect(page.getByTestId('registration-status').innerText()).resolves.toMatch(/Aucune situation enregistrée/);

    await page.getByRole('button', { name: 'Enregistrer la situation' }).click();
    await page.getByTestId('error-summary').getByText('Indiquez si la personne est inscrite à Pôle emploi.').waitFor();

    await page.getByText('Oui, inscrite comme demandeur d’emploi').click();
    await page.getByLabel('Date d’inscription').fill('2099-01-01');
    await page.getByRole('button', { name: 'Enregistrer la situation' }).click();
    await page
      .getByTestId('error-summary')
      .getByText(/est dans le futur/)
      .waitFor();

    await page.getByLabel('Date d’inscription').fill('2025-05-12');
    await page.getByRole('button', { name: 'Enregistrer la situation' }).click();
    await page
      .getByTestId('registration-status')
      .getByText(/Inscrite à Pôle emploi depuis le 12\/05\/2025/)
      .waitFor();
    await expect(page.getByTestId('registration-status').innerText()).resolves.toMatch(/par la structure/);
    await expectAccessible(page);
    await maybeScreenshot(page, 'siae-pole-emploi-registration');
    expect(pageErrors.flat()).toEqual([]);
  });

  it('the agence records the situation 6 months after the end from its worklist, and the row leaves it', async () => {
    // An agrément of its territory that ended long ago: first in the worklist (longest waiting first).
    await makePerson(product.db, 'Sixmois', '2021-01-05', { approvalEndOn: '2023-01-31' });
    const page = await newPage();
    await signInThrough(page, `${product.url}/agence/inscriptions-6-mois`, demoAccounts.agence);
    await page
      .getByRole('heading', { level: 1, name: 'Inscriptions à Pôle emploi 6 mois après la fin de l’agrément' })
      .waitFor();
    const check = page.getByRole('link', { name: 'Relever la situation de Sixmois Durand' });
    await check.waitFor();
    await expectAccessible(page);
    await check.click();
    await page
      .getByRole('heading', { level: 1, name: 'Situation de Sixmois Durand 6 mois après l’agrément' })
      .waitFor();
    await page.getByText('Non', { exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer la situation' }).click();
    await page.getByText('Situation de Sixmois Durand enregistrée.').waitFor();
    await page
      .getByRole('heading', { level: 1, name: 'Inscriptions à Pôle emploi 6 mois après la fin de l’agrément' })
      .waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Relever la situation de Sixmois Durand' }).count()).toBe(0);
    await maybeScreenshot(page, 'agence-registration-checks');
    expect(pageErrors.flat()).toEqual([]);
  });
});

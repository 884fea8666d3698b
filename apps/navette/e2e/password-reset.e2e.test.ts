// Password reset by e-mail (issue 14 §2) in a real Chromium: « Mot de passe oublié ? » on each portal's sign-in page,
// the request (the same answer for an unknown address), the e-mail read in the mail catcher (/mails), its link to the
// account's portal, the new password (an error summary, then the API's password policy in French, then success), the
// sign-in with it; the same link a second time is refused with a clear message and a way to ask for another one.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { portalPaths, startProduct, type Product } from './support/product.ts';
import { DEMO_PASSWORD, demoAccounts, submitSignIn } from './support/session.ts';

const NEW_PASSWORD = 'Un-Nouveau-Mot-De-Passe-2027!';
const SUBJECT = '[Navette] Réinitialisation de votre mot de passe';

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

interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** Waits until the mail catcher holds `count` e-mails to `to` (the reset e-mail leaves after the API's answer). */
async function waitForMails(to: string, count: number): Promise<Mail[]> {
  for (;;) {
    const mails = (await (await fetch(`${product.url}/mails.json`)).json()) as Mail[];
    const mine = mails.filter((m) => m.to === to);
    if (mine.length >= count) return mine;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function requestLink(tab: Page, portal: keyof typeof portalPaths, email: string): Promise<void> {
  await tab.goto(`${product.url}${portalPaths[portal].path}connexion`);
  await tab.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await tab.waitForURL(/\/mot-de-passe\/oublie$/);
  await tab.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
  await tab.getByLabel('Adresse électronique').fill(email);
  await tab.getByRole('button', { name: 'Recevoir un lien de réinitialisation' }).click();
  await tab.getByTestId('reset-requested').waitFor();
}

describe('password reset', () => {
  it('has « Mot de passe oublié ? » on the sign-in page of each of the four portals', async () => {
    for (const portal of Object.keys(portalPaths) as (keyof typeof portalPaths)[]) {
      const base = portalPaths[portal].path;
      await page.goto(`${product.url}${base}connexion`);
      const link = page.getByRole('link', { name: 'Mot de passe oublié ?' });
      expect(await link.getAttribute('href'), portal).toBe(`${base}mot-de-passe/oublie`);
      await link.click();
      await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
      await expectAccessible(page);
    }
  });

  it('sends a link by e-mail, sets the new password with it, signs in with it; the link never works twice', async () => {
    const email = demoAccounts.siae;
    await page.goto(`${product.url}/siae/mot-de-passe/oublie`);
    // An empty address: the error summary, nothing sent.
    await page.getByRole('button', { name: 'Recevoir un lien de réinitialisation' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Saisissez l’adresse électronique de votre compte.');
    await expectAccessible(page);

    // An unknown address gets the same answer as a known one.
    await requestLink(page, 'siae', 'personne@nulle-part.example');
    const unknownAnswer = (await page.getByTestId('reset-requested').textContent())!;
    await requestLink(page, 'siae', email);
    const knownAnswer = (await page.getByTestId('reset-requested').textContent())!;
    expect(knownAnswer.replace(email, '…')).toBe(unknownAnswer.replace('personne@nulle-part.example', '…'));
    await expectAccessible(page);

    // The e-mail, read in the mail catcher, links to the account's portal.
    const [mail] = await waitForMails(email, 1);
    expect(mail!.subject).toBe(SUBJECT);
    await page.goto(`${product.url}/mails`);
    await page.getByRole('row').filter({ hasText: email }).getByRole('link', { name: SUBJECT }).click();
    await page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    const link = page.getByRole('link', { name: /\/siae\/mot-de-passe\/nouveau#jeton=nvt_pr_/ });
    const resetUrl = (await link.getAttribute('href'))!;
    expect(resetUrl.startsWith(`${product.url}/siae/mot-de-passe/nouveau#jeton=`)).toBe(true);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    // The token leaves the address bar once read.
    await page.waitForURL((url) => url.pathname === '/siae/mot-de-passe/nouveau' && url.hash === '');
    await expectAccessible(page);

    const submit = page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' });
    await page.locator('#reinitialisation-nouveau-mot-de-passe').fill(NEW_PASSWORD);
    await page.locator('#reinitialisation-confirmation').fill(`${NEW_PASSWORD}x`);
    await submit.click();
    await summary.waitFor();
    expect(await summary.textContent()).toContain('La confirmation ne correspond pas au nouveau mot de passe.');

    // The API's password policy, in French; the link is not spent by it.
    await page.locator('#reinitialisation-nouveau-mot-de-passe').fill('court');
    await page.locator('#reinitialisation-confirmation').fill('court');
    await submit.click();
    const refused = page.getByTestId('api-error');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/caractères/);
    await expectAccessible(page);

    await page.locator('#reinitialisation-nouveau-mot-de-passe').fill(NEW_PASSWORD);
    await page.locator('#reinitialisation-confirmation').fill(NEW_PASSWORD);
    await submit.click();
    await page.waitForURL(/\/siae\/connexion$/);
    await page.getByText('Votre mot de passe a été changé.', { exact: false }).waitFor();
    await expectAccessible(page);

    // The old password no longer works, the new one does.
    await submitSignIn(page, email, DEMO_PASSWORD);
    await page.getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
    await submitSignIn(page, email, NEW_PASSWORD);
    await page.getByTestId('signed-in-user').first().waitFor();

    // The same link again: refused, with a way to ask for a new one.
    const { page: again } = await openPage(browser);
    await again.goto(resetUrl);
    await again.locator('#reinitialisation-nouveau-mot-de-passe').fill(`${NEW_PASSWORD}2`);
    await again.locator('#reinitialisation-confirmation').fill(`${NEW_PASSWORD}2`);
    await again.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await again.getByText('Ce lien de réinitialisation n’est plus valable').waitFor();
    await expectAccessible(again);
    await again.getByRole('link', { name: 'Demander un nouveau lien' }).click();
    await again.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await again.context().close();

    // A link without its token says so.
    await page.goto(`${product.url}/siae/mot-de-passe/nouveau`);
    await page.getByText('Ce lien de réinitialisation est incomplet').waitFor();
    expect(pageErrors).toEqual([]);
  });
});

// « Mon compte » (issue 14 §2) in a real Chromium, the same page in the four portals: reached from the header, it shows
// who the user is, the devices where they are signed in (another device's session closed from here stops working
// there), and a change of password (error summary, the API's refusal, then success with the other sessions closed).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { portalPaths, startProduct, type Product } from './support/product.ts';
import { DEMO_PASSWORD, demoAccounts, signInThrough, submitSignIn } from './support/session.ts';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';
const NEW_PASSWORD = 'Un-Nouveau-Mot-2027!';

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

/** A second device: a browser context of its own with Firefox's user agent, signed in to the Espace prescripteur. */
async function signInOnAnotherDevice(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', userAgent: FIREFOX });
  context.setDefaultTimeout(300_000);
  const other = await context.newPage();
  await signInThrough(other, `${product.url}/prescripteur/`, email);
  return other;
}

async function openAccountFromHeader(tab: Page): Promise<void> {
  await tab.getByRole('link', { name: 'Mon compte' }).first().click();
  await tab.waitForURL(/\/mon-compte$/);
  await tab.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
  await tab.getByRole('table', { name: 'Sessions actives de votre compte' }).waitFor();
}

const sessionRows = (tab: Page) =>
  tab.getByRole('table', { name: 'Sessions actives de votre compte' }).locator('tbody tr');

describe('« Mon compte »', () => {
  it('shows who the user is and the devices where they are signed in, and closes another device’s session', async () => {
    const phone = await signInOnAnotherDevice(demoAccounts.prescripteur);
    await signInThrough(page, `${product.url}/prescripteur/`, demoAccounts.prescripteur);
    await openAccountFromHeader(page);
    await expectAccessible(page);

    const identity = page.getByTestId('account-identity');
    await identity.getByText(demoAccounts.prescripteur).waitFor();
    const { viewer } = await product.graphql<{
      viewer: { displayName: string; roleLabel: string; organisation: { name: string } };
    }>('{ viewer { displayName roleLabel organisation { name } } }');
    const shown = await identity.textContent();
    for (const value of [viewer.displayName, viewer.roleLabel, viewer.organisation.name])
      expect(shown).toContain(value);

    // This browser (Chromium) and the other device (Firefox), at least: the current one first, marked.
    await sessionRows(page).filter({ hasText: 'Firefox sur Windows' }).waitFor();
    const rows = await sessionRows(page).allTextContents();
    expect(rows[0]).toContain('Cette session');
    expect(rows[0]).toContain('Chrome sur Linux');

    const firefoxRow = sessionRows(page).filter({ hasText: 'Firefox sur Windows' });
    await firefoxRow.getByRole('button', { name: /^Fermer la session Firefox sur Windows/ }).click();
    await page.getByText('La session « Firefox sur Windows » est fermée.').waitFor();
    await firefoxRow.waitFor({ state: 'detached' });

    // On the other device, the next page asks to sign in again.
    await phone.reload();
    await phone.waitForURL(/\/connexion$/);
    await phone.context().close();
    expect(pageErrors).toEqual([]);
  });

  it('changes the password: form errors first, the API’s refusal, then success with the other sessions closed', async () => {
    const phone = await signInOnAnotherDevice(demoAccounts.prescripteur);
    await page.goto(`${product.url}/prescripteur/mon-compte`);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();

    const submit = page.getByRole('button', { name: 'Changer mon mot de passe' });
    await submit.click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Saisissez votre mot de passe actuel.');
    await expectAccessible(page);

    await page.locator('#mot-de-passe-actuel').fill('pas-le-bon-mot-de-passe');
    await page.locator('#nouveau-mot-de-passe').fill(NEW_PASSWORD);
    await page.locator('#confirmation-mot-de-passe').fill(NEW_PASSWORD);
    await submit.click();
    const refused = page.getByTestId('api-error');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Le mot de passe actuel est incorrect.');
    // What was typed is kept.
    expect(await page.locator('#nouveau-mot-de-passe').inputValue()).toBe(NEW_PASSWORD);

    await page.locator('#mot-de-passe-actuel').fill(DEMO_PASSWORD);
    await submit.click();
    const done = page.getByTestId('password-changed');
    await done.waitFor();
    expect(await done.textContent()).toMatch(/fermée/);
    expect(await page.locator('#mot-de-passe-actuel').inputValue()).toBe('');
    // The other device's session is gone from the list (the sessions the test's own API calls opened may remain).
    await sessionRows(page).filter({ hasText: 'Firefox sur Windows' }).waitFor({ state: 'detached' });
    await expectAccessible(page);

    await phone.reload();
    await phone.waitForURL(/\/connexion$/);
    // The new password signs in; the old one does not.
    await submitSignIn(phone, demoAccounts.prescripteur, DEMO_PASSWORD);
    await phone.getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
    await submitSignIn(phone, demoAccounts.prescripteur, NEW_PASSWORD);
    await phone.getByTestId('signed-in-user').first().waitFor();
    await phone.context().close();
  });

  it('is in the header of the other three portals too', async () => {
    const accounts = { siae: demoAccounts.siae, agence: demoAccounts.agence, pilotage: demoAccounts.etat } as const;
    for (const [portal, email] of Object.entries(accounts) as [keyof typeof accounts, string][]) {
      const { page: tab } = await openPage(browser);
      await signInThrough(tab, `${product.url}${portalPaths[portal].path}`, email);
      await openAccountFromHeader(tab);
      expect(await tab.getByTestId('account-identity').textContent()).toContain(email);
      expect(await sessionRows(tab).first().textContent()).toContain('Cette session');
      await expectAccessible(tab);
      await tab.context().close();
    }
  });
});

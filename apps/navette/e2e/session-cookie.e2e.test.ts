// The refresh token out of JavaScript (issue 11, item 7), in a real Chromium on http://127.0.0.1: signed in to the
// Espace SIAE, the refresh token is only in the HttpOnly cookie (which Chromium keeps although it is `Secure`: the
// loopback address is a secure context), a link opened in a new tab is still signed in, signing out in one tab ends
// the session in the other, and the portals run under the strict Content-Security-Policy.
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { waitForResults } from './support/directory.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: Error[];
/** Every console message about the Content-Security-Policy, from every tab. */
const cspViolations: string[] = [];

const watchCsp = (tab: Page) =>
  tab.on('console', (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to (load|apply|execute|connect|frame)/i.test(message.text())) {
      cspViolations.push(message.text());
    }
  });

beforeAll(async () => {
  product = await startProduct('siae');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
  context = page.context();
  watchCsp(page);
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** What the page's scripts can read: cookies, sessionStorage and localStorage, as one text. */
const readableByScripts = (tab: Page) =>
  tab.evaluate(() =>
    JSON.stringify({
      cookie: document.cookie,
      session: Object.entries(sessionStorage),
      local: Object.entries(localStorage),
    }),
  );

describe('the refresh token in an HttpOnly cookie', () => {
  it('signs in: the cookie is HttpOnly, Secure, SameSite=Strict on /auth, and no script can read the token', async () => {
    await signInThrough(page, `${product.url}/siae/annuaire`, demoAccounts.siae);
    await waitForResults(page);
    const cookies = await context.cookies(`${product.url}/auth/refresh`);
    const refresh = cookies.find((cookie) => cookie.name === 'navette_refresh_portal-siae');
    expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/auth', expires: -1 });
    expect(refresh!.value).toMatch(/^nvt_rt_/);
    // Not sent with the portal's own pages and API calls (Path=/auth).
    expect((await context.cookies(`${product.url}/siae/`)).map((cookie) => cookie.name)).not.toContain(refresh!.name);

    const readable = await readableByScripts(page);
    expect(readable).not.toContain(refresh!.value);
    expect(readable).not.toContain('nvt_rt_');
    expect(readable).not.toContain('refreshToken"');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // The access token is there, for this tab only.
    expect(readable).toContain('accessToken');
  });

  it('opens a link in a new tab (no sessionStorage of its own) still signed in, on the linked page', async () => {
    const tab = await context.newPage();
    watchCsp(tab);
    await tab.goto(`${product.url}/siae/annuaire?departement=25`);
    await waitForResults(tab);
    await tab.getByTestId('signed-in-user').first().waitFor();
    expect(new URL(tab.url()).pathname).toBe('/siae/annuaire');
    expect(new URL(tab.url()).searchParams.get('departement')).toBe('25');
    const readable = await readableByScripts(tab);
    expect(readable).not.toContain('nvt_rt_');
    expect(readable).toContain('accessToken');

    // Signing out in the new tab ends the session everywhere: the cookie is gone and the first tab's next request
    // is refused (the session is revoked), which sends it to sign in again with the French notice.
    await tab.locator('header').getByRole('button', { name: 'Se déconnecter' }).filter({ visible: true }).click();
    await tab.waitForURL(/\/siae\/connexion$/);
    expect((await context.cookies(`${product.url}/auth/refresh`)).map((cookie) => cookie.name)).not.toContain(
      'navette_refresh_portal-siae',
    );
    await page.goto(`${product.url}/siae/?departement=39`);
    await page.waitForURL(/\/siae\/connexion$/);
    await page.getByText('Votre session a expiré, reconnectez-vous.').waitFor();
    await tab.close();
  });

  it('a new tab after sign-out shows the sign-in form, without a notice', async () => {
    const tab = await context.newPage();
    watchCsp(tab);
    await tab.goto(`${product.url}/siae/`);
    await tab.waitForURL(/\/siae\/connexion$/);
    await tab.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await tab.getByText('Votre session a expiré').count()).toBe(0);
    await tab.close();
  });

  it('keeps each portal’s session apart: the SIAE cookie does not sign in the Espace prescripteur', async () => {
    await signInThrough(page, `${product.url}/siae/annuaire`, demoAccounts.siae);
    const tab = await context.newPage();
    watchCsp(tab);
    await tab.goto(`${product.url}/prescripteur/`);
    await tab.waitForURL(/\/prescripteur\/connexion$/);
    await tab.close();
  });

  it('ran under the strict Content-Security-Policy without a violation or an uncaught error', async () => {
    const response = await page.goto(`${product.url}/siae/annuaire`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForResults(page);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

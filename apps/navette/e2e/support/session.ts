// Signing in to a portal the way a user does: the sign-in page (<base>/connexion), email and password.
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Navette-Demo-2026!';

export const demoAccounts = {
  prescripteur: 'prescripteur@demo.navette.fr',
  siae: 'siae@demo.navette.fr',
  agence: 'agence@demo.navette.fr',
  pilotage: 'pilotage@demo.navette.fr',
  etat: 'etat@demo.navette.fr',
  cdiae: 'cdiae@demo.navette.fr',
  admin: 'admin@demo.navette.fr',
} as const;

/** Fills and submits the sign-in form shown on `page` (already on <base>/connexion). */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * Opens `url` of a portal, which sends an anonymous user to its sign-in page, signs in, and waits to be back
 * on `url` with the user's name in the header.
 */
export async function signInThrough(page: Page, url: string, email: string): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/connexion$/);
  await submitSignIn(page, email);
  await page.waitForURL((current) => !current.pathname.endsWith('/connexion'));
  await page.getByTestId('signed-in-user').first().waitFor();
}

// Notifications (issue 14 §3) in a real Chromium: a fiche navette sent by the prescripteur (through the API) rings the
// SIAE's bell with the count the API gives, is listed on /notifications (unread first, its link leading to the fiche,
// which marks it read), its e-mail is caught by the mail catcher with a link and no content; all marked read, the
// unread filter in the URL and its empty state; the e-mail preferences of « Mon compte » (a daily digest chosen and
// kept). The bell is in the header of the other portals too. axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { portalPaths, startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];

const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());

beforeAll(async () => {
  product = await startProduct('siae');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const unreadCount = async (account: string = demoAccounts.siae) =>
  (await product.graphql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, account))
    .unreadNotificationCount;

/** Waits for a condition the server reaches on its own (the notification worker runs every 2 s). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A fiche navette sent by the demo prescripteur to the demo SIAE, through the API. */
async function prescribeToDemoSiae(lastName: string): Promise<string> {
  const { prescripteur, siae } = demoAccounts;
  const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
    '{ viewer { organisation { id } } }',
    {},
    siae,
  );
  const { eligibilityCriteria } = await product.graphql<{ eligibilityCriteria: { code: string }[] }>(
    '{ eligibilityCriteria { code } }',
    {},
    prescripteur,
  );
  const { recordPerson } = await product.graphql<{ recordPerson: { id: string } }>(
    'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
    { input: { firstName: 'Camille', lastName, birthDate: '1991-05-02' } },
    prescripteur,
  );
  const { diagnose } = await product.graphql<{ diagnose: { id: string } }>(
    'mutation ($input: DiagnosisInput!) { diagnose(input: $input) { id } }',
    { input: { personId: recordPerson.id, criteria: [eligibilityCriteria[0]!.code], diagnosedOn: today } },
    prescripteur,
  );
  const { prescribe } = await product.graphql<{ prescribe: { id: string } }>(
    'mutation ($input: PrescriptionInput!) { prescribe(input: $input) { id } }',
    {
      input: {
        personId: recordPerson.id,
        diagnosisId: diagnose.id,
        siaeId: viewer.organisation.id,
        message: 'Disponible tout de suite.',
      },
    },
    prescripteur,
  );
  return prescribe.id;
}

interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
}
const mails = async () => (await (await fetch(`${product.url}/mails.json`)).json()) as Mail[];

const bell = (tab: Page) =>
  tab
    .locator('header')
    .getByRole('link', { name: /^Notifications/ })
    .filter({ visible: true });

describe('notifications', () => {
  it('a fiche sent to the SIAE rings its bell, is listed and leads to the fiche, and its e-mail is caught', async () => {
    await signInThrough(page, `${product.url}/siae/`, demoAccounts.siae);
    const before = await unreadCount();
    const prescriptionId = await prescribeToDemoSiae('Clochette');

    // The worker fans the event out: the API counts it, then the bell shows the same number.
    const after = await until(unreadCount, (n) => n > before);
    await page.reload();
    await bell(page)
      .getByTestId('unread-count')
      .filter({ hasText: String(after) })
      .waitFor();
    expect(await bell(page).textContent()).toMatch(new RegExp(`Notifications.*${after}.*non lue`));

    // The e-mail, with a link to the fiche and nothing of the person.
    const mail = await until(mails, (list) =>
      list.some((m) => m.to === demoAccounts.siae && m.text.includes(prescriptionId)),
    ).then((list) => list.find((m) => m.to === demoAccounts.siae && m.text.includes(prescriptionId))!);
    expect(mail.subject).toBe('[Navette] Nouvelle fiche navette reçue');
    expect(mail.text).toContain(`${product.url}/siae/prescriptions/${prescriptionId}`);
    expect(mail.text).not.toContain('Clochette');
    await page.goto(`${product.url}/mails/${mail.id}`);
    await page.getByRole('heading', { level: 1, name: mail.subject }).waitFor();

    // The list: newest first, unread, its link to the fiche.
    await page.goto(`${product.url}/siae/`);
    await bell(page).click();
    await page.waitForURL(/\/siae\/notifications$/);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const first = page.getByTestId('notification').first();
    await first.waitFor();
    expect(await first.getAttribute('data-unread')).toBe('true');
    expect(await first.textContent()).toContain('Nouvelle fiche navette reçue');
    expect(await first.textContent()).toContain('Non lue');
    await expectAccessible(page);

    await first.getByRole('link', { name: 'Nouvelle fiche navette reçue' }).click();
    await page.waitForURL(new RegExp(`/siae/prescriptions/${prescriptionId}$`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await unreadCount()).toBe(after - 1);
    expect(pageErrors).toEqual([]);
  });

  it('marks all read, filters the unread in the URL with its empty state, and comes back with « Précédent »', async () => {
    await prescribeToDemoSiae('Deuxieme');
    await until(unreadCount, (n) => n > 0);
    await page.goto(`${product.url}/siae/notifications`);
    await page.locator('label', { hasText: 'Non lues seulement' }).click();
    await page.waitForURL(/\/siae\/notifications\?non-lues=1$/);
    await page.getByTestId('notification').first().waitFor();
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByText(/marquées? comme lues?\./).waitFor();
    await page.getByText('Vous avez lu toutes vos notifications.').waitFor();
    expect(await unreadCount()).toBe(0);
    await bell(page).getByTestId('unread-count').waitFor({ state: 'detached' });
    await expectAccessible(page);

    // The filter is in the URL: back returns to "Toutes".
    await page.goBack();
    await page.waitForURL(/\/siae\/notifications$/);
    await page.getByTestId('notification').first().waitFor();
    expect(await page.getByRole('radio', { name: 'Toutes' }).isChecked()).toBe(true);
  });

  it('chooses the e-mails of each kind in « Mon compte »: a daily digest, kept', async () => {
    await page.goto(`${product.url}/siae/notifications`);
    await page.getByRole('link', { name: 'Choisir comment recevoir les courriels' }).click();
    await page.waitForURL(/\/siae\/mon-compte#notifications$/);
    const select = page.getByLabel('Fiches navette reçues');
    await select.waitFor();
    expect(await select.inputValue()).toBe('IMMEDIATE');
    await select.selectOption({ label: 'Un récapitulatif par jour' });
    await page.getByRole('button', { name: 'Enregistrer mes préférences' }).click();
    await page.getByTestId('preferences-saved').waitFor();
    await expectAccessible(page);
    const { notificationPreferences } = await product.graphql<{
      notificationPreferences: { kind: string; delivery: string }[];
    }>('{ notificationPreferences { kind delivery } }');
    expect(notificationPreferences).toContainEqual({ kind: 'PRESCRIPTION_SENT', delivery: 'DAILY_DIGEST' });
    await page.reload();
    await page.getByLabel('Fiches navette reçues').waitFor();
    expect(await page.getByLabel('Fiches navette reçues').inputValue()).toBe('DAILY_DIGEST');
  });

  it('has the bell and the page in the other three portals', async () => {
    const accounts = {
      prescripteur: demoAccounts.prescripteur,
      agence: demoAccounts.agence,
      pilotage: demoAccounts.etat,
    };
    for (const [portal, email] of Object.entries(accounts) as [keyof typeof accounts, string][]) {
      const { page: tab } = await openPage(browser);
      await signInThrough(tab, `${product.url}${portalPaths[portal].path}`, email);
      await bell(tab).click();
      await tab.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      await tab.waitForFunction(() => !/Chargement/.test(document.querySelector('main')?.textContent ?? ''));
      const count = await unreadCount(email);
      if (count === 0 && (await tab.getByTestId('notification').count()) === 0)
        await tab.getByText('Vous n’avez aucune notification pour l’instant.').waitFor();
      await expectAccessible(tab);
      await tab.context().close();
    }
  });
});

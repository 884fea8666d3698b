// Home = my pending work (issue 14 §1): each of the four portals lands on "Mon travail en attente" after sign-in, with
// the total and the counts the API gives, the count in the navigation, and an item's link leads to the page where the
// work is done. Old links to the former home pages (the directories, with their filters) still lead there.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { waitForResults } from './support/directory.ts';
import { startProduct, type Product } from './support/product.ts';
import { recordScripts } from './support/scripts.ts';
import { demoAccounts, submitSignIn } from './support/session.ts';

let product: Product;
let browser: Browser;

const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());

interface Work {
  total: number;
  counts: { kind: string; count: number }[];
  items: { kind: string; link: string | null }[];
}
const workOf = async (account: string) =>
  (
    await product.graphql<{ pendingWork: Work }>(
      '{ pendingWork { total counts { kind count } items { kind link } } }',
      {},
      account,
    )
  ).pendingWork;

/** A fiche navette sent by the demo prescripteur to the demo SIAE, through the API: work for the SIAE. */
async function prescribeToDemoSiae(): Promise<string> {
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
    { input: { firstName: 'Camille', lastName: 'Accueil', birthDate: '1991-05-02' } },
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

/**
 * Signs in at the portal's root and checks its home page against the API's answer for the same account. The sign-in
 * page loads no Apollo Client (issue 14 §5: it comes in its own chunk with the first signed-in screen).
 */
async function landsOnPendingWork(page: Page, base: string, account: string): Promise<Work> {
  const scripts = recordScripts(page);
  await page.goto(`${product.url}${base}`);
  await page.waitForURL(/\/connexion$/);
  await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
  expect(await scripts.withApolloClient(), 'scripts of the sign-in page holding Apollo Client').toEqual([]);
  await submitSignIn(page, account);
  await page.waitForURL((current) => !current.pathname.endsWith('/connexion'));
  await page.getByTestId('signed-in-user').first().waitFor();
  await page.getByRole('heading', { level: 1, name: 'Mon travail en attente' }).waitFor();
  expect(new URL(page.url()).pathname.replace(/\/$/, '')).toBe(base.replace(/\/$/, ''));
  await expect.poll(() => page.title()).toMatch(/^Mon travail en attente – /);
  // Apollo Client came with the signed-in screens (and the mark finds it when it is there).
  expect(await scripts.withApolloClient()).not.toEqual([]);
  const work = await workOf(account);
  if (work.total === 0) {
    await page.getByText('Rien ne vous attend pour l’instant.').waitFor();
    return work;
  }
  await page
    .getByTestId('pending-work-total')
    .filter({ hasText: `${work.total} élément${work.total > 1 ? 's' : ''} en attente` })
    .waitFor();
  expect(await page.getByTestId('pending-work-items').locator(':scope > li').count()).toBe(work.total);
  for (const { kind, count } of work.counts) {
    expect(await page.getByTestId('pending-work-counts').locator(`[data-kind="${kind}"]`).innerText()).toMatch(
      new RegExp(` : ${count}$`),
    );
  }
  // The navigation's "Mon travail" says how many wait.
  const home = page
    .locator('header')
    .getByRole('link', { name: /^Mon travail/ })
    .filter({ visible: true })
    .first();
  await home
    .getByTestId('pending-count')
    .filter({ hasText: String(work.total) })
    .waitFor();
  const description = await home.getAttribute('aria-describedby');
  expect(await page.locator(`[id="${description}"]`).textContent()).toBe(`${work.total} en attente`);
  return work;
}

/** Follows the home page's link of the first item of `kind` and waits for the page it leads to. */
async function follow(page: Page, base: string, work: Work, kind: string): Promise<string> {
  const item = work.items.find((i) => i.kind === kind && i.link);
  expect(item, `${kind} on the home page`).toBeDefined();
  const path = `${base.replace(/\/$/, '')}${item!.link!}`;
  await page.getByTestId('pending-work-items').locator(`a[href="${path}"]`).first().click();
  await page.waitForURL((url) => url.pathname + url.hash === path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return path;
}

beforeAll(async () => {
  product = await startProduct('siae');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('Home = my pending work', () => {
  it('Espace SIAE: lands on its work; the new fiche leads to the fiche, to answer there', async () => {
    const prescriptionId = await prescribeToDemoSiae();
    const { page } = await openPage(browser);
    const work = await landsOnPendingWork(page, '/siae/', demoAccounts.siae);
    expect(work.items.map((i) => i.link)).toContain(`/prescriptions/${prescriptionId}`);
    await follow(page, '/siae/', work, 'PRESCRIPTION_TO_ANSWER');
    await page
      .getByRole('button', { name: /Accepter/ })
      .first()
      .waitFor();
    // The former home page keeps its links: the directory with its filters.
    await page.goto(`${product.url}/siae/?departement=25`);
    await page.waitForURL(/\/siae\/annuaire\?departement=25$/);
    await waitForResults(page);
    await page.context().close();
  });

  it('Espace agence: lands on its work, its CTA meeting of the quarter leads to the meeting form', async () => {
    const { page } = await openPage(browser);
    const work = await landsOnPendingWork(page, '/agence/', demoAccounts.agence);
    const kind = work.items.find((i) => i.kind === 'DECISION_DUE') ? 'DECISION_DUE' : 'CTA_MEETING_DUE';
    await follow(page, '/agence/', work, kind);
    // "Mon agence" is the agent's own agence; the picker of every agence moved to /agences.
    await page.locator('header').getByRole('link', { name: 'Mon agence' }).filter({ visible: true }).first().click();
    await page.waitForURL(/\/agence\/agences\/[^/]+$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${product.url}/agence/?departement=25`);
    await page.waitForURL(/\/agence\/agences\?departement=25$/);
    await page.getByRole('heading', { level: 1, name: 'Choisir votre agence Pôle emploi' }).waitFor();
    await page.context().close();
  });

  it('Espace prescripteur: lands on its work; the directory moved to /annuaire', async () => {
    const { page } = await openPage(browser);
    await landsOnPendingWork(page, '/prescripteur/', demoAccounts.prescripteur);
    await page
      .locator('header')
      .getByRole('link', { name: 'Annuaire des SIAE' })
      .filter({ visible: true })
      .first()
      .click();
    await page.waitForURL(/\/prescripteur\/annuaire$/);
    await waitForResults(page);
    await page.context().close();
  });

  it('Console de pilotage: lands on the comité’s work, which leads to the comité or the feuille de route', async () => {
    const { page } = await openPage(browser);
    const work = await landsOnPendingWork(page, '/pilotage/', demoAccounts.pilotage);
    const kind = work.items.find((i) => i.link)?.kind;
    if (kind) await follow(page, '/pilotage/', work, kind);
    // The SIAE counts moved to /structures.
    await page.goto(`${product.url}/pilotage/structures`);
    await page.locator('table tbody tr').first().waitFor();
    await page.context().close();
  });
});

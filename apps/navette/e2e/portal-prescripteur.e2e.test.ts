// Espace prescripteur: the SIAE directory against the real product (demo data of Bourgogne-Franche-Comté), the page of
// a SIAE with its open job offers, the search of the offers, and a prescription for one of them.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { directoryRows, resultsCount, searchDirectory, waitForResults } from './support/directory.ts';
import { addDays, grantedParcours } from './support/parcours.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough, submitSignIn } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];

/** Today in France, as the API counts days. */
const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());

interface OfferNode {
  id: string;
  title: string;
  siae: { id: string; name: string };
}
const OFFERS = `query ($filter: JobOfferFilter) { jobOffers(first: 10, filter: $filter) {
  totalCount edges { node { id title siae { id name } } } } }`;
const offerCount = (n: number) => (n === 0 ? 'Aucune offre' : n === 1 ? '1 offre' : `${n} offres`);

/** The demo SIAE (siae@demo.navette.fr) publishes open offers, as it does from its portal. */
async function publishOffers(titles: string[]): Promise<{ id: string; name: string; kind: string }> {
  const { viewer } = await product.graphql<{ viewer: { organisation: { id: string; name: string } } }>(
    '{ viewer { organisation { id name } } }',
    {},
    demoAccounts.siae,
  );
  for (const title of titles) {
    await product.graphql(
      'mutation ($input: JobOfferInput!) { publishJobOffer(input: $input) { id } }',
      {
        input: {
          siaeId: viewer.organisation.id,
          title,
          description: `${title} : poste en insertion, 26 heures par semaine.`,
          positions: 2,
          depositedAtPoleEmploiOn: today,
        },
      },
      demoAccounts.siae,
    );
  }
  const { siae } = await product.graphql<{ siae: { id: string; name: string; kind: string } }>(
    'query ($id: ID!) { siae(id: $id) { id name kind } }',
    { id: viewer.organisation.id },
  );
  return siae;
}

let offerSiae: { id: string; name: string; kind: string };

beforeAll(async () => {
  product = await startProduct('prescripteur');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('Espace prescripteur', () => {
  it('refuses a wrong password with the generic French message and stays on the sign-in page', async () => {
    await page.goto(`${product.url}/prescripteur/`);
    await page.waitForURL(/\/prescripteur\/connexion$/);
    await expect.poll(() => page.title()).toBe('Connexion – Espace prescripteur – Navette');
    await submitSignIn(page, demoAccounts.prescripteur, 'mauvais-mot-de-passe');
    await page.getByRole('alert').filter({ hasText: 'Adresse électronique ou mot de passe incorrect.' }).waitFor();
    expect(page.url()).toMatch(/\/prescripteur\/connexion$/);
    expect(await page.getByRole('button', { name: 'Se connecter' }).isEnabled()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await maybeScreenshot(page, 'prescripteur-sign-in-error');
  });

  it('signs in, then opens on the SIAE directory, in French, with every structure of the region counted', async () => {
    const { siaes } = await product.graphql<{ siaes: { totalCount: number } }>('{ siaes(first: 1) { totalCount } }');
    expect(siaes.totalCount).toBeGreaterThan(20);
    const { viewer } = await product.graphql<{
      viewer: { displayName: string; roleLabel: string; organisation: { name: string } };
    }>('{ viewer { displayName roleLabel organisation { name } } }');

    await signInThrough(page, `${product.url}/prescripteur/annuaire`, demoAccounts.prescripteur);
    await waitForResults(page);
    const user = await page.getByTestId('signed-in-user').first().innerText();
    for (const part of [viewer.displayName, viewer.roleLabel, viewer.organisation.name]) expect(user).toContain(part);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.title()).toBe('Annuaire des SIAE – Espace prescripteur – Navette');
    expect(await page.locator('header').innerText()).toContain('Espace prescripteur');
    expect(await resultsCount(page)).toBe(`${siaes.totalCount} structures`);
    expect(await directoryRows(page)).toHaveLength(20);
    await maybeScreenshot(page, 'prescripteur-directory');
  });

  it('goes to page 2 and back with the cursor pagination', async () => {
    const firstPage = await directoryRows(page);
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.getByText(/^Page 2 sur \d+$/).waitFor();
    await page.waitForFunction(
      (first) => document.querySelector('table tbody tr td')?.textContent !== first,
      firstPage[0]?.[0],
    );
    const secondPage = await directoryRows(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.map((r) => r[0])).not.toEqual(firstPage.map((r) => r[0]));

    await page.getByRole('button', { name: 'Page précédente' }).click();
    await page.getByText(/^Page 1 sur \d+$/).waitFor();
    await page.waitForFunction(
      (first) => document.querySelector('table tbody tr td')?.textContent === first,
      firstPage[0]?.[0],
    );
  });

  it('filters on département 25 and shows only SIAE of the Doubs', async () => {
    const { siaes } = await product.graphql<{ siaes: { totalCount: number } }>(
      '{ siaes(first: 1, filter: { departement: "25" }) { totalCount } }',
    );
    await searchDirectory(page, { departement: '25' });
    expect(page.url()).toContain('departement=25');
    expect(await resultsCount(page)).toBe(`${siaes.totalCount} structures`);
    const rows = await directoryRows(page);
    expect(rows).toHaveLength(Math.min(siaes.totalCount, 20));
    for (const row of rows) expect(row[3]).toBe('Doubs (25)');
    await maybeScreenshot(page, 'prescripteur-doubs');
  });

  it('shows the empty state for a search that matches nothing', async () => {
    await searchDirectory(page, { departement: '', search: 'zzzz-aucune-structure' });
    await page.getByText('Aucune structure ne correspond à votre recherche').waitFor();
    expect(await resultsCount(page)).toBe('Aucune structure');
    await page.getByRole('button', { name: 'Réinitialiser les filtres' }).click();
    await page.waitForFunction(() => !location.search.includes('recherche'));
    await waitForResults(page);
    expect(await directoryRows(page)).toHaveLength(20);
  });

  it('serves a deep link through the SPA fallback, filters restored from the URL', async () => {
    await page.goto(`${product.url}/prescripteur/?departement=39&type=ACI`);
    await waitForResults(page);
    expect(await page.locator('#filtre-departement').inputValue()).toBe('39');
    expect(await page.locator('#filtre-type').inputValue()).toBe('ACI');
    for (const row of await directoryRows(page)) expect([row[1], row[3]]).toEqual(['ACI', 'Jura (39)']);
  });

  it('opens a SIAE of the directory on its page, with its open job offers as the API lists them', async () => {
    offerSiae = await publishOffers(['Agent·e de tri', 'Cariste']);
    const { siae } = await product.graphql<{ siae: { jobOffers: { title: string; status: string }[] } }>(
      'query ($id: ID!) { siae(id: $id) { jobOffers { title status } } }',
      { id: offerSiae.id },
    );
    expect(siae.jobOffers.map((o) => o.status)).toEqual(['OPEN', 'OPEN']);

    await searchDirectory(page, { departement: '', kind: '', search: offerSiae.name });
    await page.getByRole('link', { name: offerSiae.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: offerSiae.name }).waitFor();
    await page.getByRole('heading', { level: 2, name: `${siae.jobOffers.length} offres d’emploi ouvertes` }).waitFor();
    const titles = await page.getByTestId('siae-offers').locator('h3').allInnerTexts();
    expect(titles.map((title) => title.trim())).toEqual(siae.jobOffers.map((o) => o.title));
    await expectAccessible(page);
    await maybeScreenshot(page, 'prescripteur-siae-offers');
  });

  it('searches the job offers by département, kind and title, as the API answers', async () => {
    await page.getByRole('link', { name: 'Offres d’emploi' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Offres d’emploi des SIAE' }).waitFor();
    await page.locator('section[aria-busy="false"] #offres-resultats').waitFor();
    const all = await product.graphql<{ jobOffers: { totalCount: number; edges: { node: OfferNode }[] } }>(OFFERS, {
      filter: null,
    });
    expect((await page.locator('#offres-resultats').innerText()).trim()).toBe(offerCount(all.jobOffers.totalCount));
    await expectAccessible(page);

    await page.locator('#offres-departement option[value="25"]').waitFor({ state: 'attached' });
    await page.locator('#offres-departement').selectOption('25');
    await page.locator('#offres-type').selectOption(offerSiae.kind);
    await page.locator('#offres-recherche').fill('TRI');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/recherche=TRI/);
    const filtered = await product.graphql<{ jobOffers: { totalCount: number; edges: { node: OfferNode }[] } }>(
      OFFERS,
      { filter: { departement: '25', siaeKind: offerSiae.kind, search: 'TRI' } },
    );
    expect(filtered.jobOffers.edges.map((e) => e.node.title)).toEqual(['Agent·e de tri']);
    await page.waitForFunction(
      (text) => document.querySelector('section[aria-busy="false"] #offres-resultats')?.textContent === text,
      offerCount(filtered.jobOffers.totalCount),
    );
    expect((await page.getByTestId('job-offers').locator('h3').allInnerTexts()).map((t) => t.trim())).toEqual(
      filtered.jobOffers.edges.map((e) => e.node.title),
    );
    expect(await page.getByTestId('offer-siae').first().innerText()).toContain(offerSiae.name);

    await page.locator('#offres-recherche').fill('zzzz-aucune-offre');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Aucune offre ouverte ne correspond à votre recherche').waitFor();
    await page.getByRole('button', { name: 'Réinitialiser les filtres' }).click();
    await page.waitForFunction(() => location.search === '');
    await page.locator('#offres-resultats').getByText(offerCount(all.jobOffers.totalCount)).waitFor();
    await maybeScreenshot(page, 'prescripteur-job-offers');
  });

  it('prescribes a person for an offer, the SIAE and the offer chosen, each SIAE showing its open offers', async () => {
    const { prescripteur } = demoAccounts;
    const { eligibilityCriteria } = await product.graphql<{ eligibilityCriteria: { code: string }[] }>(
      '{ eligibilityCriteria { code } }',
    );
    const { recordPerson } = await product.graphql<{ recordPerson: { id: string } }>(
      'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
      { input: { firstName: 'Yanis', lastName: 'Offre-Navette', birthDate: '1995-06-21' } },
      prescripteur,
    );
    await product.graphql('mutation ($input: DiagnosisInput!) { diagnose(input: $input) { id } }', {
      input: { personId: recordPerson.id, criteria: [eligibilityCriteria[0]!.code], diagnosedOn: today },
    });
    const { jobOffers } = await product.graphql<{ jobOffers: { edges: { node: OfferNode }[] } }>(OFFERS, {
      filter: { siaeId: offerSiae.id, search: 'Cariste' },
    });
    const offer = jobOffers.edges[0]!.node;

    await page
      .getByRole('link', { name: `Prescrire sur cette offre : « ${offer.title} » de ${offerSiae.name}` })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Prescrire sur une offre d’emploi' }).waitFor();
    expect(await page.getByTestId('chosen-offer').innerText()).toBe(`Offre « ${offer.title} » – ${offerSiae.name}`);
    await expectAccessible(page);
    await page.getByLabel('Nom ou prénom').fill('offre-navette');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('link', { name: 'Prescrire pour Yanis OFFRE-NAVETTE' }).click();

    await page.getByRole('heading', { level: 1, name: 'Prescrire un parcours à une SIAE' }).waitFor();
    await page.getByTestId('chosen-siae').getByText(`Structure choisie : ${offerSiae.name}`).waitFor();
    expect(await page.getByRole('radio', { name: offer.title }).isChecked()).toBe(true);
    await expectAccessible(page);

    // Searching the directory again: each SIAE shows its open offers.
    const { siae } = await product.graphql<{ siae: { jobOffers: { title: string }[] } }>(
      'query ($id: ID!) { siae(id: $id) { jobOffers { title } } }',
      { id: offerSiae.id },
    );
    await page.getByLabel('Nom ou commune de la structure').fill(offerSiae.name);
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const option = page.locator('.fr-radio-group').filter({ hasText: offerSiae.name });
    await option
      .getByText(`${siae.jobOffers.length} offres ouvertes : ${siae.jobOffers.map((o) => o.title).join(', ')}`)
      .waitFor();

    await page.getByLabel('Message à la structure').fill('Yanis a le CACES et souhaite ce poste de cariste.');
    await page.getByRole('button', { name: 'Envoyer la prescription' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prescription de Yanis OFFRE-NAVETTE' }).waitFor();
    const prescriptionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const { prescription } = await product.graphql<{ prescription: { jobOfferId: string; siae: { id: string } } }>(
      'query ($id: ID!) { prescription(id: $id) { jobOfferId siae { id } } }',
      { id: prescriptionId },
    );
    expect(prescription).toEqual({ jobOfferId: offer.id, siae: { id: offerSiae.id } });
    await expectAccessible(page);
    await maybeScreenshot(page, 'prescripteur-offer-prescribed');
  });

  it('reads the bilan of the tripartite interview once the SIAE has sent it, from the prescription (fiche 7)', async () => {
    // Hired today until 2 months and a half from now: today is in the interview's window (2 to 3 months before).
    const contract = { startOn: today, endOn: addDays(today, 75) };
    const kept = await grantedParcours(
      product,
      { firstName: 'Inès', lastName: 'Bilan-Garde', birthDate: '1990-02-11' },
      contract,
    );
    const sent = await grantedParcours(
      product,
      { firstName: 'Noé', lastName: 'Bilan-Envoye', birthDate: '1991-04-22' },
      contract,
    );
    const interview = (approvalId: string, sendToPrescriber: boolean) =>
      product.graphql(
        'mutation ($input: ExitInterviewInput!) { recordExitInterview(input: $input) { id } }',
        {
          input: {
            approvalId,
            heldOn: today,
            assessment: 'Objectifs atteints : CACES obtenu.\nPiste : emploi durable chez un transporteur.',
            sendToReferent: true,
            sendToPrescriber,
          },
        },
        demoAccounts.siae,
      );
    await interview(kept.approvalId, false);
    await interview(sent.approvalId, true);

    // Kept by the SIAE: the page says the bilan has not been sent.
    await page.goto(`${product.url}/prescripteur/prescriptions/${kept.prescriptionId}`);
    await page.getByRole('heading', { level: 1, name: 'Prescription de Inès BILAN-GARDE' }).waitFor();
    await page.getByRole('link', { name: `Agrément n° ${kept.number} : suivi et bilan` }).click();
    await page.getByRole('heading', { level: 1, name: `Agrément n° ${kept.number}` }).waitFor();
    await page.getByTestId('exit-bilan-missing').waitFor();
    expect(await page.getByTestId('exit-bilan').count()).toBe(0);
    await expectAccessible(page);

    // Sent: the bilan, the day of the interview and the day it was sent.
    await page.goto(`${product.url}/prescripteur/prescriptions/${sent.prescriptionId}`);
    await page.getByRole('link', { name: `Agrément n° ${sent.number} : suivi et bilan` }).click();
    const bilan = page.getByTestId('exit-bilan');
    await bilan.waitFor();
    const text = await bilan.innerText();
    expect(text).toContain('Objectifs atteints : CACES obtenu.');
    expect(text).toContain('Piste : emploi durable chez un transporteur.');
    expect(text).toMatch(/^Entretien du \S+ \d{1,2}(er)? \S+ \d{4}/);
    expect(text).toContain('Bilan transmis à votre structure le');
    expect(await page.getByRole('link', { name: 'Noé BILAN-ENVOYE' }).count()).toBe(1);
    await expectAccessible(page);
    await maybeScreenshot(page, 'prescripteur-exit-bilan');
  });

  it('exports the whole follow-up, not only the page shown: CSV for French spreadsheets, and XLSX', async () => {
    const { prescripteur } = demoAccounts;
    const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
      '{ viewer { organisation { id } } }',
      {},
      demoAccounts.siae,
    );
    const { eligibilityCriteria } = await product.graphql<{ eligibilityCriteria: { code: string }[] }>(
      '{ eligibilityCriteria { code } }',
    );
    // More prescriptions than a page of the list (20).
    const count = async () =>
      (await product.graphql<{ prescriptions: { totalCount: number } }>('{ prescriptions(first: 1) { totalCount } }'))
        .prescriptions.totalCount;
    for (let i = await count(); i < 23; i++) {
      const { recordPerson } = await product.graphql<{ recordPerson: { id: string } }>(
        'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
        { input: { firstName: 'Camille', lastName: `Export-Suivi-${i}`, birthDate: '1993-05-17' } },
        prescripteur,
      );
      const { diagnose } = await product.graphql<{ diagnose: { id: string } }>(
        'mutation ($input: DiagnosisInput!) { diagnose(input: $input) { id } }',
        { input: { personId: recordPerson.id, criteria: [eligibilityCriteria[0]!.code], diagnosedOn: today } },
      );
      await product.graphql('mutation ($input: PrescriptionInput!) { prescribe(input: $input) { id } }', {
        input: {
          personId: recordPerson.id,
          diagnosisId: diagnose.id,
          siaeId: viewer.organisation.id,
          message: 'Suivi.',
        },
      });
    }
    const { prescriptions } = await product.graphql<{
      prescriptions: {
        totalCount: number;
        edges: {
          node: {
            statusLabel: string;
            person: { firstName: string; lastName: string };
            siae: { name: string; city: string };
          };
        }[];
      };
    }>(
      '{ prescriptions(first: 100) { totalCount edges { node { statusLabel person { firstName lastName } siae { name city } } } } }',
    );
    expect(prescriptions.totalCount).toBeGreaterThan(20);

    await page.goto(`${product.url}/prescripteur/prescriptions`);
    await page.getByRole('heading', { level: 2, name: `${prescriptions.totalCount} prescriptions` }).waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(20);
    await expectAccessible(page);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Télécharger en CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`prescriptions_${today}.csv`);
    const content = await readFile(await csv.path(), 'utf8');
    expect(content.startsWith('\uFEFF')).toBe(true);
    const lines = content.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('Nom;Prénom;Structure;Commune;Envoyée le;Mise à jour;Statut');
    // Every prescription of the organisation, in the API's order (newest first), beyond the page shown.
    expect(lines.slice(1).map((line) => line.split(';').slice(0, 4).concat(line.split(';').slice(-1)))).toEqual(
      prescriptions.edges.map(({ node }) => [
        node.person.lastName,
        node.person.firstName,
        node.siae.name,
        node.siae.city,
        node.statusLabel,
      ]),
    );
    await page.getByText(`Fichier CSV prêt : ${prescriptions.totalCount} lignes.`).waitFor({ state: 'attached' });

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Télécharger en XLSX/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`prescriptions_${today}.xlsx`);
    // An XLSX file is a zip archive.
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

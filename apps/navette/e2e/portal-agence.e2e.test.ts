// Espace agence Pôle emploi: pick an agence of a département, then see its SIAE and its offer of services; the inbox
// of demandes d'agrément of its territory, and a decision taken through the form.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough, submitSignIn } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];

interface AgencyData {
  agencies: { totalCount: number; edges: { node: { id: string; name: string } }[] };
}

interface InboxData {
  approvalRequests: { totalCount: number; edges: { node: { person: { firstName: string; lastName: string } } }[] };
}

// The agence's inbox: pending requests of its territory, sorted by deadline by the API.
const inboxQuery =
  '{ approvalRequests(first: 20, status: PENDING) { totalCount edges { node { person { firstName lastName } } } } }';

const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

const requestCount = (n: number) => (n === 0 ? 'Aucune demande' : n === 1 ? '1 demande' : `${n} demandes`);

async function inboxPeople(page: Page): Promise<string[]> {
  return (await page.locator('table tbody tr td:nth-child(2)').allInnerTexts()).map((text) => text.trim());
}

/** Today in France, as the API counts days. */
const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/**
 * The way a demande d'agrément reaches the agence, through the API with the demo accounts: the prescripteur records
 * a person, diagnoses and prescribes to the demo SIAE (of the demo agence's territory), the SIAE accepts and asks
 * for the agrément. Returns the request's id.
 */
async function fileInitialRequest(product: Product, firstName: string): Promise<string> {
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
    { input: { firstName, lastName: 'Moreau', birthDate: '1988-04-12' } },
    prescripteur,
  );
  const { diagnose } = await product.graphql<{ diagnose: { id: string } }>(
    'mutation ($input: DiagnosisInput!) { diagnose(input: $input) { id } }',
    { input: { personId: recordPerson.id, criteria: [eligibilityCriteria[0]!.code], diagnosedOn: today() } },
    prescripteur,
  );
  const { prescribe } = await product.graphql<{ prescribe: { id: string } }>(
    'mutation ($input: PrescriptionInput!) { prescribe(input: $input) { id } }',
    {
      input: {
        personId: recordPerson.id,
        diagnosisId: diagnose.id,
        siaeId: viewer.organisation.id,
        message: 'Candidature pour un poste en insertion.',
      },
    },
    prescripteur,
  );
  await product.graphql('mutation ($id: ID!) { acceptPrescription(id: $id) { id } }', { id: prescribe.id }, siae);
  const { requestApproval } = await product.graphql<{ requestApproval: { id: string } }>(
    'mutation ($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }',
    { input: { kind: 'INITIAL', prescriptionId: prescribe.id, contractStartOn: today() } },
    siae,
  );
  return requestApproval.id;
}

beforeAll(async () => {
  product = await startProduct('agence');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('Espace agence Pôle emploi', () => {
  it('refuses an SIAE account with a French message, signed out, still on the sign-in page', async () => {
    await page.goto(`${product.url}/agence/`);
    await page.waitForURL(/\/agence\/connexion$/);
    await submitSignIn(page, demoAccounts.siae);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ce compte n’a pas accès à l’espace agence Pôle emploi' })
      .waitFor();
    expect(page.url()).toMatch(/\/agence\/connexion$/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.getByTestId('signed-in-user').count()).toBe(0);
    await maybeScreenshot(page, 'agence-refused');
  });

  it('lists the agences of the Doubs', async () => {
    const { agencies } = await product.graphql<AgencyData>(
      '{ agencies(first: 50, filter: { departement: "25" }) { totalCount edges { node { id name } } } }',
    );
    expect(agencies.totalCount).toBeGreaterThan(0);

    await signInThrough(page, `${product.url}/agence/`, demoAccounts.agence);
    await page.getByRole('heading', { level: 1, name: 'Choisir votre agence Pôle emploi' }).waitFor();
    await expect.poll(() => page.title()).toBe('Choisir une agence – Espace agence Pôle emploi – Navette');
    await page.locator('#agence-departement option[value="25"]').waitFor({ state: 'attached' });
    await page.locator('#agence-departement').selectOption('25');
    await page.getByRole('button', { name: 'Afficher les agences' }).click();
    await page.waitForURL(/departement=25/);
    await page
      .getByRole('heading', {
        level: 2,
        name: agencies.totalCount === 1 ? '1 agence' : `${agencies.totalCount} agences`,
      })
      .waitFor();
    const names = await page.locator('ul[aria-label="Agences Pôle emploi"] h3').allInnerTexts();
    expect(names.map((n) => n.trim()).sort()).toEqual(agencies.edges.map((e) => e.node.name).sort());
    await maybeScreenshot(page, 'agence-picker');
  });

  it('opens an agence: the SIAE of its territory and its offer of services', async () => {
    const { agencies } = await product.graphql<AgencyData>(
      '{ agencies(first: 1, filter: { departement: "25" }) { totalCount edges { node { id name } } } }',
    );
    const agency = agencies.edges[0]!.node;
    const { agency: detail } = await product.graphql<{
      agency: {
        siaes: { totalCount: number; edges: { node: { name: string } }[] };
        employmentServices: { title: string }[];
      };
    }>(
      'query ($id: ID!) { agency(id: $id) { siaes(first: 100) { totalCount edges { node { name } } } employmentServices { title } } }',
      { id: agency.id },
    );

    await page.getByRole('link', { name: agency.name }).click();
    await page.getByRole('heading', { level: 1, name: agency.name }).waitFor();
    const siaeNames = await page.locator('table tbody tr td:first-child').allInnerTexts();
    expect(siaeNames.map((n) => n.trim()).sort()).toEqual(
      detail.siaes.edges
        .slice(0, 20)
        .map((e) => e.node.name)
        .sort(),
    );
    const main = await page.locator('main').innerText();
    for (const service of detail.employmentServices) expect(main).toContain(service.title);
    await maybeScreenshot(page, 'agence-territory');
  });

  it('says so for an agence that does not exist', async () => {
    await page.goto(`${product.url}/agence/agences/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Agence introuvable' }).waitFor();
  });

  it('shows the inbox of its territory as the API lists it (empty on the demo data)', async () => {
    const { approvalRequests } = await product.graphql<InboxData>(inboxQuery);

    await page.getByRole('link', { name: 'Demandes d’agrément' }).first().click();
    await page.waitForURL(/\/agence\/demandes$/);
    await page.getByRole('heading', { level: 1, name: 'Demandes d’agrément de votre territoire' }).waitFor();
    await expect.poll(() => page.title()).toBe('Demandes d’agrément à traiter – Espace agence Pôle emploi – Navette');
    await page.locator('section[aria-busy="false"] #demandes-resultats').waitFor();
    expect((await page.locator('#demandes-resultats').innerText()).trim()).toBe(
      requestCount(approvalRequests.totalCount),
    );
    expect(await page.locator('#filtre-statut-demandes').inputValue()).toBe('PENDING');
    if (approvalRequests.totalCount === 0) {
      await page.getByText('Aucune demande d’agrément n’attend de décision sur votre territoire.').waitFor();
      expect(await page.locator('table').count()).toBe(0);
    } else {
      expect(await inboxPeople(page)).toEqual(
        approvalRequests.edges.slice(0, 20).map((e) => personName(e.node.person)),
      );
    }
    await maybeScreenshot(page, 'agence-inbox');
  });

  it('lists a request filed by a SIAE with its time left, and records a refusal only with a reason', async () => {
    const id = await fileInitialRequest(product, 'Inès');
    const { approvalRequest } = await product.graphql<{
      approvalRequest: { workingDaysLeft: number; kindLabel: string; person: { firstName: string; lastName: string } };
    }>('query ($id: ID!) { approvalRequest(id: $id) { workingDaysLeft kindLabel person { firstName lastName } } }', {
      id,
    });
    const name = personName(approvalRequest.person);

    await page.goto(`${product.url}/agence/demandes`);
    const row = page.locator('table tbody tr').filter({ hasText: name });
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    const timeLeft = approvalRequest.workingDaysLeft === 0 ? 'Dernier jour' : `J-${approvalRequest.workingDaysLeft}`;
    expect(cells[5]?.toLowerCase()).toContain(timeLeft.toLowerCase());

    await row.getByRole('link', { name: approvalRequest.kindLabel }).click();
    await page.getByRole('heading', { level: 1, name: `${approvalRequest.kindLabel} – ${name}` }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer la décision' }).waitFor();
    // DSFR radios are styled through their label, which is what a user clicks.
    await page.locator('label[for="decision-1"]').click();
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Choisissez le motif du refus.');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'Le formulaire contient des erreurs',
    );

    await page.locator('#decision-motif').selectOption('INCOMPLETE_REQUEST');
    await page.locator('#decision-commentaire').fill('Le contrat de travail signé manque au dossier.');
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'Décision enregistrée' }).waitFor();

    const { approvalRequest: decided } = await product.graphql<{
      approvalRequest: { status: string; statusLabel: string; refusalReason: { code: string }; refusalComment: string };
    }>('query ($id: ID!) { approvalRequest(id: $id) { status statusLabel refusalReason { code } refusalComment } }', {
      id,
    });
    expect(decided).toMatchObject({
      status: 'REFUSED',
      refusalReason: { code: 'INCOMPLETE_REQUEST' },
      refusalComment: 'Le contrat de travail signé manque au dossier.',
    });
    expect((await page.getByTestId('request-status').innerText()).toLowerCase()).toContain(
      decided.statusLabel.toLowerCase(),
    );
    await maybeScreenshot(page, 'agence-request-refused');
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

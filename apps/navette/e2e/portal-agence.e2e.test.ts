// Espace agence Pôle emploi: pick an agence of a département, then see its SIAE and its offer of services; the inbox
// of demandes d'agrément of its territory, and a decision taken through the form; the appeals to answer (filtered by
// the API); the conventions de coopération of its territory and the référents of its SIAE.
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

/** The agence of agence@demo.navette.fr and the SIAE of siae@demo.navette.fr (of that agence's territory). */
async function demoOrganisations(product: Product): Promise<{ agencyId: string; siae: { id: string; name: string } }> {
  const agency = await product.graphql<{ viewer: { organisation: { id: string } } }>(
    '{ viewer { organisation { id } } }',
  );
  const siae = await product.graphql<{ viewer: { organisation: { id: string; name: string } } }>(
    '{ viewer { organisation { id name } } }',
    {},
    demoAccounts.siae,
  );
  return { agencyId: agency.viewer.organisation.id, siae: siae.viewer.organisation };
}

interface TerritorySiaes {
  siaes: { totalCount: number; edges: { node: { id: string; name: string; missingCooperationAgreement: boolean } }[] };
}
const TERRITORY_SIAES = `query ($agencyId: ID!, $missing: Boolean) {
  siaes(first: 100, filter: { agencyId: $agencyId, missingCooperationAgreement: $missing }) {
    totalCount edges { node { id name missingCooperationAgreement } } } }`;

interface AgreementsData {
  cooperationAgreements: {
    totalCount: number;
    edges: { node: { id: string; status: string; statusLabel: string; inForce: boolean; siae: { name: string } } }[];
  };
}
const AGREEMENTS = `query ($status: CooperationAgreementStatus) { cooperationAgreements(first: 20, filter: { status: $status }) {
  totalCount edges { node { id status statusLabel inForce siae { name } } } } }`;

/** The cells of the rows of a table, trimmed. */
async function tableRows(page: Page, container: string): Promise<string[][]> {
  return page
    .locator(`${container} table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())),
    );
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

  it('lists the appeals waiting for an answer as the API filters them, and opens one at its appeal', async () => {
    const id = await fileInitialRequest(product, 'Noé');
    await product.graphql(
      'mutation ($id: ID!) { decideApprovalRequest(id: $id, decision: REFUSE, reason: "NOT_ELIGIBLE", comment: "Critères non remplis.") { id } }',
      { id },
    );
    await product.graphql(
      'mutation ($id: ID!) { appealApprovalRefusal(id: $id, text: "Nous contestons ce refus.") { id } }',
      { id },
      demoAccounts.siae,
    );
    const { approvalRequests } = await product.graphql<{
      approvalRequests: {
        totalCount: number;
        edges: { node: { id: string; person: { firstName: string; lastName: string } } }[];
      };
    }>(
      '{ approvalRequests(first: 20, status: REFUSED, appealStatus: PENDING) { totalCount edges { node { id person { firstName lastName } } } } }',
    );
    expect(approvalRequests.edges.map((e) => e.node.id)).toContain(id);

    await page.getByRole('link', { name: 'Recours' }).first().click();
    await page.waitForURL(/\/agence\/recours$/);
    await page.locator('section[aria-busy="false"] #recours-resultats').waitFor();
    const count = approvalRequests.totalCount;
    expect((await page.locator('#recours-resultats').innerText()).trim()).toBe(
      count === 1 ? '1 recours en attente' : `${count} recours en attente`,
    );
    expect((await tableRows(page, 'section[aria-labelledby="recours-resultats"]')).map((row) => row[1])).toEqual(
      approvalRequests.edges.map((e) => personName(e.node.person)),
    );
    await page.getByRole('link', { name: 'Répondre au recours concernant Noé Moreau' }).click();
    await page.waitForURL(new RegExp(`/agence/demandes/${id}#recours$`));
    await page.getByText('Nous contestons ce refus.').waitFor();
    await maybeScreenshot(page, 'agence-appeals');
  });

  it('flags the SIAE of its territory without the convention they must have, as the API answers', async () => {
    const { agencyId } = await demoOrganisations(product);
    const all = await product.graphql<TerritorySiaes>(TERRITORY_SIAES, { agencyId, missing: null });
    const missing = await product.graphql<TerritorySiaes>(TERRITORY_SIAES, { agencyId, missing: true });
    expect(missing.siaes.totalCount).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Conventions' }).first().click();
    await page
      .getByRole('heading', { level: 1, name: 'Conventions de coopération locale de votre territoire' })
      .waitFor();
    await page.locator('section[aria-busy="false"] #siae-resultats').waitFor();
    const rows = await tableRows(page, '[data-testid="territory-siaes"]');
    expect(rows.map((row) => row[0])).toEqual(all.siaes.edges.slice(0, 20).map((e) => e.node.name));
    for (const [index, edge] of all.siaes.edges.slice(0, 20).entries()) {
      expect(rows[index]![3] === 'Convention obligatoire manquante').toBe(edge.node.missingCooperationAgreement);
    }
    expect(await page.getByTestId('missing-agreements').innerText()).toContain(
      missing.siaes.totalCount === 1 ? '1 association intermédiaire' : `${missing.siaes.totalCount} associations`,
    );

    await page.getByRole('button', { name: 'Afficher ces SIAE' }).click();
    await page.waitForURL(/sans-convention=1/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="territory-siaes"] tbody tr').length === n,
      missing.siaes.edges.length,
    );
    expect(await page.locator('#filtre-sans-convention-0').isChecked()).toBe(true);
    expect((await tableRows(page, '[data-testid="territory-siaes"]')).map((row) => row[0])).toEqual(
      missing.siaes.edges.map((e) => e.node.name),
    );
    await maybeScreenshot(page, 'agence-cooperation');
  });

  it('names the référent Pôle emploi of a SIAE of its territory', async () => {
    const { siae } = await demoOrganisations(product);
    await page.goto(`${product.url}/agence/conventions`);
    await page.getByTestId('territory-siaes').getByRole('link', { name: siae.name }).click();
    await page.getByRole('heading', { level: 1, name: siae.name }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer le référent' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' });
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Indiquez le nom du référent Pôle emploi.']);

    await page.locator('#referent-nom').fill('Agnès Référente');
    await page.locator('#referent-courriel').fill('agnes.referente@pole-emploi.example');
    await page.getByRole('button', { name: 'Enregistrer le référent' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'Référent enregistré' }).waitFor();
    const { siae: saved } = await product.graphql<{
      siae: { referents: { referentName: string; referentEmail: string } };
    }>('query ($id: ID!) { siae(id: $id) { referents { referentName referentEmail } } }', { id: siae.id });
    expect(saved.referents).toEqual({
      referentName: 'Agnès Référente',
      referentEmail: 'agnes.referente@pole-emploi.example',
    });
    expect(await page.getByTestId('referents').innerText()).toContain('Agnès Référente');
  });

  it('drafts a convention with a SIAE, signs its side, shows it in force once the SIAE signs, filters and terminates it', async () => {
    const { siae } = await demoOrganisations(product);
    await page.getByRole('link', { name: 'Préparer une convention' }).click();
    await page.getByRole('heading', { level: 1, name: 'Préparer une convention de coopération locale' }).waitFor();
    await page.locator('#convention-debut').fill(today());
    await page.locator('#convention-fin').fill('2000-01-01');
    await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'La fin de la convention ne peut pas précéder son début.' })
      .waitFor();
    await page.locator('#convention-fin').fill('');
    await page.locator('#convention-offersHeading').fill('Dépôt mensuel des offres à Pôle emploi.');
    await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'Projet enregistré' }).waitFor();

    const drafts = await product.graphql<AgreementsData>(AGREEMENTS, { status: 'DRAFT' });
    expect(drafts.cooperationAgreements.edges.map((e) => e.node.siae.name)).toEqual([siae.name]);
    const agreementId = drafts.cooperationAgreements.edges[0]!.node.id;
    expect(page.url()).toMatch(new RegExp(`/agence/conventions/${agreementId}$`));

    await page.getByRole('button', { name: 'Signer pour l’agence' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'Signature enregistrée' }).waitFor();
    await product.graphql(
      'mutation ($id: ID!) { signCooperationAgreement(id: $id) { id } }',
      { id: agreementId },
      demoAccounts.siae,
    );
    const signed = await product.graphql<AgreementsData>(AGREEMENTS, { status: 'SIGNED' });
    expect(signed.cooperationAgreements.edges[0]!.node).toMatchObject({ id: agreementId, inForce: true });

    await page.goto(`${product.url}/agence/conventions`);
    await page.locator('#filtre-statut-conventions').selectOption('SIGNED');
    await page.getByRole('button', { name: 'Afficher les conventions' }).click();
    await page.waitForURL(/statut=SIGNED/);
    await page.getByTestId('territory-agreements').locator('tbody tr').first().waitFor();
    const rows = await tableRows(page, '[data-testid="territory-agreements"]');
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual(
      signed.cooperationAgreements.edges.map((e) => [
        e.node.siae.name,
        e.node.statusLabel,
        e.node.inForce ? 'Oui' : 'Non',
      ]),
    );
    await page.locator('#filtre-statut-conventions').selectOption('DRAFT');
    await page.getByRole('button', { name: 'Afficher les conventions' }).click();
    await page.getByText('Aucune convention de votre territoire n’a ce statut.').waitFor();
    expect(
      (await product.graphql<AgreementsData>(AGREEMENTS, { status: 'DRAFT' })).cooperationAgreements.totalCount,
    ).toBe(0);

    await page.goto(`${product.url}/agence/conventions/${agreementId}`);
    await page.getByText('En vigueur aujourd’hui').waitFor();
    await page.getByRole('button', { name: 'Résilier la convention' }).click();
    await page.getByRole('button', { name: 'Confirmer la résiliation' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'Convention résiliée' }).waitFor();
    const terminated = await product.graphql<AgreementsData>(AGREEMENTS, { status: 'TERMINATED' });
    expect(terminated.cooperationAgreements.edges.map((e) => e.node.id)).toEqual([agreementId]);
    expect((await page.getByTestId('agreement-status').innerText()).toLowerCase()).toContain(
      terminated.cooperationAgreements.edges[0]!.node.statusLabel.toLowerCase(),
    );
    await maybeScreenshot(page, 'agence-agreement-terminated');
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

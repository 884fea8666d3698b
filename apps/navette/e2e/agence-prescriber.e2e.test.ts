// The agence Pôle emploi as prescripteur (issue 18 §2; seed 004: Pôle emploi "endosse à la fois les rôles
// d'orienteur, de prescripteur et d'organisme d'agrémentation"), in the Espace agence against the real product: an
// agent records a person, diagnoses against annexe 2 and prescribes to a SIAE of the territory, on the prescribing
// screens shared with the Espace prescripteur; once the SIAE has asked for the agrément, the same agent cannot decide
// it (separation of duties: the French message of the API shows, nothing is decided), a colleague of the agence can.
// The orientations sent to the agence have their screen too.
import { randomUUID } from 'node:crypto';
import { tables } from '@navette/db';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { todayInFrance } from './support/parcours.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
const pages: { page: Page; pageErrors: Error[] }[] = [];
const COLLEAGUE = 'agence-collegue@test.navette.fr';

/** One browser context per agent, as two people on two machines. */
async function newPage(): Promise<Page> {
  const opened = await openPage(browser);
  pages.push(opened);
  return opened.page;
}

beforeAll(async () => {
  product = await startProduct('agence');
  browser = await launchBrowser();
  // A second agent of the demo agence, with the demo password (what an administrator's invitation would give).
  const [demo] = await product.db.select().from(tables.users).where(eq(tables.users.email, demoAccounts.agence));
  const [membership] = await product.db
    .select()
    .from(tables.memberships)
    .where(eq(tables.memberships.userId, demo!.id));
  const colleague = randomUUID();
  await product.db
    .insert(tables.users)
    .values({ id: colleague, email: COLLEAGUE, displayName: 'Agent décideur', passwordHash: demo!.passwordHash });
  await product.db.insert(tables.memberships).values({
    userId: colleague,
    role: 'AGENCY',
    organisationKind: 'AGENCY',
    organisationId: membership!.organisationId,
  });
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const person = { firstName: 'Léa', lastName: 'Agence-Navette', birthDate: '1991-02-14' };
const displayedName = 'Léa AGENCE-NAVETTE';

/** Ticks a DSFR checkbox or radio by its label (DSFR draws the label over the input). */
async function tick(page: Page, label: string): Promise<void> {
  await page.getByLabel(label).first().check({ force: true });
}

/** A link of the header's "Prescrire" menu, as a user opens it. */
async function openMenuLink(page: Page, name: string): Promise<void> {
  const nav = page.locator('header nav').filter({ visible: true }).first();
  await nav.getByRole('button', { name: 'Prescrire' }).click();
  await nav.getByRole('link', { name }).click();
}

/** The page is no wider than the window (the header's navigation on one line, RGAA 10.11). */
async function fitsTheWindow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

let agent: Page;
let personId: string;
let prescriptionId: string;
let requestId: string;
let agencyId: string;

interface RequestState {
  approvalRequest: { status: string; statusLabel: string } | null;
}
const requestQuery = 'query ($id: ID!) { approvalRequest(id: $id) { status statusLabel } }';

describe('an agent of the agence diagnoses and prescribes, a colleague decides the agrément', () => {
  it('records a person from "Mes personnes"', async () => {
    agent = await newPage();
    await signInThrough(agent, `${product.url}/agence/personnes`, demoAccounts.agence);
    await agent.getByRole('heading', { level: 1, name: 'Mes personnes' }).waitFor();
    expect(await agent.locator('main').innerText()).toContain('votre agence');
    expect(await fitsTheWindow(agent)).toBe(true);
    await agent.getByRole('link', { name: 'Enregistrer une personne' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Enregistrer une personne' }).waitFor();

    await agent.getByRole('button', { name: 'Enregistrer la personne' }).click();
    await agent.getByTestId('error-summary').getByText('Indiquez le prénom.').waitFor();
    await agent.getByLabel('Prénom').fill(person.firstName);
    await agent.getByLabel('Nom', { exact: true }).fill(person.lastName);
    await agent.getByLabel('Date de naissance').fill(person.birthDate);
    await agent.getByRole('button', { name: 'Enregistrer la personne' }).click();
    await agent.getByRole('heading', { level: 1, name: displayedName }).waitFor();
    personId = decodeURIComponent(new URL(agent.url()).pathname.split('/').pop()!);
    expect(agent.url()).toContain(`/agence/personnes/${personId}`);

    const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
      '{ viewer { organisation { id } } }',
    );
    agencyId = viewer.organisation.id;
    const { person: saved } = await product.graphql<{
      person: { firstName: string; birthDate: string; mayCorrectIdentity: boolean };
    }>('query ($id: ID!) { person(id: $id) { firstName birthDate mayCorrectIdentity } }', { id: personId });
    expect(saved).toMatchObject({ firstName: person.firstName, birthDate: person.birthDate });
  });

  it('diagnoses with the annexe 2 criteria', async () => {
    const { eligibilityCriteria } = await product.graphql<{
      eligibilityCriteria: { code: string; category: string; label: string }[];
    }>('{ eligibilityCriteria { code category label } }');
    const chosen = eligibilityCriteria.find((c) => c.category === 'PROFESSIONAL')!;

    await agent.getByRole('link', { name: 'Enregistrer un diagnostic d’éligibilité' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Diagnostic d’éligibilité' }).waitFor();
    await tick(agent, chosen.label);
    await agent.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
    await agent.getByRole('heading', { level: 1, name: displayedName }).waitFor();

    const { person: saved } = await product.graphql<{
      person: {
        diagnoses: { summary: string; criteria: { code: string }[]; prescriberOrganisation: { id: string } }[];
      };
    }>(
      'query ($id: ID!) { person(id: $id) { diagnoses { summary criteria { code } prescriberOrganisation { id } } } }',
      {
        id: personId,
      },
    );
    expect(saved.diagnoses).toHaveLength(1);
    expect(saved.diagnoses[0]!.criteria.map((c) => c.code)).toEqual([chosen.code]);
    // The agence diagnoses as a prescripteur under its own id.
    expect(saved.diagnoses[0]!.prescriberOrganisation.id).toBe(agencyId);
    expect(await agent.getByTestId('diagnosis').innerText()).toContain(saved.diagnoses[0]!.summary);
  });

  it('prescribes to the SIAE of siae@demo.navette.fr, of its territory', async () => {
    const { viewer: siae } = await product.graphql<{ viewer: { organisation: { id: string; name: string } } }>(
      '{ viewer { organisation { id name } } }',
      undefined,
      demoAccounts.siae,
    );
    await agent.getByRole('link', { name: 'Prescrire à une SIAE' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Prescrire un parcours à une SIAE' }).waitFor();
    await agent.getByLabel('Nom ou commune de la structure').fill(siae.organisation.name);
    await agent.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await tick(agent, siae.organisation.name);
    await agent.getByTestId('chosen-siae').getByText(`Structure choisie : ${siae.organisation.name}`).waitFor();
    await agent.getByLabel('Message à la structure').fill('Léa, inscrite à l’agence, souhaite ce parcours.');
    await agent.getByRole('button', { name: 'Envoyer la prescription' }).click();
    await agent.getByRole('heading', { level: 1, name: `Prescription de ${displayedName}` }).waitFor();
    prescriptionId = decodeURIComponent(new URL(agent.url()).pathname.split('/').pop()!);

    const { prescription } = await product.graphql<{
      prescription: { status: string; statusLabel: string; prescriberOrganisation: { id: string; kind: string } };
    }>('query ($id: ID!) { prescription(id: $id) { status statusLabel prescriberOrganisation { id kind } } }', {
      id: prescriptionId,
    });
    expect(prescription).toMatchObject({
      status: 'SENT',
      prescriberOrganisation: { id: agencyId, kind: 'POLE_EMPLOI' },
    });
    expect((await agent.getByTestId('prescription-status').textContent())?.trim()).toBe(prescription.statusLabel);
    // The agence sent it: it may withdraw it while the SIAE has not answered.
    expect(await agent.getByRole('button', { name: 'Retirer la prescription' }).count()).toBe(1);

    // "Mes prescriptions" names the prescripteur of each row (the agence also sees its territory's prescriptions).
    await openMenuLink(agent, 'Mes prescriptions');
    await agent.getByRole('heading', { level: 1, name: 'Mes prescriptions' }).waitFor();
    await agent.locator('section[aria-busy="false"] #prescriptions-results').waitFor();
    expect(await agent.locator('table thead').innerText()).toContain('Prescripteur');
    const row = agent.locator('table tbody tr').filter({ hasText: displayedName });
    expect(await row.innerText()).toContain(siae.organisation.name);
    await maybeScreenshot(agent, 'agence-prescriptions');
  });

  it('cannot decide the agrément of the person it prescribed: the French message shows, nothing is decided', async () => {
    await product.graphql(
      'mutation ($id: ID!) { acceptPrescription(id: $id) { id } }',
      { id: prescriptionId },
      demoAccounts.siae,
    );
    const { requestApproval } = await product.graphql<{ requestApproval: { id: string } }>(
      'mutation ($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }',
      { input: { kind: 'INITIAL', prescriptionId, contractStartOn: todayInFrance() } },
      demoAccounts.siae,
    );
    requestId = requestApproval.id;

    await agent.goto(`${product.url}/agence/demandes/${requestId}`);
    await agent.getByRole('button', { name: 'Enregistrer la décision' }).waitFor();
    await tick(agent, 'Accorder');
    await agent.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const notice = agent.getByTestId('form-notice');
    await notice.getByText('séparation des fonctions', { exact: false }).waitFor();
    expect(await notice.innerText()).toContain(
      'Vous avez prescrit le parcours de cette personne : la décision sur son agrément revient à un autre agent de l’agence (séparation des fonctions).',
    );
    expect(await notice.getByRole('alert').count()).toBe(1);
    await maybeScreenshot(agent, 'agence-separation-of-duties');

    const { approvalRequest } = await product.graphql<RequestState>(requestQuery, { id: requestId });
    expect(approvalRequest?.status).toBe('PENDING');
  });

  it('a colleague of the agence decides it', async () => {
    const colleague = await newPage();
    await signInThrough(colleague, `${product.url}/agence/demandes/${requestId}`, COLLEAGUE);
    await colleague.getByRole('button', { name: 'Enregistrer la décision' }).waitFor();
    await tick(colleague, 'Accorder');
    await colleague.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await colleague.getByTestId('form-notice').filter({ hasText: 'Décision enregistrée' }).waitFor();
    const { approvalRequest } = await product.graphql<RequestState>(requestQuery, { id: requestId });
    expect(approvalRequest?.status).toBe('GRANTED');
  });

  it('sees a prescription of another prescripteur to its territory, but may not withdraw it', async () => {
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
      { input: { firstName: 'Noa', lastName: 'Mission-Locale', birthDate: '1995-06-01' } },
      prescripteur,
    );
    const { diagnose } = await product.graphql<{ diagnose: { id: string } }>(
      'mutation ($input: DiagnosisInput!) { diagnose(input: $input) { id } }',
      { input: { personId: recordPerson.id, criteria: [eligibilityCriteria[0]!.code], diagnosedOn: todayInFrance() } },
      prescripteur,
    );
    const { prescribe } = await product.graphql<{ prescribe: { id: string } }>(
      'mutation ($input: PrescriptionInput!) { prescribe(input: $input) { id } }',
      {
        input: {
          personId: recordPerson.id,
          diagnosisId: diagnose.id,
          siaeId: viewer.organisation.id,
          message: 'Noa souhaite ce parcours.',
        },
      },
      prescripteur,
    );
    await agent.goto(`${product.url}/agence/prescriptions/${prescribe.id}`);
    await agent.getByRole('heading', { level: 1, name: 'Prescription de Noa MISSION-LOCALE' }).waitFor();
    expect(await agent.getByTestId('prescription-status').textContent()).toBeTruthy();
    expect(await agent.getByRole('button', { name: 'Retirer la prescription' }).count()).toBe(0);
  });

  it('shows the orientations sent to the agence, to accept or decline', async () => {
    await openMenuLink(agent, 'Orientations reçues');
    await agent.getByRole('heading', { level: 1, name: 'Orientations reçues' }).waitFor();
    expect(await agent.locator('main').innerText()).toContain('orientent vers votre agence');
  });

  it('ran without an uncaught error', () => {
    for (const { pageErrors } of pages) expect(pageErrors).toEqual([]);
  });
});

// Espace agence Pôle emploi: pick an agence of a département, then see its SIAE and its offer of services; the inbox
// of demandes d'agrément of its territory, and a decision taken through the form; the appeals to answer (filtered by
// the API); the conventions de coopération of its territory and the référents of its SIAE; the supporting documents of
// a request, downloaded; the meetings of the CTA it leads; the figures of its territory (Mes indicateurs).
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { addDays, grantedParcours } from './support/parcours.ts';
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
async function fileInitialRequest(
  product: Product,
  firstName: string,
  documents?: { fileName: string; contentType: string; dataBase64: string }[],
): Promise<string> {
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
    { input: { kind: 'INITIAL', prescriptionId: prescribe.id, contractStartOn: today(), documents } },
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

/** A small but real PDF (catalog, one empty page), with bytes above 127 that must come back unchanged. */
function smallPdf(title: string): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n'),
    Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
    Buffer.from(
      [
        '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
        '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
        '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
        `4 0 obj << /Title (${title}) >> endobj`,
        'trailer << /Root 1 0 R /Info 4 0 R >>',
        '%%EOF',
        '',
      ].join('\n'),
    ),
  ]);
}

/** "12,5" → 12.5, "1 234" → 1234: a figure as the page writes it, back to a number; null for a text. */
function frenchNumber(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : null;
}

interface CtaDueData {
  ctaMeetingsDue: {
    cta: { id: string; name: string; ledBy: { id: string } };
    missingQuarters: number[];
    yearEndMeetingWithSiaeHeads: boolean;
    quarters: { quarter: number; label: string; meetings: number }[];
  }[];
}
const CTA_DUE = `query ($year: Int!, $departement: ID) { ctaMeetingsDue(year: $year, departement: $departement) {
  cta { id name ledBy { id } } missingQuarters yearEndMeetingWithSiaeHeads quarters { quarter label meetings } } }`;

interface IndicatorData {
  id: string;
  label: string;
  definition: string;
  computable: boolean;
  unit: string;
  note: string | null;
  rows: {
    departement: { code: string; name: string };
    siaeKind: string | null;
    value: number | null;
    people: number | null;
  }[];
}
const INDICATORS = `query ($filter: IndicatorFilter) { indicators(filter: $filter) {
  id label definition computable unit note rows { departement { code name } siaeKind value people } } }`;
const STATISTICS_FIELDS = [
  'requests',
  'granted',
  'refused',
  'tacitlyGranted',
  'pending',
  'suspensions',
  'prolongations',
  'extensions',
] as const;
const STATISTICS = `query ($from: Date, $to: Date) { approvalStatistics(from: $from, to: $to) {
  rows { departement { code } siaeKind ${STATISTICS_FIELDS.join(' ')} } } }`;

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

    await signInThrough(page, `${product.url}/agence/agences`, demoAccounts.agence);
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
    // The unfiltered table may still be on screen (or being replaced) when the URL changes: wait until the rows are
    // the filtered ones, not for a duration (it failed once on a busy machine reading the table mid-render).
    const expected = signed.cooperationAgreements.edges.map((e) => [
      e.node.siae.name,
      e.node.statusLabel,
      e.node.inForce ? 'Oui' : 'Non',
    ]);
    await expect
      .poll(
        async () =>
          (await tableRows(page, '[data-testid="territory-agreements"]')).map((row) => [row[0], row[2], row[3]]),
        { timeout: 120_000 },
      )
      .toEqual(expected);
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

  it('lists the supporting documents of a request and downloads one, byte for byte what the SIAE sent', async () => {
    const pdf = smallPdf('Contrat de travail');
    const id = await fileInitialRequest(product, 'Léa', [
      { fileName: 'contrat-de-travail.pdf', contentType: 'application/pdf', dataBase64: pdf.toString('base64') },
    ]);
    const { approvalRequest } = await product.graphql<{
      approvalRequest: { documents: { id: string; fileName: string; contentType: string; size: number }[] };
    }>('query ($id: ID!) { approvalRequest(id: $id) { documents { id fileName contentType size } } }', { id });
    expect(approvalRequest.documents).toHaveLength(1);
    const [document] = approvalRequest.documents;

    await page.goto(`${product.url}/agence/demandes/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Pièces justificatives' }).waitFor();
    const rows = await tableRows(page, '[data-testid="request-documents"]');
    expect(rows.map((cells) => cells.slice(0, 3))).toEqual([[document!.fileName, 'PDF', `${document!.size} octets`]]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Télécharger « ${document!.fileName} »` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(document!.fileName);
    const saved = await readFile(await download.path());
    expect(saved.equals(pdf)).toBe(true);
    await maybeScreenshot(page, 'agence-request-documents');
  });

  it('records a meeting of the CTA it leads, sees the quarter alert change, then sends the minutes to the CDIAE', async () => {
    const { agencyId } = await demoOrganisations(product);
    const { agency } = await product.graphql<{ agency: { departement: { code: string } } }>(
      'query ($id: ID!) { agency(id: $id) { departement { code } } }',
      { id: agencyId },
    );
    const year = Number(today().slice(0, 4));
    const currentQuarter = Math.floor((Number(today().slice(5, 7)) - 1) / 3) + 1;
    const dueOfMine = async () => {
      const { ctaMeetingsDue } = await product.graphql<CtaDueData>(CTA_DUE, {
        year,
        departement: agency.departement.code,
      });
      const mine = ctaMeetingsDue.filter((due) => due.cta.ledBy.id === agencyId);
      expect(mine).toHaveLength(1);
      return mine[0]!;
    };
    const before = await dueOfMine();
    expect(before.missingQuarters).toContain(currentQuarter);
    const quarterLabel = before.quarters.find((q) => q.quarter === currentQuarter)!.label;

    await page
      .locator('header')
      .getByRole('link', { name: 'CTA', exact: true })
      .filter({ visible: true })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Les CTA animés par votre agence' }).waitFor();
    const section = page
      .getByTestId('cta')
      .filter({ has: page.getByRole('heading', { level: 2, name: before.cta.name }) });
    await section.getByTestId('cta-quarters').waitFor();
    expect(await page.getByTestId('cta').count()).toBe(1);
    const quarterAlerts = section.locator('[data-testid="cta-alert-missed"], [data-testid="cta-alert-pending"]');
    expect((await quarterAlerts.allInnerTexts()).join(' ')).toContain(quarterLabel);
    const meetingsPerQuarter = async () =>
      (await tableRows(page, '[data-testid="cta"] [data-testid="cta-quarters"]')).map((cells) => [cells[0], cells[2]]);
    expect(await meetingsPerQuarter()).toEqual(before.quarters.map((q) => [q.label, String(q.meetings)]));
    await maybeScreenshot(page, 'agence-cta-before');

    await section.getByRole('link', { name: `Enregistrer une réunion du ${before.cta.name}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Enregistrer une réunion du CTA' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' });
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Indiquez la date de la réunion.',
      'Indiquez l’ordre du jour.',
    ]);
    const agenda = 'Bilan des parcours du trimestre ; orientations de l’année suivante.';
    await page.locator('#reunion-date').fill(today());
    await page.locator('#reunion-ordre-du-jour').fill(agenda);
    await page.locator('#reunion-participants').fill('Agence Pôle emploi\nResponsables des SIAE du bassin');
    await page.getByLabel('Les responsables des SIAE étaient invités').check({ force: true });
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'Réunion enregistrée' }).waitFor();

    const after = await dueOfMine();
    expect(after.missingQuarters).not.toContain(currentQuarter);
    await section.getByTestId('cta-quarters').waitFor();
    expect(await meetingsPerQuarter()).toEqual(after.quarters.map((q) => [q.label, String(q.meetings)]));
    expect((await quarterAlerts.allInnerTexts()).join(' ')).not.toContain(quarterLabel);
    expect(await section.getByTestId('cta-alert-yearEnd').count()).toBe(after.yearEndMeetingWithSiaeHeads ? 0 : 1);
    await maybeScreenshot(page, 'agence-cta-after');

    // A second meeting the same day: the API's French refusal, what was typed kept.
    await section.getByRole('link', { name: `Enregistrer une réunion du ${before.cta.name}` }).click();
    await page.locator('#reunion-date').fill(today());
    await page.locator('#reunion-ordre-du-jour').fill('Une autre réunion');
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'est déjà enregistrée le' }).waitFor();
    expect(await page.locator('#reunion-ordre-du-jour').inputValue()).toBe('Une autre réunion');
    await page.getByRole('link', { name: 'Annuler' }).click();

    const meeting = page.getByTestId('cta-meeting').first();
    await meeting.getByText(agenda).waitFor();
    const shortToday = today().split('-').reverse().join('/');
    await meeting
      .getByRole('button', { name: `Transmettre au CDIAE le compte rendu de la réunion du ${shortToday}` })
      .click();
    await meeting.getByRole('button', { name: 'Enregistrer la transmission' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Saisissez le compte rendu avant de le déclarer transmis au CDIAE.' })
      .first()
      .waitFor();
    const minutes = 'Relevé de décisions : un atelier commun des SIAE du bassin au prochain trimestre.';
    await meeting.getByRole('textbox', { name: /^Compte rendu/ }).fill(minutes);
    await meeting.getByRole('button', { name: 'Enregistrer la transmission' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'Transmission enregistrée' }).waitFor();
    const { ctas } = await product.graphql<{
      ctas: {
        id: string;
        meetings: { agenda: string; minutes: string; minutesSentToCdiaeOn: string; siaeHeadsInvited: boolean }[];
      }[];
    }>(
      'query ($d: String!, $year: Int!) { ctas(departement: $d) { id meetings(year: $year) { agenda minutes minutesSentToCdiaeOn siaeHeadsInvited } } }',
      {
        d: agency.departement.code,
        year,
      },
    );
    expect(ctas.find((cta) => cta.id === before.cta.id)!.meetings).toEqual([
      { agenda, minutes, minutesSentToCdiaeOn: today(), siaeHeadsInvited: true },
    ]);
    expect(await meeting.getByTestId('cta-minutes-sent').innerText()).toBe(`le ${shortToday}`);
    expect(await meeting.getByRole('button', { name: /Transmettre au CDIAE/ }).count()).toBe(0);
  });

  it('shows the figures of its territory for the current year, as the API answers them', async () => {
    await page
      .locator('header')
      .getByRole('link', { name: 'Mes indicateurs' })
      .filter({ visible: true })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mes indicateurs' }).waitFor();
    const from = `${today().slice(0, 4)}-01-01`;
    const to = today();
    expect(await page.locator('#periode-debut').inputValue()).toBe(from);
    expect(await page.locator('#periode-fin').inputValue()).toBe(to);

    const { indicators } = await product.graphql<{ indicators: IndicatorData[] }>(INDICATORS, { filter: { from, to } });
    const computable = indicators.filter((indicator) => indicator.computable);
    await page.getByTestId('indicators-count').waitFor();
    expect(await page.getByTestId('indicators-count').innerText()).toBe(`${computable.length} indicateurs calculés`);
    expect(await page.locator('[data-testid^="indicator-"] h3').allInnerTexts()).toEqual(
      computable.map((i) => i.label),
    );
    for (const indicator of computable) {
      const rows = await tableRows(page, `[data-testid="indicator-${indicator.id}"]`);
      expect(rows.length, indicator.id).toBe(indicator.rows.length);
      for (const [index, row] of indicator.rows.entries()) {
        const cells = rows[index]!;
        expect(cells[0], indicator.id).toBe(`${row.departement.name} (${row.departement.code})`);
        if (row.siaeKind) expect(cells[1], indicator.id).toMatch(new RegExp(`^${row.siaeKind} – `));
        const figures = cells.slice(row.siaeKind ? 2 : 1).map(frenchNumber);
        expect(figures, indicator.id).toEqual(
          indicator.unit === 'HOURS_AND_PEOPLE' ? [row.value, row.people] : [row.value],
        );
      }
    }
    // The meeting recorded above and the requests of this file count in the territory's figures.
    const ctaMeetings = computable.find((indicator) => indicator.id === 'F8_CTA_MEETINGS');
    if (ctaMeetings) expect(ctaMeetings.rows.some((row) => (row.value ?? 0) > 0)).toBe(true);
    const { agencyId } = await demoOrganisations(product);
    const { agency } = await product.graphql<{ agency: { departement: { code: string } } }>(
      'query ($id: ID!) { agency(id: $id) { departement { code } } }',
      { id: agencyId },
    );
    for (const row of computable.flatMap((indicator) => indicator.rows)) {
      expect(row.departement.code).toBe(agency.departement.code);
    }

    const { approvalStatistics } = await product.graphql<{
      approvalStatistics: { rows: ({ siaeKind: string } & Record<string, number | null>)[] };
    }>(STATISTICS, { from, to });
    expect(approvalStatistics.rows.reduce((sum, row) => sum + (row['requests'] ?? 0), 0)).toBeGreaterThan(0);
    const rows = await tableRows(page, '[data-testid="approval-statistics"]');
    expect(rows.map((cells) => [cells[1]!.split(' – ')[0], ...cells.slice(2).map(frenchNumber)])).toEqual(
      approvalStatistics.rows.map((row) => [row.siaeKind, ...STATISTICS_FIELDS.map((field) => row[field])]),
    );
    await maybeScreenshot(page, 'agence-indicators');
  });

  it('records a Pôle emploi service and a POE on an agrément of its territory, from the granted request', async () => {
    const start = today();
    const parcours = await grantedParcours(
      product,
      { firstName: 'Paul', lastName: 'Prestation', birthDate: '1989-01-30' },
      { startOn: start, endOn: addDays(start, 180) },
    );
    const { approval } = await product.graphql<{
      approval: {
        requests: { id: string }[];
        siae: { agency: { employmentServices: { id: string; title: string }[] } };
      };
    }>('query ($id: ID!) { approval(id: $id) { siae { agency { employmentServices { id title } } } } }', {
      id: parcours.approvalId,
    });
    const service = approval.siae.agency.employmentServices[0]!;
    await page.goto(`${product.url}/agence/demandes/${parcours.requestId}`);
    await page.getByRole('link', { name: 'Prestations et POE de ce parcours' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Prestations et POE – agrément n° ${parcours.number}` })
      .waitFor();
    await page.getByTestId('prestations').getByText('Aucune prestation enregistrée.').waitFor();

    await page.getByRole('button', { name: 'Enregistrer la prestation' }).click();
    await page.getByTestId('prestations').getByTestId('error-summary').getByText('Choisissez la prestation.').waitFor();
    await page.locator('#prestation-service').selectOption(service.id);
    await page.locator('#prestation-date').fill(addDays(start, 2));
    await page.getByRole('button', { name: 'Enregistrer la prestation' }).click();
    await page.getByText('Prestation Pôle emploi enregistrée.', { exact: true }).waitFor();
    await page.getByTestId('prestations').locator('table').waitFor();

    // Outside the agrément: the API's French refusal, what was typed kept.
    await page.locator('#poe-employeur').fill('Menuiserie Comtoise');
    await page.locator('#poe-heures').fill('400');
    const early = addDays(start, -30);
    await page.locator('#poe-debut').fill(early);
    await page.locator('#poe-fin').fill(addDays(start, 80));
    await page.getByRole('button', { name: 'Enregistrer la POE' }).click();
    await page.getByTestId('poe').getByTestId('api-error').waitFor();
    expect(await page.getByTestId('poe').getByTestId('api-error').innerText()).toContain('POE');
    expect(await page.locator('#poe-debut').inputValue()).toBe(early);
    expect(await page.locator('#poe-employeur').inputValue()).toBe('Menuiserie Comtoise');
    await page.locator('#poe-debut').fill(addDays(start, 20));
    await page.getByRole('button', { name: 'Enregistrer la POE' }).click();
    await page.getByText('POE enregistrée.', { exact: true }).waitFor();
    await page.getByTestId('poe').locator('table').waitFor();

    const { approval: saved } = await product.graphql<{
      approval: {
        serviceUses: { usedOn: string; service: { id: string } }[];
        poes: { employer: string; hours: number }[];
      };
    }>('query ($id: ID!) { approval(id: $id) { serviceUses { usedOn service { id } } poes { employer hours } } }', {
      id: parcours.approvalId,
    });
    expect(saved.serviceUses).toEqual([{ usedOn: addDays(start, 2), service: { id: service.id } }]);
    expect(saved.poes).toEqual([{ employer: 'Menuiserie Comtoise', hours: 400 }]);
    expect((await tableRows(page, '[data-testid="prestations"]')).map((row) => row[0])).toEqual([service.title]);
    expect((await tableRows(page, '[data-testid="poe"]')).map((row) => row.slice(0, 2))).toEqual([
      ['Menuiserie Comtoise', '400'],
    ]);
    await maybeScreenshot(page, 'agence-approval-services');
  });

  it('exports the decisions of a status, every one as the API lists them, in CSV and XLSX', async () => {
    const { approvalRequests } = await product.graphql<{
      approvalRequests: {
        totalCount: number;
        edges: {
          node: {
            kindLabel: string;
            statusLabel: string;
            person: { firstName: string; lastName: string } | null;
            siae: { name: string };
          };
        }[];
      };
    }>(
      '{ approvalRequests(first: 100, status: GRANTED) { totalCount edges { node { kindLabel statusLabel person { firstName lastName } siae { name } } } } }',
    );
    expect(approvalRequests.totalCount).toBeGreaterThan(0);
    await page.goto(`${product.url}/agence/historique?statut=GRANTED`);
    await page.getByRole('heading', { level: 2, name: requestCount(approvalRequests.totalCount) }).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Télécharger en CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`decisions-granted_${today()}.csv`);
    const content = await readFile(await csv.path(), 'utf8');
    const lines = content.slice(1).split('\r\n');
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Demande;Nom;Prénom;SIAE;Type de SIAE;Reçue le;Décision du;Statut;Motif du refus;Recours');
    expect(lines.slice(1, -1).map((line) => [...line.split(';').slice(0, 4), line.split(';')[7]])).toEqual(
      approvalRequests.edges.map(({ node }) => [
        node.kindLabel,
        node.person?.lastName ?? '',
        node.person?.firstName ?? '',
        node.siae.name,
        node.statusLabel,
      ]),
    );
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Télécharger en XLSX/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`decisions-granted_${today()}.xlsx`);
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

// Espace SIAE: the directory, then the page of one SIAE (agence référente, its services, decision deadline); its
// convention de coopération with its agence and its référents, its job offers, what happens during a parcours
// (training, PMSMP, Pôle emploi services, POE), the appeal against a refused agrément, the supporting documents of a
// demande d'agrément and its own figures (Mes indicateurs).
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { directoryRows, searchDirectory, waitForResults } from './support/directory.ts';
import { addDays, grantedParcours } from './support/parcours.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];

beforeAll(async () => {
  product = await startProduct('siae');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

/** Today in France, as the portal computes it for `approvalDecisionDeadline(receivedOn:)`. */
const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());

/** A day in France as `YYYY-MM-DD`, `days` after today. */
function dayInFrance(days: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}
const shortDate = (iso: string) => iso.split('-').reverse().join('/');

/** The id of the demo SIAE (the organisation of siae@demo.navette.fr). */
async function ownSiaeId(): Promise<string> {
  const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
    '{ viewer { organisation { id } } }',
  );
  return viewer.organisation.id;
}

/**
 * A prescription accepted by the demo SIAE, through the API: the prescripteur records a person, diagnoses and
 * prescribes to the SIAE, which accepts. Returns the prescription's id.
 */
async function acceptedPrescription(firstName: string): Promise<string> {
  const { prescripteur } = demoAccounts;
  const siaeId = await ownSiaeId();
  const { eligibilityCriteria } = await product.graphql<{ eligibilityCriteria: { code: string }[] }>(
    '{ eligibilityCriteria { code } }',
    {},
    prescripteur,
  );
  const { recordPerson } = await product.graphql<{ recordPerson: { id: string } }>(
    'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
    { input: { firstName, lastName: 'Garnier', birthDate: '1990-02-14' } },
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
      input: { personId: recordPerson.id, diagnosisId: diagnose.id, siaeId, message: 'Candidature en insertion.' },
    },
    prescripteur,
  );
  await product.graphql('mutation ($id: ID!) { acceptPrescription(id: $id) { id } }', { id: prescribe.id });
  return prescribe.id;
}

/**
 * A demande d'agrément of the demo SIAE, as it reaches the agence through the API: a prescription accepted by the SIAE,
 * which asks for the agrément with a contract starting today.
 */
async function fileInitialRequest(firstName: string): Promise<{ requestId: string; prescriptionId: string }> {
  const prescriptionId = await acceptedPrescription(firstName);
  const { requestApproval } = await product.graphql<{ requestApproval: { id: string } }>(
    'mutation ($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }',
    {
      input: { kind: 'INITIAL', prescriptionId, contractStartOn: today, contractEndOn: dayInFrance(180) },
    },
  );
  return { requestId: requestApproval.id, prescriptionId };
}

/**
 * A small but real PDF made here (catalog, one empty page), with the binary comment line PDF writers put after the
 * header: bytes above 127 that must come back unchanged.
 */
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

/** A 1×1 PNG. */
const smallPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

interface DocumentData {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  dataBase64: string;
}
const REQUEST_DOCUMENTS =
  'query ($id: ID!) { approvalRequest(id: $id) { status documents { id fileName contentType size dataBase64 } } }';

/** "12,5" → 12.5, "1 234" → 1234: a figure as the page writes it, back to a number; null for a text. */
function frenchNumber(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : null;
}

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
interface StatisticsData {
  approvalStatistics: {
    rows: ({ departement: { code: string }; siaeKind: string } & Record<string, number | null>)[];
    refusalsByReason: { reason: { label: string }; count: number | null }[];
  };
}
const STATISTICS = `query ($from: Date, $to: Date) { approvalStatistics(from: $from, to: $to) {
  rows { departement { code } siaeKind requests granted refused tacitlyGranted pending suspensions prolongations extensions }
  refusalsByReason { reason { label } count } } }`;
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

/**
 * "Mes indicateurs" against the API for the same period and the same account: every computable indicator (label,
 * definition, each cell), then the approval statistics. Returns the API's indicators.
 */
async function expectOwnFigures(page: Page, from: string, to: string): Promise<IndicatorData[]> {
  const { indicators } = await product.graphql<{ indicators: IndicatorData[] }>(INDICATORS, { filter: { from, to } });
  const computable = indicators.filter((indicator) => indicator.computable);
  expect(computable.length).toBeGreaterThan(0);
  await page.getByTestId('indicators-count').waitFor();
  expect(await page.getByTestId('indicators-count').innerText()).toBe(`${computable.length} indicateurs calculés`);
  expect(await page.locator('[data-testid^="indicator-"] h3').allInnerTexts()).toEqual(computable.map((i) => i.label));
  for (const indicator of computable) {
    const section = page.getByTestId(`indicator-${indicator.id}`);
    expect(await section.innerText()).toContain(indicator.definition);
    if (indicator.note) expect(await section.innerText()).toContain(indicator.note);
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
  const { approvalStatistics } = await product.graphql<StatisticsData>(STATISTICS, { from, to });
  if (approvalStatistics.rows.length === 0) {
    await page.getByText('Aucune demande d’agrément sur cette période.').waitFor();
  } else {
    const rows = await tableRows(page, '[data-testid="approval-statistics"]');
    expect(rows.map((cells) => cells.slice(2).map(frenchNumber))).toEqual(
      approvalStatistics.rows.map((row) => STATISTICS_FIELDS.map((field) => row[field])),
    );
    expect(rows.map((cells) => cells[1]!.split(' – ')[0])).toEqual(approvalStatistics.rows.map((row) => row.siaeKind));
  }
  return computable;
}

const DECIDE = `mutation ($id: ID!, $decision: ApprovalDecision!, $reason: ID, $comment: String) {
  decideApprovalRequest(id: $id, decision: $decision, reason: $reason, comment: $comment) {
    status resultingApproval { id startOn endOn } } }`;

/** An agrément of the demo SIAE, granted by the agence today. */
async function grantedApproval(firstName: string): Promise<{ id: string; startOn: string; endOn: string }> {
  const { requestId } = await fileInitialRequest(firstName);
  const { decideApprovalRequest } = await product.graphql<{
    decideApprovalRequest: { resultingApproval: { id: string; startOn: string; endOn: string } };
  }>(DECIDE, { id: requestId, decision: 'GRANT' }, demoAccounts.agence);
  return decideApprovalRequest.resultingApproval;
}

/** The cells of the rows of a table, trimmed. */
async function tableRows(page: Page, container: string): Promise<string[][]> {
  return page
    .locator(`${container} table tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

interface AgreementData {
  id: string;
  status: string;
  statusLabel: string;
  inForce: boolean;
  startOn: string;
  endOn: string | null;
  siaeSignedOn: string | null;
  agencySignedOn: string | null;
  prescriptionHeading: string;
  exitsHeading: string;
}
const AGREEMENTS = `{ cooperationAgreements(first: 20) { totalCount edges { node {
  id status statusLabel inForce startOn endOn siaeSignedOn agencySignedOn prescriptionHeading exitsHeading } } } }`;
const agreements = async () =>
  (
    await product.graphql<{ cooperationAgreements: { totalCount: number; edges: { node: AgreementData }[] } }>(
      AGREEMENTS,
    )
  ).cooperationAgreements;

describe('Espace SIAE', () => {
  it('lists the SIAE of the Doubs and opens the page of one of them', async () => {
    await signInThrough(page, `${product.url}/siae/annuaire`, demoAccounts.siae);
    await waitForResults(page);
    expect(await page.locator('header').innerText()).toContain('Espace SIAE');
    await searchDirectory(page, { departement: '25' });
    const rows = await directoryRows(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[3]).toBe('Doubs (25)');

    const name = rows[0]![0]!;
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toMatch(/\/siae\/structures\/[^/]+$/);
    await expect.poll(() => page.title()).toBe(`${name} – Espace SIAE – Navette`);
  });

  it("shows the agence référente, its offer of services and today's decision deadline from the API", async () => {
    const siaeId = decodeURIComponent(page.url().split('/').pop()!);
    const { siae } = await product.graphql<{
      siae: { approvalDecisionDeadline: string; agency: { name: string; employmentServices: { title: string }[] } };
    }>(
      'query ($id: ID!, $on: Date!) { siae(id: $id) { approvalDecisionDeadline(receivedOn: $on) agency { name employmentServices { title } } } }',
      {
        id: siaeId,
        on: today,
      },
    );

    await page.getByRole('heading', { name: `Agence Pôle emploi référente : ${siae.agency.name}` }).waitFor();
    const deadline = page.getByTestId('approval-deadline').locator('time');
    expect(await deadline.getAttribute('datetime')).toBe(siae.approvalDecisionDeadline);
    expect(await deadline.innerText()).toMatch(
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4}$/,
    );
    const main = await page.locator('main').innerText();
    expect(siae.agency.employmentServices.length).toBeGreaterThan(0);
    for (const service of siae.agency.employmentServices) expect(main).toContain(service.title);
    await maybeScreenshot(page, 'siae-detail');
  });

  it('goes back to the directory through the breadcrumb, with the filter kept in history', async () => {
    await page.goBack();
    await waitForResults(page);
    expect(page.url()).toContain('departement=25');
    await page.goForward();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main').getByRole('link', { name: 'Annuaire des SIAE' }).click();
    await waitForResults(page);
  });

  it('says so for a structure that does not exist', async () => {
    await page.goto(`${product.url}/siae/structures/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Structure introuvable' }).waitFor();
  });

  it('shows the empty state for a search that matches nothing', async () => {
    await page.goto(`${product.url}/siae/?recherche=zzzz-aucune-structure`);
    await page.getByText('Aucune structure ne correspond à votre recherche').waitFor();
  });

  it('drafts a convention with its agence after the error summary, edits the draft and signs its own side', async () => {
    await page.goto(`${product.url}/siae/convention`);
    await page.getByRole('heading', { level: 1, name: 'Ma convention de coopération' }).waitFor();
    await page.locator('section[aria-busy="false"] #conventions-resultats').waitFor();
    expect(await page.locator('#conventions-resultats').innerText()).toBe('Aucune convention');
    expect((await agreements()).totalCount).toBe(0);

    await page.getByRole('link', { name: 'Préparer une convention' }).click();
    await page.getByRole('heading', { level: 1, name: 'Préparer une convention de coopération locale' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
    const summary = page.getByTestId('error-summary');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Indiquez la date de début de la convention.']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');

    const endOn = dayInFrance(364);
    await page.locator('#convention-debut').fill(today);
    await page.locator('#convention-fin').fill(endOn);
    await page.locator('#convention-prescriptionHeading').fill('Les candidatures sont validées en CTA.');
    await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
    await page.getByText('Projet de convention enregistré').waitFor();
    const [drafted] = (await agreements()).edges.map((e) => e.node);
    expect(drafted).toMatchObject({
      status: 'DRAFT',
      startOn: today,
      endOn,
      prescriptionHeading: 'Les candidatures sont validées en CTA.',
      siaeSignedOn: null,
    });
    expect(page.url()).toMatch(new RegExp(`/siae/convention/${drafted!.id}$`));
    const heading = `Convention du ${shortDate(today)} au ${shortDate(endOn)}`;
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await page.getByTestId('agreement-status').innerText()).toContain(drafted!.statusLabel.toUpperCase());
    expect(await page.locator('main').innerText()).toContain('Les candidatures sont validées en CTA.');

    await page.getByRole('link', { name: 'Modifier le projet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier le projet de convention' }).waitFor();
    expect(await page.locator('#convention-prescriptionHeading').inputValue()).toBe(drafted!.prescriptionHeading);
    await page.locator('#convention-exitsHeading').fill('Bilan partagé trois mois avant la sortie.');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Projet de convention modifié').waitFor();
    expect((await agreements()).edges[0]!.node.exitsHeading).toBe('Bilan partagé trois mois avant la sortie.');

    await page.getByRole('button', { name: 'Signer pour ma structure' }).click();
    await page.getByTestId('success-notice').getByText('Votre signature est enregistrée').waitFor();
    const signed = (await agreements()).edges[0]!.node;
    expect(signed).toMatchObject({ status: 'DRAFT', siaeSignedOn: today, agencySignedOn: null, inForce: false });
    expect(await page.getByTestId('agreement-parties').innerText()).toContain(shortDate(today));
    expect(await page.getByRole('button', { name: 'Signer pour ma structure' }).count()).toBe(0);
    await maybeScreenshot(page, 'siae-agreement-signed');
  });

  it('shows the convention in force once the agence has signed too, then terminates it', async () => {
    const draft = (await agreements()).edges[0]!.node;
    await product.graphql(
      'mutation ($id: ID!) { signCooperationAgreement(id: $id) { id } }',
      { id: draft.id },
      demoAccounts.agence,
    );
    const inForce = (await agreements()).edges[0]!.node;
    expect(inForce).toMatchObject({ status: 'SIGNED', inForce: true, agencySignedOn: today });

    await page.goto(`${product.url}/siae/convention`);
    await page.getByTestId('agreements').locator('tbody tr').first().waitFor();
    expect(await tableRows(page, '[data-testid="agreements"]')).toEqual([
      [
        `du ${shortDate(inForce.startOn)} au ${shortDate(inForce.endOn!)}`,
        inForce.statusLabel,
        'Oui',
        shortDate(inForce.siaeSignedOn!),
        shortDate(inForce.agencySignedOn!),
      ],
    ]);
    await page.getByRole('link', { name: `du ${shortDate(inForce.startOn)}` }).click();
    await page.getByText('En vigueur aujourd’hui').waitFor();

    await page.getByRole('button', { name: 'Résilier la convention' }).click();
    await page.getByRole('button', { name: 'Confirmer la résiliation' }).click();
    await page.getByTestId('success-notice').getByText('La convention est résiliée.').waitFor();
    const terminated = (await agreements()).edges[0]!.node;
    expect(terminated).toMatchObject({ status: 'TERMINATED', inForce: false });
    expect(await page.getByTestId('agreement-status').innerText()).toContain(terminated.statusLabel.toUpperCase());
    expect(await page.getByRole('button', { name: 'Résilier la convention' }).count()).toBe(0);
  });

  it('shows the référent named by the agence and names its own correspondent', async () => {
    const siaeId = await ownSiaeId();
    const SET = `mutation ($siaeId: ID!, $input: SiaeReferentsInput!) { setSiaeReferents(siaeId: $siaeId, input: $input) { referentName } }`;
    await product.graphql(
      SET,
      { siaeId, input: { referentName: 'Agnès Référente', referentEmail: 'agnes.referente@pole-emploi.example' } },
      demoAccounts.agence,
    );

    await page.goto(`${product.url}/siae/convention`);
    const referents = page.getByTestId('referents');
    await referents.getByText('Agnès Référente').waitFor();
    expect(await referents.innerText()).toContain('agnes.referente@pole-emploi.example');

    await page.getByRole('button', { name: 'Enregistrer le correspondant' }).click();
    expect(await page.getByTestId('error-summary').getByRole('link').allInnerTexts()).toEqual([
      'Indiquez le nom du correspondant.',
    ]);
    await page.locator('#correspondant-nom').fill('Paul Correspondant');
    await page.locator('#correspondant-courriel').fill('paul@');
    await page.getByRole('button', { name: 'Enregistrer le correspondant' }).click();
    await page.getByTestId('error-summary').getByText('L’adresse électronique doit être au format').waitFor();
    await page.locator('#correspondant-courriel').fill('paul.correspondant@siae.example');
    await page.getByRole('button', { name: 'Enregistrer le correspondant' }).click();
    await page.getByTestId('success-notice').getByText('Correspondant enregistré.').waitFor();

    const { siae } = await product.graphql<{
      siae: { referents: { referentName: string; correspondentName: string; correspondentEmail: string } };
    }>('query ($id: ID!) { siae(id: $id) { referents { referentName correspondentName correspondentEmail } } }', {
      id: siaeId,
    });
    expect(siae.referents).toEqual({
      referentName: 'Agnès Référente',
      correspondentName: 'Paul Correspondant',
      correspondentEmail: 'paul.correspondant@siae.example',
    });
    await referents.getByText('Paul Correspondant').waitFor();
  });

  it('publishes a job offer, told first what the API refuses with what was typed kept, then closes it', async () => {
    await page.getByRole('link', { name: 'Mes offres' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mes offres d’emploi' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Aucune offre ouverte' }).waitFor();
    await page.getByRole('link', { name: 'Publier une offre' }).click();
    await page.getByRole('button', { name: 'Publier l’offre' }).click();
    expect(await page.getByTestId('error-summary').getByRole('link').allInnerTexts()).toEqual([
      'Indiquez l’intitulé du poste.',
      'Décrivez le poste.',
    ]);

    await page.locator('#offre-intitule').fill('Agent·e de tri');
    await page.locator('#offre-description').fill('Tri et valorisation des textiles collectés.');
    await page.locator('#offre-prerequis').fill('Port de charges');
    await page.locator('#offre-postes').fill('600');
    await page.locator('#offre-depot').fill(dayInFrance(-3));
    await page.getByRole('button', { name: 'Publier l’offre' }).click();
    const apiError = page.getByTestId('api-error');
    await apiError.getByText('Nombre de postes : un entier entre 1 et 500.').waitFor();
    expect(await page.locator('#offre-intitule').inputValue()).toBe('Agent·e de tri');
    expect(await page.locator('#offre-depot').inputValue()).toBe(dayInFrance(-3));

    await page.locator('#offre-postes').fill('2');
    await page.getByRole('button', { name: 'Publier l’offre' }).click();
    await page.getByText('L’offre « Agent·e de tri » est publiée.').waitFor();
    const offersOf = async () =>
      (
        await product.graphql<{
          siae: {
            jobOffers: {
              id: string;
              title: string;
              positions: number;
              status: string;
              depositedAtPoleEmploiOn: string;
            }[];
          };
        }>('query ($id: ID!) { siae(id: $id) { jobOffers { id title positions status depositedAtPoleEmploiOn } } }', {
          id: await ownSiaeId(),
        })
      ).siae.jobOffers;
    const [published] = await offersOf();
    expect(published).toMatchObject({
      title: 'Agent·e de tri',
      positions: 2,
      status: 'OPEN',
      depositedAtPoleEmploiOn: dayInFrance(-3),
    });
    const openOffers = page.getByTestId('open-offers');
    await openOffers.getByRole('heading', { level: 3, name: published!.title }).waitFor();
    expect(await openOffers.innerText()).toContain(shortDate(published!.depositedAtPoleEmploiOn));

    await openOffers.getByRole('button', { name: `Clôturer l’offre « ${published!.title} »` }).click();
    await page.getByRole('button', { name: 'Confirmer la clôture' }).click();
    await page.getByTestId('success-notice').getByText('L’offre « Agent·e de tri » est clôturée.').waitFor();
    expect((await offersOf())[0]!.status).toBe('CLOSED');
    await page.getByRole('heading', { level: 2, name: '1 offre clôturée' }).waitFor();
    expect((await tableRows(page, '[data-testid="closed-offers"]'))[0]?.[0]).toBe(published!.title);
    expect(await page.getByTestId('open-offers').count()).toBe(0);
  });

  it('records a training on the agrément page, refused outside the parcours first, and shows the total hours', async () => {
    const approval = await grantedApproval('Loïc');
    await page.goto(`${product.url}/siae/salaries/${approval.id}`);
    const trainings = page.getByTestId('formations');
    await trainings.getByText('Aucune formation enregistrée.').waitFor();
    await trainings.getByRole('link', { name: 'Enregistrer une formation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enregistrer une formation' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer la formation' }).click();
    expect(await page.getByTestId('error-summary').getByRole('link').count()).toBe(6);

    await page.locator('#formation-type').selectOption('CERTIFYING');
    await page.locator('#formation-intitule').fill('CACES R489');
    await page.locator('#formation-organisme').fill('AFPA Besançon');
    await page.locator('#formation-heures').fill('35');
    const before = dayInFrance(-10);
    await page.locator('#formation-debut').fill(before);
    await page.locator('#formation-fin').fill(dayInFrance(4));
    await page.getByRole('button', { name: 'Enregistrer la formation' }).click();
    await page
      .getByTestId('api-error')
      .getByText(
        `La formation doit se dérouler pendant le parcours, du ${shortDate(approval.startOn)} au ${shortDate(approval.endOn)}.`,
      )
      .waitFor();
    expect(await page.locator('#formation-intitule').inputValue()).toBe('CACES R489');
    expect(await page.locator('#formation-debut').inputValue()).toBe(before);

    await page.locator('#formation-debut').fill(approval.startOn);
    await page.getByRole('button', { name: 'Enregistrer la formation' }).click();
    await page.getByText('Formation enregistrée.').waitFor();
    const { approval: saved } = await product.graphql<{
      approval: {
        trainingHours: number;
        trainingRecords: { kindLabel: string; title: string; organisation: string; hours: number }[];
      };
    }>(
      'query ($id: ID!) { approval(id: $id) { trainingHours trainingRecords { kindLabel title organisation hours } } }',
      {
        id: approval.id,
      },
    );
    expect(saved.trainingHours).toBe(35);
    expect(await page.getByTestId('training-hours').innerText()).toBe(
      `Total : ${saved.trainingHours} heures de formation pendant le parcours.`,
    );
    const rows = await tableRows(page, '[data-testid="formations"]');
    expect(rows.map((row) => row.slice(0, 4))).toEqual(
      saved.trainingRecords.map((r) => [r.kindLabel, r.title, r.organisation, String(r.hours)]),
    );
    await maybeScreenshot(page, 'siae-employee-training');
  });

  it('records a PMSMP, a service of its agence and a POE on the agrément page, as the API then lists them', async () => {
    const approvalId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const { approval } = await product.graphql<{
      approval: { siae: { agency: { employmentServices: { id: string; title: string }[] } } };
    }>('query ($id: ID!) { approval(id: $id) { siae { agency { employmentServices { id title } } } } }', {
      id: approvalId,
    });
    const service = approval.siae.agency.employmentServices[0]!;

    await page.getByTestId('pmsmp').getByRole('link', { name: 'Enregistrer une PMSMP' }).click();
    await page.locator('#pmsmp-entreprise').fill('Scierie du Doubs');
    await page.locator('#pmsmp-objectif').fill('Découvrir le métier de scieur');
    await page.locator('#pmsmp-debut').fill(dayInFrance(7));
    await page.locator('#pmsmp-fin').fill(dayInFrance(11));
    await page.getByRole('button', { name: 'Enregistrer la PMSMP' }).click();
    await page.getByText('PMSMP enregistrée.').waitFor();

    await page.getByTestId('prestations').getByRole('link', { name: 'Enregistrer une prestation Pôle emploi' }).click();
    await page.getByRole('button', { name: 'Enregistrer la prestation' }).click();
    await page.getByTestId('error-summary').getByText('Choisissez la prestation.').waitFor();
    expect(await page.locator('input[name="prestation"]').count()).toBe(approval.siae.agency.employmentServices.length);
    await page.getByLabel(service.title).first().check({ force: true });
    await page.locator('#prestation-date').fill(dayInFrance(2));
    await page.getByRole('button', { name: 'Enregistrer la prestation' }).click();
    await page.getByText('Prestation Pôle emploi enregistrée.').waitFor();

    await page.getByTestId('poe').getByRole('link', { name: 'Enregistrer une POE' }).click();
    await page.locator('#poe-employeur').fill('Menuiserie Comtoise');
    await page.locator('#poe-heures').fill('400');
    await page.locator('#poe-debut').fill(dayInFrance(20));
    await page.locator('#poe-fin').fill(dayInFrance(80));
    await page.getByRole('button', { name: 'Enregistrer la POE' }).click();
    await page.getByText('POE enregistrée.').waitFor();

    const { approval: saved } = await product.graphql<{
      approval: {
        immersions: { hostCompany: string; objective: string }[];
        serviceUses: { usedOn: string; service: { id: string; title: string } }[];
        poes: { employer: string; hours: number }[];
      };
    }>(
      'query ($id: ID!) { approval(id: $id) { immersions { hostCompany objective } serviceUses { usedOn service { id title } } poes { employer hours } } }',
      { id: approvalId },
    );
    expect(saved.serviceUses.map((use) => use.service.id)).toEqual([service.id]);
    expect((await tableRows(page, '[data-testid="pmsmp"]')).map((row) => row.slice(0, 2))).toEqual(
      saved.immersions.map((i) => [i.hostCompany, i.objective]),
    );
    expect((await tableRows(page, '[data-testid="prestations"]')).map((row) => [row[0], row[2]])).toEqual(
      saved.serviceUses.map((use) => [use.service.title, shortDate(use.usedOn)]),
    );
    expect((await tableRows(page, '[data-testid="poe"]')).map((row) => row.slice(0, 2))).toEqual(
      saved.poes.map((poe) => [poe.employer, String(poe.hours)]),
    );
  });

  it('files the one written appeal against a refused agrément, then shows where it stands', async () => {
    const { requestId, prescriptionId } = await fileInitialRequest('Maëlle');
    await product.graphql(
      DECIDE,
      { id: requestId, decision: 'REFUSE', reason: 'INCOMPLETE_REQUEST', comment: 'Le contrat signé manque.' },
      demoAccounts.agence,
    );
    await page.goto(`${product.url}/siae/prescriptions/${prescriptionId}`);
    await page
      .getByTestId('approval-requests')
      .getByRole('link', { name: /Former un recours/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Recours contre un refus d’agrément' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Le contrat signé manque.');
    await page.getByRole('button', { name: 'Envoyer le recours' }).click();
    await page.getByTestId('error-summary').getByText('Écrivez le texte du recours.').waitFor();
    const text = 'Le contrat signé a été transmis le jour même ; nous demandons le réexamen de la demande.';
    await page.locator('#recours-texte').fill(text);
    await page.getByRole('button', { name: 'Envoyer le recours' }).click();
    await page.getByTestId('success-notice').getByText('Recours envoyé').waitFor();

    const APPEAL = 'query ($id: ID!) { approvalRequest(id: $id) { appeal { text status comment } } }';
    type AppealData = { approvalRequest: { appeal: { text: string; status: string; comment: string | null } } };
    const filed = (await product.graphql<AppealData>(APPEAL, { id: requestId })).approvalRequest.appeal;
    expect(filed).toMatchObject({ text, status: 'PENDING' });
    expect(await page.getByTestId('appeal-text').innerText()).toBe(text);
    expect(await page.getByTestId('appeal-status').innerText()).toBe('RECOURS EN ATTENTE'); // domain APPEAL_STATUS_LABELS, as the API words it
    expect(await page.getByRole('button', { name: 'Envoyer le recours' }).count()).toBe(0);

    await product.graphql(
      'mutation ($id: ID!) { decideAppeal(id: $id, upheld: false, comment: "Le contrat reçu n’est pas signé.") { id } }',
      { id: requestId },
      demoAccounts.agence,
    );
    expect((await product.graphql<AppealData>(APPEAL, { id: requestId })).approvalRequest.appeal.status).toBe(
      'DISMISSED',
    );
    await page.reload();
    await page.getByTestId('appeal-status').getByText('Recours rejeté', { exact: false }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Le contrat reçu n’est pas signé.');
    await page.goto(`${product.url}/siae/prescriptions/${prescriptionId}`);
    await page.getByTestId('approval-requests').getByRole('link', { name: 'Recours rejeté' }).waitFor();
    await maybeScreenshot(page, 'siae-appeal');
  });

  it('files an agrément request with a PDF checked in the browser first, lists it, then completes the request', async () => {
    const prescriptionId = await acceptedPrescription('Anaïs');
    const pdf = smallPdf('Contrat signé');
    await page.goto(`${product.url}/siae/prescriptions/${prescriptionId}`);
    await page.getByRole('button', { name: 'Envoyer la demande d’agrément' }).waitFor();
    await page.locator('#agrement-debut-contrat').fill(today);
    await page.locator('#agrement-fin-contrat').fill(dayInFrance(180));
    // Several files in one pick: a text file and a PDF over 5 Mo are refused before anything is sent, in the API's words.
    await page.locator('#agrement-pieces').setInputFiles([
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes de l’entretien') },
      { name: 'contrat-signe.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'scan-complet.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x25) },
    ]);
    expect(await page.getByTestId('documents-chosen').locator('li').count()).toBe(3);
    await page.getByRole('button', { name: 'Envoyer la demande d’agrément' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    const refusal = await summary.getByRole('link').innerText();
    expect(refusal).toContain('« notes.txt » : seuls les fichiers PDF, JPEG et PNG sont acceptés.');
    expect(refusal).toContain('« scan-complet.pdf » dépasse 5 Mo.');
    const PRESCRIPTION_REQUESTS = 'query ($id: ID!) { prescription(id: $id) { approvalRequests { id } } }';
    type PrescriptionRequests = { prescription: { approvalRequests: { id: string }[] } };
    expect(
      (await product.graphql<PrescriptionRequests>(PRESCRIPTION_REQUESTS, { id: prescriptionId })).prescription
        .approvalRequests,
    ).toEqual([]);

    await page.getByRole('button', { name: 'Retirer « notes.txt »' }).click();
    await page.getByRole('button', { name: 'Retirer « scan-complet.pdf »' }).click();
    expect(await page.getByTestId('documents-chosen').innerText()).toContain('contrat-signe.pdf');
    expect(await page.locator('#agrement-debut-contrat').inputValue()).toBe(today);
    await page.getByRole('button', { name: 'Envoyer la demande d’agrément' }).click();
    await page.getByTestId('success-notice').getByText('Demande d’agrément envoyée').waitFor();

    const [filed] = (await product.graphql<PrescriptionRequests>(PRESCRIPTION_REQUESTS, { id: prescriptionId }))
      .prescription.approvalRequests;
    const sent = await product.graphql<{ approvalRequest: { status: string; documents: DocumentData[] } }>(
      REQUEST_DOCUMENTS,
      { id: filed!.id },
    );
    expect(
      sent.approvalRequest.documents.map(({ fileName, contentType, size }) => ({ fileName, contentType, size })),
    ).toEqual([{ fileName: 'contrat-signe.pdf', contentType: 'application/pdf', size: pdf.length }]);
    expect(Buffer.from(sent.approvalRequest.documents[0]!.dataBase64, 'base64').equals(pdf)).toBe(true);
    const requestRow = page.getByTestId('approval-requests').locator('tbody tr').first();
    expect(await requestRow.innerText()).toContain('1 pièce jointe');

    await requestRow.getByRole('link', { name: /^Agrément initial, reçue le/ }).click();
    await page.waitForURL(new RegExp(`/siae/demandes/${filed!.id}$`));
    await page.getByRole('heading', { level: 1, name: /^Agrément initial – / }).waitFor();
    expect(await tableRows(page, '[data-testid="request-documents"]')).toEqual([
      [
        'contrat-signe.pdf',
        'PDF',
        `${pdf.length} octets`,
        expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/),
      ],
    ]);

    // The request is pending: a scanned page joins it, and both are listed as the API now lists them.
    await page.getByRole('button', { name: 'Joindre les pièces' }).click();
    await page.getByTestId('error-summary').getByText('Joignez au moins un document.').waitFor();
    await page
      .locator('#demande-pieces')
      .setInputFiles({ name: 'piece-identite.png', mimeType: 'image/png', buffer: smallPng });
    await page.getByRole('button', { name: 'Joindre les pièces' }).click();
    await page.getByTestId('success-notice').getByText('1 pièce justificative ajoutée à la demande.').waitFor();
    const completed = await product.graphql<{ approvalRequest: { status: string; documents: DocumentData[] } }>(
      REQUEST_DOCUMENTS,
      { id: filed!.id },
    );
    expect(completed.approvalRequest.status).toBe('PENDING');
    expect(completed.approvalRequest.documents.map((d) => d.fileName).sort()).toEqual([
      'contrat-signe.pdf',
      'piece-identite.png',
    ]);
    const listed = await tableRows(page, '[data-testid="request-documents"]');
    expect(listed.map((cells) => cells.slice(0, 3))).toEqual(
      completed.approvalRequest.documents.map((d) => [
        d.fileName,
        d.contentType === 'application/pdf' ? 'PDF' : 'PNG',
        `${d.size} octets`,
      ]),
    );
    expect(
      Buffer.from(
        completed.approvalRequest.documents.find((d) => d.fileName === 'piece-identite.png')!.dataBase64,
        'base64',
      ).equals(smallPng),
    ).toBe(true);
    expect(await page.getByTestId('documents-chosen').count()).toBe(0);
    await maybeScreenshot(page, 'siae-request-documents');
  });

  it('shows its own figures for the current year and for another period, as the API answers them', async () => {
    await page
      .locator('header')
      .getByRole('link', { name: 'Mes indicateurs' })
      .filter({ visible: true })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mes indicateurs' }).waitFor();
    const yearStart = `${today.slice(0, 4)}-01-01`;
    expect(await page.locator('#periode-debut').inputValue()).toBe(yearStart);
    expect(await page.locator('#periode-fin').inputValue()).toBe(today);
    const figures = await expectOwnFigures(page, yearStart, today);
    // This file filed, granted and refused requests and recorded training, PMSMP, services and a POE this year.
    expect(figures.some((indicator) => indicator.rows.some((row) => (row.value ?? 0) > 0))).toBe(true);
    // Its own figures only: the SIAE's département and kind.
    const { siae } = await product.graphql<{ siae: { kind: string; departement: { code: string } } }>(
      'query ($id: ID!) { siae(id: $id) { kind departement { code } } }',
      { id: await ownSiaeId() },
    );
    for (const row of figures.flatMap((indicator) => indicator.rows)) {
      expect(row.departement.code).toBe(siae.departement.code);
      if (row.siaeKind) expect(row.siaeKind).toBe(siae.kind);
    }
    await maybeScreenshot(page, 'siae-indicators');

    const lastYear = String(Number(today.slice(0, 4)) - 1);
    await page.locator('#periode-debut').fill(`${lastYear}-12-31`);
    await page.locator('#periode-fin').fill(`${lastYear}-01-01`);
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByTestId('error-summary').getByText('La fin de la période ne peut pas précéder son début.').waitFor();
    await page.locator('#periode-debut').fill(`${lastYear}-01-01`);
    await page.locator('#periode-fin').fill(`${lastYear}-12-31`);
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(new RegExp(`du=${lastYear}-01-01&au=${lastYear}-12-31`));
    await page.getByTestId('indicators-period').getByText(`Du 01/01/${lastYear} au 31/12/${lastYear}`).waitFor();
    await expectOwnFigures(page, `${lastYear}-01-01`, `${lastYear}-12-31`);
    await page.getByRole('button', { name: 'Revenir à l’année en cours' }).click();
    await page.waitForURL(/\/siae\/indicateurs$/);
  });

  it('renews an access token about to expire before the next request, without asking to sign in again', async () => {
    const refreshCookie = async () =>
      (await page.context().cookies(`${product.url}/auth/refresh`)).find(
        (cookie) => cookie.name === 'navette_refresh_portal-siae',
      )?.value;
    const previousRefreshToken = await refreshCookie();
    expect(previousRefreshToken).toMatch(/^nvt_rt_/);
    await page.evaluate(() => {
      const key = 'navette.session.portal-siae';
      const stored = JSON.parse(sessionStorage.getItem(key)!) as { accessTokenExpiresAt: string };
      stored.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString();
      sessionStorage.setItem(key, JSON.stringify(stored));
    });
    await page.goto(`${product.url}/siae/annuaire`);
    await waitForResults(page);
    const renewed = await page.evaluate(
      () =>
        JSON.parse(sessionStorage.getItem('navette.session.portal-siae')!) as {
          accessTokenExpiresAt: string;
        },
    );
    // The refresh cookie rotated (HttpOnly: only the browser's cookie jar shows it).
    expect(await refreshCookie()).not.toBe(previousRefreshToken);
    expect(Date.parse(renewed.accessTokenExpiresAt)).toBeGreaterThan(Date.now());
    expect(page.url()).not.toMatch(/connexion/);
  });

  it('signs out: back to the sign-in page, and the previous page then asks to sign in again', async () => {
    await page.goto(`${product.url}/siae/?departement=25`);
    await waitForResults(page);
    const previous = page.url();
    await page.locator('header').getByRole('button', { name: 'Se déconnecter' }).filter({ visible: true }).click();
    await page.waitForURL(/\/siae\/connexion$/);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await page.getByTestId('signed-in-user').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect((await page.context().cookies(`${product.url}/auth/refresh`)).map((cookie) => cookie.name)).not.toContain(
      'navette_refresh_portal-siae',
    );

    await page.goto(previous);
    await page.waitForURL(/\/siae\/connexion$/);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await page.locator('table').count()).toBe(0);
  });

  it('asks for a renewal: the error summary first, then the API’s French refusal with what was typed kept', async () => {
    // A contract still running under the agrément: the API refuses a renewal (annexe 4 §2.2.7).
    const running = await grantedParcours(
      product,
      { firstName: 'Rémi', lastName: 'Renouvelle', birthDate: '1988-10-02' },
      { startOn: today, endOn: addDays(today, 75) },
    );
    // The test before signed out: back in through the sign-in page, to the agrément.
    await signInThrough(page, `${product.url}/siae/salaries/${running.approvalId}`, demoAccounts.siae);
    await page.getByRole('link', { name: 'Demander un renouvellement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demander un renouvellement' }).waitFor();
    await page.getByRole('button', { name: 'Envoyer la demande de renouvellement' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText('Indiquez la date de début du nouveau contrat.').waitFor();
    expect(await summary.getByRole('link').count()).toBe(2);
    await expectAccessible(page);

    const start = addDays(today, 80);
    await page.locator('#renouvellement-debut').fill(start);
    await page.getByText('Le bilan commun de la SIAE et de Pôle emploi sur la situation du salarié est fait').click();
    await page.getByRole('button', { name: 'Envoyer la demande de renouvellement' }).click();
    await page
      .getByTestId('api-error')
      .getByText(
        `Un renouvellement suppose que tous les contrats de l'agrément soient achevés : le contrat commencé le`,
        { exact: false },
      )
      .waitFor();
    expect(await page.locator('#renouvellement-debut').inputValue()).toBe(start);
    // Ticked through its label, and named by it (the box and its label are one control).
    expect(
      await page
        .getByRole('checkbox', {
          name: 'Le bilan commun de la SIAE et de Pôle emploi sur la situation du salarié est fait',
          exact: false,
        })
        .isChecked(),
    ).toBe(true);

    // Once every contract has ended: the request is filed, its deadline told, listed on the agrément.
    const ended = await grantedParcours(
      product,
      { firstName: 'Rose', lastName: 'Renouvelee', birthDate: '1987-07-19' },
      { startOn: addDays(today, -40), endOn: addDays(today, -1) },
    );
    await page.goto(`${product.url}/siae/salaries/${ended.approvalId}/renouvellement`);
    await page.locator('#renouvellement-debut').fill(addDays(today, 3));
    await page.getByText('Le bilan commun de la SIAE et de Pôle emploi sur la situation du salarié est fait').click();
    await page.getByRole('button', { name: 'Envoyer la demande de renouvellement' }).click();
    await page.getByText(/^Demande de renouvellement envoyée\. Pôle emploi répond au plus tard le /).waitFor();
    const { approval } = await product.graphql<{
      approval: { requests: { kind: string; status: string; contractStartOn: string; jointAssessmentDone: boolean }[] };
    }>('query ($id: ID!) { approval(id: $id) { requests { kind status contractStartOn jointAssessmentDone } } }', {
      id: ended.approvalId,
    });
    expect(approval.requests.filter((r) => r.kind === 'RENEWAL')).toEqual([
      { kind: 'RENEWAL', status: 'PENDING', contractStartOn: addDays(today, 3), jointAssessmentDone: true },
    ]);
    await maybeScreenshot(page, 'siae-renewal');
  });

  it('asks for an extension by the agrément’s number, birth date and surname: one French refusal, then filed', async () => {
    // An agrément granted to this SIAE but not started (no contract yet): the look-up by factors finds it.
    const granted = await grantedApproval('Éloi');
    const { approval } = await product.graphql<{ approval: { number: string } }>(
      'query ($id: ID!) { approval(id: $id) { number } }',
      { id: granted.id },
    );
    await page.goto(`${product.url}/siae/salaries`);
    await page.getByRole('link', { name: 'Demander une extension d’agrément' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demander une extension d’agrément' }).waitFor();
    await page.getByRole('button', { name: 'Envoyer la demande d’extension' }).click();
    expect(await page.getByTestId('error-summary').getByRole('link').count()).toBe(4);

    const start = addDays(today, 1);
    await page.locator('#extension-numero').fill(approval.number);
    await page.locator('#extension-naissance').fill('1990-02-14');
    await page.locator('#extension-nom').fill('Dur'); // not the person's surname (Garnier)
    await page.locator('#extension-debut').fill(start);
    await page.getByRole('button', { name: 'Envoyer la demande d’extension' }).click();
    await page
      .getByTestId('api-error')
      .getByText(
        'Aucune extension n’est possible avec ces informations : vérifiez le numéro d’agrément, la date de naissance et les premières lettres du nom, ou adressez-vous à votre agence Pôle emploi.',
      )
      .waitFor();
    expect(await page.locator('#extension-numero').inputValue()).toBe(approval.number);
    expect(await page.locator('#extension-debut').inputValue()).toBe(start);

    await page.locator('#extension-nom').fill('gar');
    await page.getByRole('button', { name: 'Envoyer la demande d’extension' }).click();
    await page.getByText(/^Demande d’extension envoyée\. Pôle emploi répond au plus tard le /).waitFor();
    const requestId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const { approvalRequest } = await product.graphql<{
      approvalRequest: { kind: string; status: string; contractStartOn: string; approval: { id: string } | null };
    }>('query ($id: ID!) { approvalRequest(id: $id) { kind status contractStartOn approval { id } } }', {
      id: requestId,
    });
    expect(approvalRequest).toEqual({
      kind: 'EXTENSION',
      status: 'PENDING',
      contractStartOn: start,
      approval: { id: granted.id },
    });
    await maybeScreenshot(page, 'siae-extension');
  });

  it('exports its employees, every agrément as the API lists them, in CSV and XLSX', async () => {
    const { approvals } = await product.graphql<{
      approvals: {
        totalCount: number;
        edges: { node: { number: string; person: { firstName: string; lastName: string } | null } }[];
      };
    }>('{ approvals(first: 100) { totalCount edges { node { number person { firstName lastName } } } } }');
    expect(approvals.totalCount).toBeGreaterThan(0);
    await page.goto(`${product.url}/siae/salaries`);
    await page
      .getByRole('heading', {
        level: 2,
        name: approvals.totalCount === 1 ? '1 agrément' : `${approvals.totalCount} agréments`,
      })
      .waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Télécharger en CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`salaries_${today}.csv`);
    const content = await readFile(await csv.path(), 'utf8');
    expect(content.startsWith('\uFEFFN° d’agrément;Nom;Prénom;Début;Fin;Statut;Alertes\r\n')).toBe(true);
    const lines = content.slice(1).split('\r\n').slice(1, -1);
    expect(lines.map((line) => line.split(';').slice(0, 3))).toEqual(
      approvals.edges.map(({ node }) => [node.number, node.person?.lastName ?? '', node.person?.firstName ?? '']),
    );
    for (const line of lines) expect(line.split(';')[3]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Télécharger en XLSX/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`salaries_${today}.xlsx`);
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('ran without an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});

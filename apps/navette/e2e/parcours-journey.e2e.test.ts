// The journey of a fiche navette across three portals, against the real product: a prescripteur records a person,
// diagnoses and prescribes to a SIAE; the SIAE opens it, accepts and requests the agrément; the agence Pôle emploi
// grants it; the SIAE then sees the agrément among its employees, and the prescripteur on the person's page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
const pages: { page: Page; pageErrors: Error[] }[] = [];

/** One browser context per account, as three people on three machines. */
async function newPage(): Promise<Page> {
  const opened = await openPage(browser);
  pages.push(opened);
  return opened.page;
}

beforeAll(async () => {
  product = await startProduct('prescripteur');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const person = { firstName: 'Inès', lastName: 'Lefèvre-Navette', birthDate: '1988-10-03' };
const displayedName = 'Inès LEFÈVRE-NAVETTE';

/** A day in France as `YYYY-MM-DD`, `days` after today. */
function dayInFrance(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}
const shortDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Ticks a DSFR checkbox or radio by its label (its name also holds the hint, hence no exact match); DSFR draws the
 * label over the input, so the click goes through without Playwright's hit test.
 */
async function tick(page: Page, label: string): Promise<void> {
  await page.getByLabel(label).first().check({ force: true });
}

// Shared along the journey.
let personId: string;
let prescriptionId: string;
let siae: { id: string; name: string };
let requestId: string;
let approvalId: string;

let prescriber: Page;
let siaePage: Page;
let agency: Page;

interface PrescriptionState {
  prescription: {
    status: string;
    statusLabel: string;
    approvalRequests: {
      id: string;
      status: string;
      statusLabel: string;
      deadline: string;
      workingDaysLeft: number | null;
      resultingApproval: { id: string; number: string; endOn: string } | null;
    }[];
  } | null;
}
const prescriptionQuery = `query ($id: ID!) { prescription(id: $id) { status statusLabel approvalRequests {
  id status statusLabel deadline workingDaysLeft resultingApproval { id number endOn } } } }`;

describe('Parcours of a fiche navette: prescripteur → SIAE → agence → SIAE', () => {
  it('the prescripteur records a person, after being told what is missing', async () => {
    prescriber = await newPage();
    await signInThrough(prescriber, `${product.url}/prescripteur/personnes`, demoAccounts.prescripteur);
    await prescriber.getByRole('heading', { level: 1, name: 'Mes personnes' }).waitFor();
    await prescriber.getByRole('link', { name: 'Enregistrer une personne' }).click();
    await prescriber.getByRole('heading', { level: 1, name: 'Enregistrer une personne' }).waitFor();

    await prescriber.getByRole('button', { name: 'Enregistrer la personne' }).click();
    const summary = prescriber.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Indiquez le prénom.',
      'Indiquez le nom.',
      'Indiquez la date de naissance.',
    ]);
    expect(await prescriber.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    await summary.getByRole('link', { name: 'Indiquez le nom.' }).click();
    expect(await prescriber.evaluate(() => document.activeElement?.id)).toBe('personne-nom');

    await prescriber.getByLabel('Prénom').fill(person.firstName);
    await prescriber.getByLabel('Nom', { exact: true }).fill(person.lastName);
    await prescriber.getByLabel('Date de naissance').fill(person.birthDate);
    await prescriber.getByRole('button', { name: 'Enregistrer la personne' }).click();
    await prescriber.getByRole('heading', { level: 1, name: displayedName }).waitFor();
    personId = decodeURIComponent(new URL(prescriber.url()).pathname.split('/').pop()!);

    const { people } = await product.graphql<{ people: { edges: { node: { id: string; birthDate: string } }[] } }>(
      'query ($search: String) { people(first: 5, search: $search) { edges { node { id birthDate } } } }',
      { search: person.lastName },
    );
    expect(people.edges.map((e) => e.node)).toEqual([{ id: personId, birthDate: person.birthDate }]);
    expect(await prescriber.locator('main').innerText()).toContain('Aucun diagnostic d’éligibilité');
  });

  it('finds the person in "Mes personnes" by name', async () => {
    await prescriber.getByRole('link', { name: 'Mes personnes' }).first().click();
    await prescriber.getByLabel('Nom ou prénom').fill('lefèvre');
    await prescriber.getByRole('button', { name: 'Rechercher' }).click();
    await prescriber.waitForURL(/recherche=lef%C3%A8vre/);
    await prescriber.locator('section[aria-busy="false"] #people-results').waitFor();
    expect(await prescriber.locator('#people-results').innerText()).toBe('1 personne');
    await prescriber.getByRole('link', { name: displayedName }).click();
    await prescriber.getByRole('heading', { level: 1, name: displayedName }).waitFor();
  });

  it('diagnoses with the annexe 2 criteria, grouped by category as in the API', async () => {
    const { eligibilityCriteria } = await product.graphql<{
      eligibilityCriteria: { code: string; category: string; categoryLabel: string; label: string }[];
    }>('{ eligibilityCriteria { code category categoryLabel label } }');
    const categories = [...new Set(eligibilityCriteria.map((c) => c.categoryLabel))];
    const chosen = [
      eligibilityCriteria.find((c) => c.category === 'PROFESSIONAL')!,
      eligibilityCriteria.find((c) => c.category === 'LISTED_PUBLIC')!,
    ];

    await prescriber.getByRole('link', { name: 'Enregistrer un diagnostic d’éligibilité' }).click();
    await prescriber.getByRole('heading', { level: 1, name: 'Diagnostic d’éligibilité' }).waitFor();
    const legends = await prescriber.locator('form fieldset fieldset > legend').allInnerTexts();
    expect(legends.map((l) => l.trim())).toEqual(categories);
    expect(await prescriber.locator('form input[type="checkbox"][name="criteres"]').count()).toBe(
      eligibilityCriteria.length,
    );

    await prescriber.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
    await prescriber.getByTestId('error-summary').getByText('Cochez au moins un critère d’éligibilité.').waitFor();
    for (const criterion of chosen) await tick(prescriber, criterion.label);
    await maybeScreenshot(prescriber, 'parcours-diagnosis');
    await prescriber.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
    await prescriber.getByRole('heading', { level: 1, name: displayedName }).waitFor();

    const { person: saved } = await product.graphql<{
      person: { diagnoses: { summary: string; criteria: { code: string }[] }[] };
    }>('query ($id: ID!) { person(id: $id) { diagnoses { summary criteria { code } } } }', { id: personId });
    expect(saved.diagnoses).toHaveLength(1);
    expect(saved.diagnoses[0]!.criteria.map((c) => c.code).sort()).toEqual(chosen.map((c) => c.code).sort());
    expect(await prescriber.getByTestId('diagnosis').innerText()).toContain(saved.diagnoses[0]!.summary);
  });

  it('prescribes to the SIAE of siae@demo.navette.fr, chosen in the directory', async () => {
    const { viewer } = await product.graphql<{ viewer: { organisation: { id: string; name: string } } }>(
      '{ viewer { organisation { id name } } }',
      undefined,
      demoAccounts.siae,
    );
    siae = viewer.organisation;

    await prescriber.getByRole('link', { name: 'Prescrire à une SIAE' }).click();
    await prescriber.getByRole('heading', { level: 1, name: 'Prescrire un parcours à une SIAE' }).waitFor();
    await prescriber.getByRole('button', { name: 'Envoyer la prescription' }).click();
    const summary = prescriber.getByTestId('error-summary');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Choisissez la structure à qui envoyer la prescription.',
      'Écrivez un message à la structure.',
    ]);

    await prescriber.getByLabel('Nom ou commune de la structure').fill(siae.name);
    await prescriber.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await tick(prescriber, siae.name);
    await prescriber.getByTestId('chosen-siae').getByText(`Structure choisie : ${siae.name}`).waitFor();
    await prescriber.getByLabel('Message à la structure').fill('Inès souhaite reprendre une activité en équipe.');
    await maybeScreenshot(prescriber, 'parcours-prescribe');
    await prescriber.getByRole('button', { name: 'Envoyer la prescription' }).click();
    await prescriber.getByRole('heading', { level: 1, name: `Prescription de ${displayedName}` }).waitFor();
    prescriptionId = decodeURIComponent(new URL(prescriber.url()).pathname.split('/').pop()!);

    const { prescription } = await product.graphql<PrescriptionState>(prescriptionQuery, { id: prescriptionId });
    expect(prescription?.status).toBe('SENT');
    expect((await prescriber.getByTestId('prescription-status').textContent())?.trim()).toBe(prescription!.statusLabel);
    expect(await prescriber.locator('main').innerText()).toContain(siae.name);
    expect(await prescriber.getByRole('button', { name: 'Retirer la prescription' }).count()).toBe(1);
  });

  it('the SIAE opens the prescription, which marks it seen, and accepts the person', async () => {
    siaePage = await newPage();
    await signInThrough(siaePage, `${product.url}/siae/prescriptions`, demoAccounts.siae);
    await siaePage.getByRole('heading', { level: 1, name: 'Prescriptions reçues' }).waitFor();
    await siaePage.getByRole('link', { name: displayedName }).click();
    await siaePage.getByRole('heading', { level: 1, name: `Prescription de ${displayedName}` }).waitFor();

    await expect
      .poll(
        async () =>
          (await product.graphql<PrescriptionState>(prescriptionQuery, { id: prescriptionId })).prescription?.status,
      )
      .toBe('SEEN');
    const { prescription: seen } = await product.graphql<PrescriptionState>(prescriptionQuery, { id: prescriptionId });
    await siaePage.getByTestId('prescription-status').getByText(seen!.statusLabel, { exact: false }).waitFor();

    await siaePage.getByRole('button', { name: 'Accepter la candidature' }).click();
    await siaePage.getByTestId('success-notice').getByText('Candidature acceptée').waitFor();
    const { prescription: accepted } = await product.graphql<PrescriptionState>(prescriptionQuery, {
      id: prescriptionId,
    });
    expect(accepted?.status).toBe('ACCEPTED');
    expect(await siaePage.getByRole('button', { name: 'Accepter la candidature' }).count()).toBe(0);
  });

  it('requests the agrément and shows its deadline from the API', async () => {
    const start = dayInFrance(0);
    const end = dayInFrance(180);
    await siaePage.getByRole('button', { name: 'Envoyer la demande d’agrément' }).click();
    await siaePage.getByTestId('error-summary').getByText('Indiquez la date de début du contrat.').waitFor();
    await siaePage.getByLabel('Début du contrat prévu').fill(start);
    await siaePage.getByLabel('Fin du contrat prévue').fill(end);
    await siaePage.getByRole('button', { name: 'Envoyer la demande d’agrément' }).click();
    await siaePage.getByTestId('success-notice').getByText('Demande d’agrément envoyée').waitFor();

    const { prescription } = await product.graphql<PrescriptionState>(prescriptionQuery, { id: prescriptionId });
    expect(prescription!.approvalRequests).toHaveLength(1);
    const request = prescription!.approvalRequests[0]!;
    requestId = request.id;
    expect(request.status).toBe('PENDING');
    const row = await siaePage.getByTestId('approval-requests').locator('tbody tr').first().innerText();
    expect(row).toContain('Agrément initial');
    expect(row).toContain(shortDate(request.deadline));
    expect(row).toContain(request.workingDaysLeft === 0 ? 'dernier jour' : `${request.workingDaysLeft} jour`);
    expect(row.toUpperCase()).toContain(request.statusLabel.toUpperCase());
    // No second initial request while this one is pending.
    expect(await siaePage.getByRole('button', { name: 'Envoyer la demande d’agrément' }).count()).toBe(0);
    await maybeScreenshot(siaePage, 'parcours-siae-request');
  });

  it('the agence Pôle emploi grants the agrément from its inbox', async () => {
    agency = await newPage();
    await signInThrough(agency, `${product.url}/agence/demandes`, demoAccounts.agence);
    await agency.locator(`a[href*="${requestId}"]`).first().click();
    await agency.waitForURL(new RegExp(`/agence/demandes/${requestId}`));
    await tick(agency, 'Accorder');
    await agency.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect
      .poll(
        async () =>
          (await product.graphql<PrescriptionState>(prescriptionQuery, { id: prescriptionId })).prescription
            ?.approvalRequests[0]?.status,
      )
      .toBe('GRANTED');
  });

  it('the SIAE sees the granted agrément on the prescription and among its employees', async () => {
    const { prescription } = await product.graphql<PrescriptionState>(prescriptionQuery, { id: prescriptionId });
    const request = prescription!.approvalRequests[0]!;
    const approval = request.resultingApproval!;
    expect(approval.number).toBeTruthy();
    approvalId = approval.id;

    await siaePage.reload();
    await siaePage.getByRole('heading', { level: 1, name: `Prescription de ${displayedName}` }).waitFor();
    const row = siaePage.getByTestId('approval-requests').locator('tbody tr').first();
    await row.getByText(request.statusLabel, { exact: false }).waitFor();
    await row.getByRole('link', { name: `Agrément n° ${approval.number}` }).click();
    // Exact: "Prescription de <name>", the page being left, would match the name too.
    await siaePage.getByRole('heading', { level: 1, name: displayedName, exact: true }).waitFor();
    await siaePage.locator('main').getByText(`Agrément n° ${approval.number}`).first().waitFor();

    await siaePage
      .locator('header')
      .getByRole('link', { name: 'Mes salariés' })
      .filter({ visible: true })
      .first()
      .click();
    await siaePage.getByRole('heading', { level: 1, name: 'Mes salariés' }).waitFor();
    await siaePage.locator('section[aria-busy="false"] #salaries-results').waitFor();
    const employee = siaePage.locator('table tbody tr').filter({ hasText: approval.number });
    expect(await employee.innerText()).toContain(displayedName);
    expect(await employee.innerText()).toContain(shortDate(approval.endOn));
    await maybeScreenshot(siaePage, 'parcours-siae-employees');
  });

  it('shows the API’s refusal of a suspension next to the form, keeping what was typed', async () => {
    // The agrément starts today: a suspension starting a month ago is outside it (annexe 4 §2.2.4).
    const suspension = { suspensionStartOn: dayInFrance(-30), suspensionEndOn: dayInFrance(-20) };
    await siaePage.goto(`${product.url}/siae/salaries/${approvalId}`);
    await siaePage.getByRole('heading', { level: 1, name: displayedName }).waitFor();
    await siaePage.getByRole('link', { name: 'Demander une suspension' }).click();
    await siaePage.getByRole('heading', { level: 1, name: 'Demander une suspension' }).waitFor();
    await siaePage.getByLabel('Motif de la suspension').selectOption('SICKNESS');
    await siaePage.getByLabel('Début de la suspension').fill(suspension.suspensionStartOn);
    await siaePage.getByLabel('Fin de la suspension').fill(suspension.suspensionEndOn);
    await siaePage.getByRole('button', { name: 'Envoyer la demande de suspension' }).click();
    const alert = siaePage.getByTestId('api-error');
    await alert.waitFor();

    // The same request straight to the API: refused with the message the page shows.
    const refusal = await product
      .graphql(
        'mutation ($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }',
        {
          input: { kind: 'SUSPENSION', approvalId, suspensionReason: 'SICKNESS', ...suspension },
        },
        demoAccounts.siae,
      )
      .then(
        () => null,
        (error: Error) => JSON.parse(error.message.replace(/^GraphQL error: /, '')) as { message: string }[],
      );
    expect(refusal).not.toBeNull();
    expect(await alert.innerText()).toContain(refusal![0]!.message);
    expect(await alert.getByRole('heading').innerText()).toBe('L’enregistrement n’a pas abouti');
    expect(await siaePage.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('api-error');
    expect(await siaePage.getByLabel('Début de la suspension').inputValue()).toBe(suspension.suspensionStartOn);
    expect(await siaePage.getByLabel('Fin de la suspension').inputValue()).toBe(suspension.suspensionEndOn);
    expect(siaePage.url()).toMatch(/\/suspension$/);
  });

  it('the SIAE records the contract and the exit, then downloads the document de compétences as a PDF', async () => {
    const start = dayInFrance(0);

    await siaePage.goto(`${product.url}/siae/salaries/${approvalId}`);
    await siaePage.getByRole('heading', { level: 1, name: displayedName }).waitFor();
    await siaePage.getByRole('link', { name: 'Enregistrer un contrat' }).click();
    await siaePage.getByRole('heading', { level: 1, name: 'Enregistrer un contrat' }).waitFor();
    await siaePage.getByLabel('Type de contrat').selectOption('CDDI');
    await siaePage.getByLabel('Début du contrat').fill(start);
    await siaePage.getByLabel('Fin du contrat').fill(dayInFrance(180));
    await siaePage.getByRole('button', { name: 'Enregistrer le contrat' }).click();
    await siaePage.getByRole('heading', { level: 1, name: displayedName }).waitFor();
    await siaePage.getByText('Contrat enregistré.').waitFor();

    await siaePage.getByRole('link', { name: 'Enregistrer la sortie' }).click();
    await siaePage.getByRole('heading', { level: 1, name: 'Enregistrer la sortie' }).waitFor();
    await siaePage.getByLabel('Date de sortie').fill(start);
    await tick(siaePage, 'Emploi durable');
    await siaePage.getByLabel('Compétences acquises').fill('Entretien des espaces verts\nTravail en équipe');
    await siaePage.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await siaePage.getByRole('heading', { level: 1, name: displayedName }).waitFor();

    const { approval } = await product.graphql<{
      approval: { contracts: { kind: string; startOn: string }[]; exit: { exitOn: string; skills: string[] } | null };
    }>('query ($id: ID!) { approval(id: $id) { contracts { kind startOn } exit { exitOn skills } } }', {
      id: approvalId,
    });
    expect(approval.contracts).toEqual([{ kind: 'CDDI', startOn: start }]);
    expect(approval.exit).toEqual({ exitOn: start, skills: ['Entretien des espaces verts', 'Travail en équipe'] });

    const [download] = await Promise.all([
      siaePage.waitForEvent('download'),
      siaePage.getByRole('button', { name: 'Télécharger le document de compétences' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`document-competences-ines-lefevre-navette-${start}.pdf`);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    await maybeScreenshot(siaePage, 'parcours-siae-employee');
  });

  it('the prescripteur follows the answer and the agrément on the person’s page', async () => {
    const { prescription } = await product.graphql<PrescriptionState>(prescriptionQuery, { id: prescriptionId });
    const approval = prescription!.approvalRequests[0]!.resultingApproval!;
    await prescriber.goto(`${product.url}/prescripteur/personnes/${personId}`);
    await prescriber.getByRole('heading', { level: 1, name: displayedName }).waitFor();
    const history = await prescriber.getByTestId('prescription-history').innerText();
    for (const label of ['Envoyée', 'Consultée', 'Acceptée']) expect(history).toContain(label);
    await prescriber.locator('#agrements ~ *').getByText(approval.number).waitFor();
    expect(await prescriber.getByRole('button', { name: 'Retirer la prescription' }).count()).toBe(0);
    await maybeScreenshot(prescriber, 'parcours-person');
  });

  it('the prescripteur withdraws a prescription not answered yet and finds it under its status', async () => {
    await prescriber.getByRole('link', { name: 'Prescrire à une SIAE' }).click();
    await prescriber.getByRole('heading', { level: 1, name: 'Prescrire un parcours à une SIAE' }).waitFor();
    // Any other SIAE of the directory's first page.
    await prescriber.locator(`input[name="siae"]:not([value="${siae.id}"])`).first().check({ force: true });
    await prescriber.getByLabel('Message à la structure').fill('Seconde orientation, à retirer.');
    await prescriber.getByRole('button', { name: 'Envoyer la prescription' }).click();
    await prescriber.getByRole('heading', { level: 1, name: `Prescription de ${displayedName}` }).waitFor();
    const secondId = decodeURIComponent(new URL(prescriber.url()).pathname.split('/').pop()!);
    expect(secondId).not.toBe(prescriptionId);

    await prescriber.getByRole('button', { name: 'Retirer la prescription' }).click();
    await prescriber.getByRole('button', { name: 'Annuler' }).click();
    expect(await prescriber.evaluate(() => document.activeElement?.textContent)).toBe('Retirer la prescription');
    await prescriber.getByRole('button', { name: 'Retirer la prescription' }).click();
    await prescriber.getByRole('button', { name: 'Confirmer le retrait' }).click();
    await prescriber.getByTestId('success-notice').getByText('La prescription est retirée.').waitFor();
    const { prescription } = await product.graphql<PrescriptionState>(prescriptionQuery, { id: secondId });
    expect(prescription?.status).toBe('WITHDRAWN');
    expect((await prescriber.getByTestId('prescription-status').textContent())?.trim()).toBe(prescription!.statusLabel);
    expect(await prescriber.getByRole('button', { name: 'Retirer la prescription' }).count()).toBe(0);

    await prescriber.goto(`${product.url}/prescripteur/prescriptions`);
    await prescriber.getByLabel('Statut').selectOption('WITHDRAWN');
    await prescriber.getByRole('button', { name: 'Filtrer' }).click();
    await prescriber.waitForURL(/statut=WITHDRAWN/);
    await prescriber.locator('section[aria-busy="false"] #prescriptions-results').waitFor();
    expect(await prescriber.locator('#prescriptions-results').innerText()).toBe('1 prescription');
    expect(await prescriber.locator(`table a[href$="/prescriptions/${secondId}"]`).count()).toBe(1);
  });

  it('the comité de pilotage sees the request and the grant in the live counts, masked below 5', async () => {
    const steering = await newPage();
    await signInThrough(steering, `${product.url}/pilotage/parcours`, demoAccounts.pilotage);
    await steering.getByRole('heading', { level: 1, name: 'Parcours : demandes d’agrément et décisions' }).waitFor();
    const table = steering.getByTestId('parcours-statistics');
    await table.waitFor();
    // The demo data has no other request: the Doubs × EITI row exists because of this journey, its counts masked.
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td, th')].map((cell) => (cell.textContent ?? '').trim())),
      );
    const doubsEiti = rows.find((cells) => cells[0] === 'Doubs (25)' && cells[1] === 'EITI');
    expect(doubsEiti).toBeDefined();
    expect(doubsEiti!.slice(2, 4)).toEqual(['< 5', '< 5']); // requests, granted
    await maybeScreenshot(steering, 'parcours-pilotage');
  });

  it('ran without an uncaught error', () => {
    for (const { pageErrors } of pages) expect(pageErrors).toEqual([]);
  });
});

// L'orientation (issue 18 §1; accord, annexe 4 §3) in two portals against the real product: the SIAE of the Doubs
// orients people it receives towards the Mission locale of Dijon (Côte-d'Or: the form lists the prescripteurs of the
// département chosen; error summary first), sees them waiting; the prescripteur sees the orientations received,
// declines one with a reason (required first), accepts the other and lands on its diagnosis form; the person's record
// shows who oriented them; every step as the API answers it. Each test makes its own orientations and signs in its own
// pages: either runs alone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
/** Uncaught errors of every page opened, checked at the end of each test. */
const pageErrors: Error[][] = [];
let missionLocale: { id: string; name: string };
let siaeName: string;

interface OrientationNode {
  id: string;
  status: string;
  reason: string;
  declineReason: string | null;
  person: { id: string; lastName: string } | null;
}
const SENT = `{ orientations(direction: SENT, first: 20) { totalCount edges { node {
  id status reason declineReason person { id lastName } } } } }`;

beforeAll(async () => {
  product = await startProduct('siae');
  browser = await launchBrowser();
  const { viewer } = await product.graphql<{ viewer: { organisation: { id: string; name: string } } }>(
    '{ viewer { organisation { id name } } }',
    {},
    demoAccounts.prescripteur,
  );
  missionLocale = viewer.organisation;
  siaeName = (
    await product.graphql<{ viewer: { organisation: { name: string } } }>('{ viewer { organisation { name } } }')
  ).viewer.organisation.name;
});

/** A new page (its own browser context, so its own sign-in); its uncaught errors are checked by the test. */
async function newPage(): Promise<Page> {
  const opened = await openPage(browser);
  pageErrors.push(opened.pageErrors);
  return opened.page;
}

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function orientThroughTheForm(page: Page, lastName: string, reason: string): Promise<void> {
  await page.getByRole('link', { name: 'Orienter une personne' }).click();
  await page.getByRole('heading', { level: 1, name: 'Orienter une personne vers un prescripteur' }).waitFor();
  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Nom', { exact: true }).fill(lastName);
  await page.getByLabel('Date de naissance').fill('1988-06-02');
  await page.getByLabel('Département du prescripteur').selectOption('21');
  // The DSFR select's hint is part of its label: "Prescripteur Seuls les prescripteurs qui peuvent prescrire …".
  const prescriber = page.getByRole('combobox', { name: /^Prescripteur\b/ });
  const option = prescriber.locator('option', { hasText: missionLocale.name });
  await option.waitFor({ state: 'attached' });
  await prescriber.selectOption({ label: await option.innerText() });
  await page.getByLabel('Motif de l’orientation').fill(reason);
  await page.getByRole('button', { name: 'Orienter la personne' }).click();
  await page.getByRole('heading', { level: 1, name: 'Orientations envoyées' }).waitFor();
  await page.getByTestId('orientation').filter({ hasText: lastName }).waitFor();
}

describe('orientation towards a prescripteur (annexe 4 §3)', () => {
  it('the SIAE orients two people it receives; the form asks for what is missing first', async () => {
    const siaePage = await newPage();
    await signInThrough(siaePage, `${product.url}/siae/orientations`, demoAccounts.siae);
    await siaePage.getByRole('heading', { level: 1, name: 'Orientations envoyées' }).waitFor();
    await siaePage.getByRole('link', { name: 'Orienter une personne' }).click();
    await siaePage.getByRole('button', { name: 'Orienter la personne' }).click();
    const summary = siaePage.getByRole('alert').filter({ hasText: 'Saisissez prénom' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Choisissez prescripteur');
    await expectAccessible(siaePage);
    await siaePage.getByRole('link', { name: 'Annuler' }).click();

    await orientThroughTheForm(siaePage, 'Refusee', 'Demande un accompagnement vers l’emploi, hors de Dijon.');
    await orientThroughTheForm(siaePage, 'Acceptee', 'Sans emploi depuis deux ans, souhaite un parcours en atelier.');
    const { orientations } = await product.graphql<{ orientations: { edges: { node: OrientationNode }[] } }>(SENT);
    const mine = orientations.edges
      .map((e) => e.node)
      .filter((n) => ['Refusee', 'Acceptee'].includes(n.person?.lastName ?? ''));
    expect(mine).toHaveLength(2);
    expect(mine.every((n) => n.status === 'PENDING')).toBe(true);
    const item = siaePage.getByTestId('orientation').filter({ hasText: 'Acceptee' });
    // The DSFR badge is upper-cased by its style: its text, not its rendering.
    expect(await item.textContent()).toContain('En attente de réponse du prescripteur');
    expect(await item.innerText()).toContain(missionLocale.name);
    await expectAccessible(siaePage);
    await maybeScreenshot(siaePage, 'siae-orientations');
    expect(pageErrors.flat()).toEqual([]);
  });

  it('the prescripteur declines one with a reason (required first), accepts the other and diagnoses', async () => {
    // Its own orientations, made through the API as the SIAE: this test does not need the first one.
    for (const [lastName, reason] of [
      ['Declinee', 'Demande un accompagnement vers l’emploi, hors de Dijon.'],
      ['Retenue', 'Sans emploi depuis deux ans, souhaite un parcours en atelier.'],
    ] as const) {
      await product.graphql('mutation ($input: OrientationInput!) { orientPerson(input: $input) { id } }', {
        input: {
          prescriberOrganisationId: missionLocale.id,
          reason,
          person: { firstName: 'Dominique', lastName, birthDate: '1979-11-23' },
        },
      });
    }
    const prescriberPage = await newPage();
    await signInThrough(prescriberPage, `${product.url}/prescripteur/orientations`, demoAccounts.prescripteur);
    await prescriberPage.getByRole('heading', { level: 1, name: 'Orientations reçues' }).waitFor();
    const declined = prescriberPage.getByTestId('orientation').filter({ hasText: 'Declinee' });
    await declined.waitFor();
    expect(await declined.innerText()).toContain(`Orientée par ${siaeName}`);
    await declined.getByRole('button', { name: 'Décliner l’orientation : Dominique Declinee' }).click();
    await declined.getByRole('button', { name: 'Confirmer le refus' }).click();
    await declined.getByText('Indiquez pourquoi vous déclinez cette orientation.').waitFor();
    await declined
      .getByLabel('Motif du refus (transmis à l’organisation qui a orienté la personne)')
      .fill('Hors de notre secteur : orientez-la vers la Mission locale de son domicile.');
    await declined.getByRole('button', { name: 'Confirmer le refus' }).click();
    await prescriberPage.getByText('Orientation déclinée').waitFor();
    await expectAccessible(prescriberPage);

    const accepted = prescriberPage.getByTestId('orientation').filter({ hasText: 'Retenue' });
    await accepted.getByRole('button', { name: 'Accepter et établir le diagnostic : Dominique Retenue' }).click();
    await prescriberPage.waitForURL(/\/prescripteur\/personnes\/[^/]+\/diagnostic$/);
    const personId = /personnes\/([^/]+)\/diagnostic/.exec(prescriberPage.url())![1]!;

    const { orientations } = await product.graphql<{ orientations: { edges: { node: OrientationNode }[] } }>(SENT);
    const byName = new Map(orientations.edges.map((e) => [e.node.person?.lastName ?? e.node.id, e.node]));
    expect(byName.get('Declinee')).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Hors de notre secteur : orientez-la vers la Mission locale de son domicile.',
    });
    expect(byName.get('Retenue')).toMatchObject({ status: 'ACCEPTED', person: { id: personId } });

    // The person's record shows who oriented them.
    await prescriberPage.goto(`${product.url}/prescripteur/personnes/${personId}`);
    await prescriberPage.getByRole('heading', { level: 1, name: 'Dominique Retenue' }).waitFor();
    const section = prescriberPage.getByRole('region', { name: 'Orientation' });
    expect(await section.innerText()).toContain(`Orientée par ${siaeName}`);
    expect(await section.innerText()).toContain('Sans emploi depuis deux ans, souhaite un parcours en atelier.');
    await expectAccessible(prescriberPage);
    await maybeScreenshot(prescriberPage, 'prescripteur-person-oriented');

    // Back in the SIAE portal: the answers as the prescripteur gave them.
    const siaePage = await newPage();
    await signInThrough(siaePage, `${product.url}/siae/orientations`, demoAccounts.siae);
    await siaePage.getByRole('heading', { level: 1, name: 'Orientations envoyées' }).waitFor();
    const answered = siaePage.getByTestId('orientation').filter({ hasText: 'Declinee' });
    await answered.getByText('Déclinée par le prescripteur').waitFor();
    expect(await answered.innerText()).toContain('Hors de notre secteur');
    await expectAccessible(siaePage);
    expect(pageErrors.flat()).toEqual([]);
  });
});

// Validation des profils (issue 18 §3; accord, annexe 4 §2.2.2 last paragraph and §2.2.8) in the Espace agence against
// the real product: the agence of Besançon, with a convention de coopération signed with an AI of its territory,
// pre-validates the profile of a person it follows (the form asks for what is missing first), sees the period the
// server fixed (from today, 3 months), and renews a pre-validation ending within 15 days from the list of those to
// renew (`?renouveler=1`, the pending work's link). The convention is laid down in the database (its signature by both
// parties is tested with the conventions); everything else goes through the API and the screen.
import { demoId, tables } from '@navette/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { addDays, todayInFrance } from './support/parcours.ts';
import { startProduct, type Product } from './support/product.ts';
import { demoAccounts, signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
const pageErrors: Error[][] = [];
const AI = demoId('siae:25-BES:2');
const AGENCY = demoId('agency:25-BES');
let aiName: string;

const RECORD_PERSON = `mutation($input: PersonInput!) { recordPerson(input: $input) { id } }`;
const PREVALIDATE = `mutation($input: ProfilePrevalidationInput!) { prevalidateProfile(input: $input) { id endsOn } }`;
const TO_RENEW = `{ profilePrevalidations(toRenew: true, first: 100) { edges { node { id person { lastName } } } } }`;

async function recordPerson(lastName: string): Promise<string> {
  const { recordPerson } = await product.graphql<{ recordPerson: { id: string } }>(RECORD_PERSON, {
    input: { firstName: 'Dominique', lastName, birthDate: '1987-09-14' },
  });
  return recordPerson.id;
}

beforeAll(async () => {
  product = await startProduct('agence');
  browser = await launchBrowser();
  await product.db.insert(tables.cooperationAgreements).values({
    siaeId: AI,
    agencyId: AGENCY,
    status: 'SIGNED',
    startOn: '2025-01-01',
    endOn: null,
    siaeSignedOn: '2024-12-15',
    agencySignedOn: '2024-12-16',
    signedOn: '2024-12-16',
  });
  const { siae } = await product.graphql<{ siae: { name: string } }>('query($id: ID!) { siae(id: $id) { name } }', {
    id: AI,
  });
  aiName = siae.name;
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function newPage(): Promise<Page> {
  const opened = await openPage(browser);
  pageErrors.push(opened.pageErrors);
  return opened.page;
}

describe('validation des profils (annexe 4 §2.2.2, §2.2.8)', () => {
  it('the agence pre-validates a person’s profile for its AI; the server fixes the period', async () => {
    await recordPerson('Prévalidée');
    const page = await newPage();
    await signInThrough(page, `${product.url}/agence/validations-profils`, demoAccounts.agence);
    await page.getByRole('heading', { level: 1, name: 'Validation des profils (ETTI et AI)' }).waitFor();

    // Nothing chosen: the error summary names both fields.
    await page.getByRole('button', { name: 'Pré-valider le profil' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient 2 erreurs' });
    await summary.waitFor();
    await expect.poll(() => summary.innerText()).toContain('Choisissez l’ETTI ou l’AI');

    await page.getByLabel('Rechercher une personne').fill('Prévalidée');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const person = page.getByRole('combobox', { name: 'Personne' });
    const personOption = person.locator('option', { hasText: 'Dominique Prévalidée' });
    await personOption.waitFor({ state: 'attached' });
    await person.selectOption({ label: await personOption.innerText() });
    const siae = page.getByRole('combobox', { name: /^Structure \(ETTI ou AI\)/ });
    const siaeOption = siae.locator('option', { hasText: aiName });
    await siaeOption.waitFor({ state: 'attached' });
    await siae.selectOption({ label: await siaeOption.innerText() });
    await page.getByRole('button', { name: 'Pré-valider le profil' }).click();

    const today = todayInFrance();
    const notice = page.getByTestId('form-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`Profil de Dominique Prévalidée pré-validé pour ${aiName}`);
    const row = page.locator('table tbody tr').filter({ hasText: 'Dominique Prévalidée' });
    await row.waitFor();
    const [y, m, d] = today.split('-');
    expect(await row.innerText()).toContain(`${d}/${m}/${y}`);
    expect(await row.textContent()).toContain('En vigueur'); // the DSFR badge shows it in capitals
    await expectAccessible(page);
    await maybeScreenshot(page, 'agence-validations-profils');
    expect(pageErrors.flat()).toEqual([]);
  });

  it('a pre-validation ending within 15 days is listed to renew, and renewed from the list', async () => {
    const personId = await recordPerson('Arenouveler');
    const soon = addDays(todayInFrance(), 5);
    await product.graphql(PREVALIDATE, { input: { personId, siaeId: AI, endsOn: soon } });
    const page = await newPage();
    await signInThrough(page, `${product.url}/agence/validations-profils?renouveler=1`, demoAccounts.agence);
    await page.getByRole('heading', { level: 1, name: 'Validation des profils (ETTI et AI)' }).waitFor();
    expect(await page.getByLabel(/À renouveler uniquement/).isChecked()).toBe(true);
    const row = page.locator('table tbody tr').filter({ hasText: 'Dominique Arenouveler' });
    await row.waitFor();
    expect(await row.textContent()).toContain('À renouveler');

    await row.getByRole('button', { name: 'Renouveler la validation de Dominique Arenouveler' }).click();
    await page.getByTestId('form-notice').filter({ hasText: 'Validation renouvelée' }).waitFor();
    await row.waitFor({ state: 'detached' });
    const { profilePrevalidations } = await product.graphql<{
      profilePrevalidations: { edges: { node: { person: { lastName: string } | null } }[] };
    }>(TO_RENEW);
    expect(profilePrevalidations.edges.map((e) => e.node.person?.lastName)).not.toContain('Arenouveler');
    await expectAccessible(page);
    expect(pageErrors.flat()).toEqual([]);
  });
});

// The right of access in the Espace prescripteur (issue 19 §4): from a person's page, the prescripteur that follows
// them produces their record (a page to print or save as PDF, and JSON), against the real product; axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { launchBrowser, maybeScreenshot, openPage } from './support/browser.ts';
import { startProduct, type Product } from './support/product.ts';
import { signInThrough } from './support/session.ts';

let product: Product;
let browser: Browser;
let page: Page;
let pageErrors: Error[];
let personId: string;

beforeAll(async () => {
  product = await startProduct('prescripteur');
  browser = await launchBrowser();
  ({ page, pageErrors } = await openPage(browser));
  ({
    recordPerson: { id: personId },
  } = await product.graphql<{ recordPerson: { id: string } }>(
    'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
    { input: { firstName: 'Maëlle', lastName: 'Droitdaccès', birthDate: '1988-06-02', phone: '0381000000' } },
  ));
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe('Dossier de la personne (Espace prescripteur)', () => {
  it('produces the person’s record from their page, readable and as JSON, accessible', async () => {
    await signInThrough(page, `${product.url}/prescripteur/personnes/${personId}`, 'prescripteur@demo.navette.fr');
    await page.getByRole('heading', { level: 1, name: 'Maëlle Droitdaccès' }).waitFor();
    await page.getByRole('link', { name: 'Dossier de la personne (droit d’accès)' }).click();
    await page.waitForURL(/\/personnes\/[^/]+\/dossier$/);
    await page.getByRole('heading', { level: 1, name: 'Dossier de la personne' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Produire le dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dossier de Maëlle Droitdaccès' }).waitFor();
    const identity = page.getByRole('region', { name: /^Identité/ });
    await expect.poll(() => identity.textContent()).toContain('0381000000');
    expect(await identity.textContent()).toContain('02/06/1988');
    await page
      .getByRole('heading', { level: 2, name: 'Organisations ayant consulté le dossier (12 derniers mois)' })
      .waitFor();
    await expectAccessible(page);
    await maybeScreenshot(page, 'person-record');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^dossier-navette-${personId}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile(path, 'utf8')) as { personId: string; sections: { person: unknown[] } };
    expect(json.personId).toBe(personId);
    expect(json.sections.person).toHaveLength(1);

    await page.getByRole('link', { name: 'Retour à la fiche de la personne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maëlle Droitdaccès' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});

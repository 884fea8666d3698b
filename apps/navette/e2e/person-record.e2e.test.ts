// The right of access in the Espace prescripteur (issue 19 §4): from a person's page, the prescripteur that follows
// them produces their record (a page, a PDF drawn in the browser and JSON, one audited act), against the real product; axe on every page.
// Rectification (RGPD art. 16): the prescripteur that recorded the person corrects their identity through
// « Corriger l'identité » (error summary first, nothing sent unchanged), and the record shows the value before.
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
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

/** The text a pdf-lib PDF draws: hex strings of its (deflated) content streams, in Windows-1252. */
function drawnText(pdf: Buffer): string {
  const decoder = new TextDecoder('windows-1252');
  const chunks: string[] = [];
  for (const match of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
      chunks.push(decoder.decode(Buffer.from(hex[1]!, 'hex')));
  }
  return chunks.join('\n');
}

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
  it('corrects the identity from the person’s page: errors in French, nothing sent unchanged, then saved', async () => {
    await signInThrough(page, `${product.url}/prescripteur/personnes/${personId}`, 'prescripteur@demo.navette.fr');
    await page.getByRole('heading', { level: 1, name: 'Maëlle Droitdaccès' }).waitFor();
    await page.getByRole('link', { name: 'Corriger l’identité' }).click();
    await page.waitForURL(/\/personnes\/[^/]+\/identite$/);
    await page.getByRole('heading', { level: 1, name: 'Corriger l’identité' }).waitFor();
    // The form starts from the identity as recorded.
    expect(await page.getByLabel('Téléphone').inputValue()).toBe('0381000000');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await page.getByText('Aucun champ n’a été modifié : il n’y a rien à enregistrer.').waitFor();

    await page.getByLabel('Nom', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await page.getByRole('link', { name: 'Indiquez le nom.' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Nom', { exact: true }).fill('Droit-d’accès');
    await page.getByLabel('Téléphone').fill('03 81 00 00 01');
    await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maëlle Droit-d’accès' }).waitFor();
    await page.getByText('Identité corrigée : 2 champs modifiés.').waitFor();
    const { person } = await product.graphql<{ person: { lastName: string; phone: string } }>(
      'query ($id: ID!) { person(id: $id) { lastName phone } }',
      { id: personId },
    );
    expect(person).toEqual({ lastName: 'Droit-d’accès', phone: '03 81 00 00 01' });
    expect(pageErrors).toEqual([]);
  });

  it('produces the person’s record from their page, readable, as PDF and JSON from one audited export, accessible', async () => {
    await page.goto(`${product.url}/prescripteur/personnes/${personId}`); // signed in by the test above
    await page.getByRole('heading', { level: 1, name: 'Maëlle Droit-d’accès' }).waitFor();
    await page.getByRole('link', { name: 'Dossier de la personne (droit d’accès)' }).click();
    await page.waitForURL(/\/personnes\/[^/]+\/dossier$/);
    await page.getByRole('heading', { level: 1, name: 'Dossier de la personne' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Produire le dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dossier de Maëlle Droit-d’accès' }).waitFor();
    const identity = page.getByRole('region', { name: /^Identité/ });
    await expect.poll(() => identity.textContent()).toContain('03 81 00 00 01');
    expect(await identity.textContent()).toContain('02/06/1988');
    // The rectification history: each field corrected, the value before and after, by whom.
    const changes = page.getByRole('region', { name: /^Rectifications de l’identité \(2\)/ });
    const changesText = await changes.textContent();
    for (const text of ['Nom', 'Droitdaccès', 'Droit-d’accès', 'Téléphone', '0381000000', '03 81 00 00 01'])
      expect(changesText).toContain(text);
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
    const json = JSON.parse(await readFile(path, 'utf8')) as { personId: string; sections: { person: unknown[] } };
    expect(json.personId).toBe(personId);
    expect(json.sections.person).toHaveLength(1);
    expect((json.sections as Record<string, unknown[]>)['identityChanges']).toHaveLength(2);

    // The PDF, drawn in the browser from the same answer: no second export, one audited act.
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger (PDF)' }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toMatch(
      new RegExp(`^dossier-navette-${personId}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`),
    );
    const pdf = await readFile(await pdfDownload.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const drawn = drawnText(pdf);
    for (const text of [
      'Dossier de Maëlle Droit-d’accès',
      'Identité (1)',
      'Téléphone : 03 81 00 00 01',
      'Rectifications de l’identité (2)',
      'Organisations ayant consulté le dossier (12 derniers mois)',
    ])
      expect(drawn).toContain(text);
    const { auditEvents } = await product.graphql<{ auditEvents: { edges: unknown[] } }>(
      'query ($id: String) { auditEvents(first: 10, filter: { subjectId: $id, action: "PERSON_EXPORTED" }) { edges { node { id } } } }',
      { id: personId },
      'admin@demo.navette.fr',
    );
    expect(auditEvents.edges).toHaveLength(1);

    await page.getByRole('link', { name: 'Retour à la fiche de la personne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maëlle Droit-d’accès' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows « Corriger l’identité » only to the organisation the server allows (Person.mayCorrectIdentity)', async () => {
    // The person is oriented to another prescripteur, which then sees them but did not record them.
    const other = 'habilite@demo.navette.fr';
    const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
      'query { viewer { organisation { id } } }',
      {},
      other,
    );
    await product.graphql('mutation ($input: OrientationInput!) { orientPerson(input: $input) { id } }', {
      input: { personId, prescriberOrganisationId: viewer.organisation.id, reason: 'Suivi par un autre prescripteur' },
    });
    const second = await openPage(browser);
    try {
      await signInThrough(second.page, `${product.url}/prescripteur/personnes/${personId}`, other);
      await second.page.getByRole('heading', { level: 1, name: 'Maëlle Droit-d’accès' }).waitFor();
      await second.page.getByRole('heading', { level: 2, name: 'Identité' }).waitFor();
      expect(await second.page.getByRole('link', { name: 'Corriger l’identité' }).count()).toBe(0);
      // Its own record's link is still there (it follows the person).
      await second.page.getByRole('link', { name: 'Dossier de la personne (droit d’accès)' }).waitFor();
      // Reached by its address, the screen says who may correct, and offers no form.
      await second.page.goto(`${product.url}/prescripteur/personnes/${personId}/identite`);
      await second.page
        .getByText('Seule l’organisation qui a enregistré la personne peut corriger son identité.', { exact: false })
        .waitFor();
      expect(await second.page.getByRole('button', { name: 'Enregistrer la correction' }).count()).toBe(0);
      await expectAccessible(second.page);
      expect(second.pageErrors).toEqual([]);
    } finally {
      await second.page.context().close();
    }
    // The recording prescripteur still has it.
    await page.goto(`${product.url}/prescripteur/personnes/${personId}`);
    await page.getByRole('link', { name: 'Corriger l’identité' }).waitFor();
  });
});

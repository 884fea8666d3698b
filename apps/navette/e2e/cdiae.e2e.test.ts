// Console de pilotage, the CDIAE of the Doubs (issue 18 §5; accord, article 3, fiches 3 and 8, annexe 4 §2.1): its own
// menu; its inbox lists what the API says was sent to it (a CTA's minutes just sent by the agence among them), a
// document opened is marked read; a presentation of the accord is recorded (the error summary first) and listed; its
// avis on a habilitation request (défavorable: its reason asked first) is then shown to the État beside the request.
// axe runs on each state of the pages.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { maybeScreenshot } from './support/browser.ts';
import { useConsole } from './support/console.ts';
import { addDays, todayInFrance } from './support/parcours.ts';
import { demoAccounts } from './support/session.ts';

const pilotage = useConsole();
const today = todayInFrance();
// A day of its own for this file's CTA meeting and presentation (the demo set may hold others).
const heldOn = addDays(today, -(400 + Math.floor(Math.random() * 300)));

interface InboxItem {
  id: string;
  title: string;
  read: boolean;
}

async function inbox(): Promise<{ totalCount: number; unreadCount: number; edges: { node: InboxItem }[] }> {
  const { cdiaeInbox } = await pilotage.product.graphql<{
    cdiaeInbox: { totalCount: number; unreadCount: number; edges: { node: InboxItem }[] };
  }>('{ cdiaeInbox(first: 20) { totalCount unreadCount edges { node { id title read } } } }', {}, demoAccounts.cdiae);
  return cdiaeInbox;
}

describe('the CDIAE in the console de pilotage', () => {
  it('has its own menu, and an inbox of what was sent to it, newest first; a document opened is read', async () => {
    const { page, pageErrors } = pilotage;
    // The agence of Besançon sends the minutes of a meeting of its CTA to the CDIAE of the Doubs.
    const { ctas } = await pilotage.product.graphql<{ ctas: { id: string; name: string; ledBy: { id: string } }[] }>(
      '{ ctas(departement: "25") { id name ledBy { id } } }',
      {},
      demoAccounts.agence,
    );
    const cta = ctas.find((c) => c.name.includes('Besançon'))!;
    const { recordCtaMeeting } = await pilotage.product.graphql<{ recordCtaMeeting: { id: string } }>(
      `mutation($input: CtaMeetingInput!) { recordCtaMeeting(input: $input) { id } }`,
      {
        input: { ctaId: cta.id, heldOn, agenda: 'Bilan', siaeHeadsInvited: false, minutes: 'Relevé de décisions e2e' },
      },
      demoAccounts.agence,
    );
    await pilotage.product.graphql(
      `mutation($id: ID!, $on: Date!) { sendCtaMinutesToCdiae(id: $id, on: $on) { id } }`,
      { id: recordCtaMeeting.id, on: today },
      demoAccounts.agence,
    );

    await pilotage.signIn('/cdiae/courrier', demoAccounts.cdiae);
    await page.getByRole('heading', { level: 1, name: 'Courrier du CDIAE' }).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Menu principal' });
    for (const name of ['Courrier du CDIAE', 'Avis sur les habilitations', 'Présentations de l’accord']) {
      expect(await navigation.getByRole('link', { name }).count()).toBe(1);
    }
    // No screen of the comité or the État.
    expect(await navigation.getByRole('link', { name: 'Indicateurs' }).count()).toBe(0);
    const expected = await inbox();
    expect(expected.totalCount).toBeGreaterThan(0);
    const rows = page.getByTestId('cdiae-inbox').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.edges.length);
    // Sent today: the newest, first.
    expect(expected.edges[0]!.node).toMatchObject({ id: recordCtaMeeting.id, title: cta.name, read: false });
    // The badge's text (upper-case in the DSFR style).
    await expect.poll(() => rows.first().textContent()).toMatch(/Non lu/i);
    await expectAccessible(page);

    await rows.first().getByRole('button', { name: /^Lire/ }).click();
    const document = page.getByTestId('cdiae-document');
    await document.getByText('Relevé de décisions e2e').waitFor();
    await expect.poll(() => page.evaluate(() => globalThis.document.activeElement?.id)).toBe('document-cdiae');
    await expect
      .poll(async () => (await inbox()).edges.find((e) => e.node.id === recordCtaMeeting.id)?.node.read)
      .toBe(true);
    await expectAccessible(page);
    expect(pageErrors).toEqual([]);
  });

  it('records a presentation of the accord: the error summary first, then listed as the API says', async () => {
    const { page } = pilotage;
    // Already signed in: through the CDIAE's menu.
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Présentations de l’accord' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Présentations de l’accord en CDIAE' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer la présentation' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page);
    await page.locator('#presentation-date').fill(heldOn);
    await page.locator('#presentation-note').fill('Présentation de l’accord régional en séance plénière');
    await page.getByRole('button', { name: 'Enregistrer la présentation' }).click();
    await page.getByRole('status').getByText('Présentation du', { exact: false }).waitFor();
    const { accordPresentations } = await pilotage.product.graphql<{
      accordPresentations: { presentedOn: string; note: string }[];
    }>('{ accordPresentations { presentedOn note } }', {}, demoAccounts.cdiae);
    expect(accordPresentations).toContainEqual({
      presentedOn: heldOn,
      note: 'Présentation de l’accord régional en séance plénière',
    });
    const rows = page.getByTestId('accord-presentations').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(accordPresentations.length);
    await expectAccessible(page);
    await maybeScreenshot(page, 'pilotage-cdiae-presentations');
  });

  it('gives its avis on a habilitation request, which the État then sees beside the request', async () => {
    const { page } = pilotage;
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Avis sur les habilitations' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Avis du CDIAE sur les habilitations' }).waitFor();
    const button = page.getByRole('button', { name: /^Donner l’avis de / }).first();
    await button.waitFor();
    const name = (await button.innerText()).replace(/^Donner l’avis\s*de\s*/, '').trim();
    await button.click();
    const heading = page.getByRole('heading', { level: 2, name: `Avis du CDIAE sur l’habilitation de ${name}` });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('avis-cdiae-titre');
    // Défavorable without a reason: asked for it before anything is sent.
    await page.getByText('Défavorable', { exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await page
      .getByTestId('error-summary')
      .getByText('Un avis défavorable doit être motivé', { exact: false })
      .waitFor();
    await expectAccessible(page);
    await page.locator('#avis-cdiae-raison').fill('Aucun diagnostic socioprofessionnel présenté');
    await page.getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await page.getByRole('status').getByText(`Avis du CDIAE sur « ${name} » enregistré.`).waitFor();
    // Given once: no more button for it.
    expect(await page.getByRole('button', { name: `Donner l’avis de ${name}` }).count()).toBe(0);
    await expectAccessible(page);

    // The État of the Doubs sees the avis beside the request, as the API answers it.
    const state = await pilotage.openAs('/habilitations', demoAccounts.etat);
    await state.page.getByRole('heading', { level: 1, name: 'Habilitations des prescripteurs' }).waitFor();
    const row = state.page.getByTestId('habilitation-organisations').locator('tbody tr', { hasText: name });
    await row.getByTestId('cdiae-avis').getByText('Avis défavorable').waitFor();
    expect(await row.innerText()).toContain('Aucun diagnostic socioprofessionnel présenté');
    expect(await row.innerText()).toContain('Claire CDIAE');
    await expectAccessible(state.page);
    await maybeScreenshot(state.page, 'pilotage-habilitation-cdiae-avis');
    expect(state.pageErrors).toEqual([]);
    await state.close();
  });
});

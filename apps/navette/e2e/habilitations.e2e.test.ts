// Console de pilotage, Habilitations des prescripteurs (issue 14 §2; accord, annexe 4 §2.1; fiche 2): the État of the
// Doubs sees the préfet's list of the day as the API answers it, grants a lapsed habilitation (the error summary first,
// then the API's French refusal of a backdated period with the typed dates kept), and withdraws another with a reason;
// each decision is then what the API says, and axe runs on each state of the page.
import { randomUUID } from 'node:crypto';
import { tables } from '@navette/db';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { maybeScreenshot } from './support/browser.ts';
import { addDays, todayInFrance } from './support/parcours.ts';
import { useConsole } from './support/console.ts';
import { demoAccounts } from './support/session.ts';

const pilotage = useConsole();

interface Organisation {
  id: string;
  name: string;
  habilitationStatus: string;
  habilitation: { startOn: string; endOn: string | null } | null;
  habilitationDecisions: { kind: string; decidedOn: string; reason: string | null }[] | null;
}

/** The HABILITE organisations of the Doubs as the API answers the État. */
async function doubs(): Promise<Organisation[]> {
  const { prescriberOrganisations } = await pilotage.product.graphql<{
    prescriberOrganisations: { edges: { node: Organisation }[] };
  }>(
    `{ prescriberOrganisations(first: 100, filter: { departement: "25", kind: HABILITE }) { edges { node {
      id name habilitationStatus habilitation { startOn endOn } habilitationDecisions { kind decidedOn reason } } } } }`,
    {},
    demoAccounts.etat,
  );
  return prescriberOrganisations.edges.map((edge) => edge.node);
}

async function prefectList(): Promise<string[]> {
  const { habilitatedPrescribers } = await pilotage.product.graphql<{ habilitatedPrescribers: { name: string }[] }>(
    '{ habilitatedPrescribers(departement: "25") { name } }',
    {},
    demoAccounts.etat,
  );
  return habilitatedPrescribers.map((o) => o.name);
}

const today = todayInFrance();

describe('Habilitations des prescripteurs', () => {
  it('shows the préfet’s list of the day and each prescripteur of the département as the API answers them', async () => {
    const { page, pageErrors } = pilotage;
    await pilotage.signIn('/habilitations', demoAccounts.etat);
    await page.getByRole('heading', { level: 1, name: 'Habilitations des prescripteurs' }).waitFor();
    // In the État's menu.
    const navigation = page.getByRole('navigation', { name: 'Menu principal' });
    expect(await navigation.getByRole('link', { name: 'Habilitations' }).count()).toBe(1);
    const expected = await prefectList();
    expect(expected.length).toBeGreaterThan(0);
    const list = page.getByTestId('prefect-list');
    await list.waitFor();
    expect((await list.locator('li strong').allInnerTexts()).map((s) => s.trim())).toEqual(expected);
    const organisations = await doubs();
    const rows = page.getByTestId('habilitation-organisations').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(organisations.length);
    await expectAccessible(page);
    expect(pageErrors).toEqual([]);
  });

  it('grants a lapsed habilitation: the error summary, then the API’s refusal of a backdated period, then recorded', async () => {
    const { page } = pilotage;
    const lapsed = (await doubs()).find((o) => o.habilitationStatus === 'LAPSED')!;
    expect(lapsed).toBeDefined();
    await page.getByRole('button', { name: `Gérer l’habilitation de ${lapsed.name}` }).click();
    const panel = page.getByTestId('habilitation-panel');
    await panel.getByRole('heading', { level: 2, name: lapsed.name }).waitFor();
    // Focus moved to the panel's title.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('habilitation-structure');
    await panel.getByRole('button', { name: 'Enregistrer l’habilitation' }).click();
    const summary = panel.getByTestId('error-summary');
    await summary.getByText('Saisissez le premier jour.').waitFor();
    expect(await summary.getByRole('link').count()).toBe(2);
    await expectAccessible(page);

    // A period starting yesterday: refused by the API (no retroactive habilitation), what was typed kept.
    const yesterday = addDays(today, -1);
    const end = addDays(today, 730);
    await page.locator('#habilitation-grant-debut').fill(yesterday);
    await page.locator('#habilitation-grant-fin').fill(end);
    await panel.getByRole('button', { name: 'Enregistrer l’habilitation' }).click();
    await panel
      .getByTestId('api-error')
      .getByText('Une habilitation ne peut pas prendre effet avant la date de la décision', { exact: false })
      .waitFor();
    expect(await page.locator('#habilitation-grant-debut').inputValue()).toBe(yesterday);
    expect(await page.locator('#habilitation-grant-fin').inputValue()).toBe(end);
    expect((await doubs()).find((o) => o.id === lapsed.id)!.habilitationStatus).toBe('LAPSED');
    await expectAccessible(page);

    await page.locator('#habilitation-grant-debut').fill(today);
    await panel.getByRole('button', { name: 'Enregistrer l’habilitation' }).click();
    await page.getByRole('status').getByText(`Habilitation de « ${lapsed.name} » enregistrée.`).waitFor();
    const granted = (await doubs()).find((o) => o.id === lapsed.id)!;
    expect(granted).toMatchObject({ habilitationStatus: 'HABILITATED', habilitation: { startOn: today, endOn: end } });
    expect(granted.habilitationDecisions?.at(-1)).toEqual({ kind: 'GRANT', decidedOn: today, reason: null });
    // On the préfet's list, in the page as in the API.
    expect(await prefectList()).toContain(lapsed.name);
    await expect
      .poll(async () =>
        (await page.getByTestId('prefect-list').locator('li strong').allInnerTexts()).map((s) => s.trim()),
      )
      .toEqual(await prefectList());
    await expectAccessible(page);
    await maybeScreenshot(page, 'pilotage-habilitation-granted');
  });

  it('withdraws a habilitation with a reason: off the préfet’s list at once', async () => {
    const { page } = pilotage;
    const target = (await doubs()).filter((o) => o.habilitationStatus === 'HABILITATED').at(-1)!;
    await page.getByRole('button', { name: `Gérer l’habilitation de ${target.name}` }).click();
    const panel = page.getByTestId('habilitation-panel');
    await panel.getByRole('heading', { level: 2, name: target.name }).waitFor();
    await panel.getByRole('button', { name: 'Retirer l’habilitation' }).click();
    await panel.getByTestId('error-summary').getByText('Motivez le retrait de l’habilitation.').waitFor();
    await page.getByLabel('Motif du retrait').fill('Avis défavorable du CDIAE');
    await panel.getByRole('button', { name: 'Retirer l’habilitation' }).click();
    await page.getByRole('status').getByText(`Habilitation de « ${target.name} » retirée.`).waitFor();
    const withdrawn = (await doubs()).find((o) => o.id === target.id)!;
    expect(withdrawn.habilitationStatus).toBe('WITHDRAWN');
    expect(withdrawn.habilitationDecisions?.at(-1)).toEqual({
      kind: 'WITHDRAWAL',
      decidedOn: today,
      reason: 'Avis défavorable du CDIAE',
    });
    expect(await prefectList()).not.toContain(target.name);
    await expect
      .poll(async () =>
        (await page.getByTestId('prefect-list').locator('li strong').allInnerTexts()).map((s) => s.trim()),
      )
      .toEqual(await prefectList());
    await expectAccessible(page);
  });

  it('tells the comité de pilotage that the screen is the État’s', async () => {
    const {
      page: other,
      pageErrors: otherErrors,
      close,
    } = await pilotage.openAs('/habilitations', demoAccounts.pilotage);
    await other.getByRole('heading', { level: 1, name: 'Habilitations des prescripteurs' }).waitFor();
    await other.getByText('Seuls les services de l’État d’un département gèrent les habilitations').waitFor();
    // Not in the comité's menu.
    const navigation = other.getByRole('navigation', { name: 'Menu principal' });
    await navigation.getByRole('link', { name: 'Indicateurs' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Habilitations' }).count()).toBe(0);
    await expectAccessible(other);
    await close();
    expect(otherErrors).toEqual([]);
  });

  it('opens to an administrator: any département of the region, pages of 20 kept in the URL, the decisions offered', async () => {
    // 25 more organisations to habilitate in the Territoire de Belfort, as the directory would hold them.
    await pilotage.product.db.insert(tables.prescriberOrganisations).values(
      Array.from({ length: 25 }, (_, i) => ({
        id: randomUUID(),
        name: `Association e2e ${String(i + 1).padStart(2, '0')}`,
        kind: 'HABILITE' as const,
        departementCode: '90',
        city: 'Belfort',
      })),
    );
    const { prescriberOrganisations } = await pilotage.product.graphql<{
      prescriberOrganisations: { totalCount: number };
    }>(
      '{ prescriberOrganisations(first: 1, filter: { departement: "90", kind: HABILITE }) { totalCount } }',
      {},
      demoAccounts.admin,
    );
    const total = prescriberOrganisations.totalCount;
    expect(total).toBeGreaterThan(20);
    const admin = await pilotage.openAs('/habilitations', demoAccounts.admin);
    const { page } = admin;
    await page.getByRole('heading', { level: 1, name: 'Habilitations des prescripteurs' }).waitFor();
    expect(await page.getByText('Seuls les services de l’État').count()).toBe(0);
    const navigation = page.getByRole('navigation', { name: 'Menu principal' });
    expect(await navigation.getByRole('link', { name: 'Habilitations' }).count()).toBe(1);
    await page.locator('#habilitations-departement').selectOption('90');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL((url) => url.searchParams.get('departement') === '90');
    const rows = page.getByTestId('habilitation-organisations').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(20);
    const firstPage = await rows.locator('th').allInnerTexts();
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await expect.poll(() => rows.count()).toBe(total - 20);
    expect(new URL(page.url()).searchParams.get('departement')).toBe('90');
    await expectAccessible(page);
    // Back: the same département, page 1 and its rows.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('page') === null);
    await expect.poll(() => rows.locator('th').allInnerTexts()).toEqual(firstPage);
    // The administrator decides there too: the panel offers the decisions.
    await rows
      .first()
      .getByRole('button', { name: /^Gérer l’habilitation/ })
      .click();
    const panel = page.getByTestId('habilitation-panel');
    await panel.getByRole('heading', { level: 3, name: 'Décisions du Préfet' }).waitFor();
    expect(await panel.locator('form').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await admin.close();
    expect(admin.pageErrors).toEqual([]);
  });

  it('ran without an uncaught error', () => {
    const { pageErrors } = pilotage;
    expect(pageErrors).toEqual([]);
  });
});

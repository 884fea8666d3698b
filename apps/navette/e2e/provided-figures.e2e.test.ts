// Console de pilotage, Chiffres fournis (issue 18 §6; accord, annexe 1, "Fournisseurs des indicateurs"): the comité
// imports a CSV file with a bad line (refused whole, the line named, nothing listed), then the mended file; enters one
// figure in the form; the indicator table then shows the provided figures with their provenance beside the computed
// ones with their time. axe runs on each state.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { todayInFrance } from './support/parcours.ts';
import { useConsole } from './support/console.ts';
import { demoAccounts } from './support/session.ts';

const pilotage = useConsole();
const today = todayInFrance();
const year = today.slice(0, 4);
const HEADER = 'indicateur;departement;type_siae;periode;valeur;source;date_reference';

describe('Chiffres fournis', () => {
  it('imports a file all or nothing, enters a figure, and shows them with their provenance', async () => {
    const { page, pageErrors } = pilotage;
    await pilotage.signIn('/chiffres-fournis', demoAccounts.pilotage);
    await page
      .getByRole('heading', { level: 1, name: 'Chiffres fournis par les fournisseurs des indicateurs' })
      .waitFor();
    await page.getByText('Aucun chiffre fourni pour le moment.').waitFor();
    await expectAccessible(page);

    const good = `F7_SIAE_OPUS;25;;${year};14;Pôle emploi DR BFC;${today}`;
    const bad = `F5_PMSMP;25;ACI;${year};3;Pôle emploi;${today}`;
    await page.locator('#chiffres-csv').fill([HEADER, good, bad].join('\n'));
    await page.getByRole('button', { name: 'Importer' }).click();
    await page
      .getByTestId('import-lines')
      .getByText(/^Ligne 3 : /)
      .waitFor();
    await page
      .getByTestId('api-error')
      .getByText(/Aucun chiffre importé/)
      .waitFor();
    expect(await page.getByTestId('provided-figures').count()).toBe(0);
    await expectAccessible(page);

    await page.locator('#chiffres-csv').fill([HEADER, good].join('\n'));
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText('1 chiffre enregistré, 0 déjà en vigueur.').waitFor();
    const rows = page.getByTestId('provided-figures').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Pôle emploi DR BFC');

    // One figure in the form: fiche 2's exchange sessions of the Doubs for the year.
    await page.locator('#chiffre-indicateur').selectOption('F2_EXCHANGE_SESSIONS');
    await page.locator('#chiffre-departement').fill('25');
    await page.locator('#chiffre-periode').fill(year);
    await page.locator('#chiffre-valeur').fill('6');
    await page.locator('#chiffre-source').fill('Réseaux IAE du Doubs');
    await page.getByRole('button', { name: 'Enregistrer le chiffre' }).click();
    await page.getByText('Chiffre enregistré.').waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    await expectAccessible(page);

    // The indicator table: provided figures with their provenance, computed ones with their time.
    await page.goto(`${pilotage.product.url}/pilotage/indicateurs?periode=${year}`);
    const opus = page.getByTestId('provided-F7_SIAE_OPUS');
    await opus.waitFor();
    expect(await opus.innerText()).toContain('Pôle emploi DR BFC');
    expect(await opus.innerText()).toContain('Comité');
    await page.getByTestId('computed-at').first().waitFor();
    await expectAccessible(page);
    expect(pageErrors).toEqual([]);
  });
});

// Console de pilotage, Clients d'API (issue 15 §1): the État of the Doubs creates a client for an organisation of its
// département, sees its secret once, calls the API with it, rotates it (both secrets work during the overlap), sees
// the calls counted, revokes it (refused at once), and the comité de pilotage is told the screen is not its own.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { maybeScreenshot } from './support/browser.ts';
import { useConsole } from './support/console.ts';
import { demoAccounts } from './support/session.ts';

const pilotage = useConsole();

/** A call of the API with an API client's credential: the HTTP status and the error's reason, if any. */
async function callWith(credential: string): Promise<{ status: number; reason?: string }> {
  const response = await fetch(`${pilotage.product.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
    body: JSON.stringify({ query: '{ departements { code } }' }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { reason?: string } }[] };
  return {
    status: response.status,
    ...(body.errors?.[0]?.extensions?.reason ? { reason: body.errors[0].extensions.reason } : {}),
  };
}

const credentialShown = () => pilotage.page.getByTestId('api-client-credential').locator('code').innerText();

describe('Clients d’API', () => {
  it('creates a client for an organisation of the département, with its secret shown once', async () => {
    const { page } = pilotage;
    await pilotage.signIn('/clients-api', demoAccounts.etat);
    await page
      .getByRole('heading', { level: 1, name: 'Clients d’API des organisations de votre territoire' })
      .waitFor();
    await expect.poll(() => page.title()).toBe('Clients d’API – Console de pilotage – Navette');

    await page.getByLabel('Nom du client').fill('Observatoire e2e');
    await page.getByLabel('Type d’organisation').selectOption('SIAE');
    await page.getByLabel('Rechercher l’organisation').fill('Indépendants Solidaires');
    const organisation = page.getByLabel('Organisation responsable');
    await organisation.locator('option', { hasText: 'Indépendants Solidaires' }).first().waitFor({ state: 'attached' });
    const value = await organisation
      .locator('option', { hasText: 'Indépendants Solidaires' })
      .first()
      .getAttribute('value');
    await organisation.selectOption(value);
    await page.getByLabel('Annuaire des structures').check({ force: true });
    await page.getByRole('button', { name: 'Créer le client et afficher son secret' }).click();

    await page.getByRole('heading', { name: 'Secret du client « Observatoire e2e »' }).waitFor();
    const credential = await credentialShown();
    expect(credential).toMatch(/^nvt_client_[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(await callWith(credential)).toEqual({ status: 200 });
    const row = page.getByRole('row', { name: /Observatoire e2e/ });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Actif');
    await expectAccessible(page);
    await maybeScreenshot(page, 'pilotage-api-client-created');

    // Shown once: after masking it and reloading, the secret is nowhere on the page.
    await page.getByRole('button', { name: 'J’ai copié le secret, masquer' }).click();
    await page.reload();
    await page.getByRole('row', { name: /Observatoire e2e/ }).waitFor();
    expect(await page.content()).not.toContain(credential.split('.')[1]!);
  });

  it('rotates the secret (both work during the overlap), then revokes the client: refused at once', async () => {
    const { page, pageErrors } = pilotage;
    const row = page.getByRole('row', { name: /Observatoire e2e/ });
    const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(await row.innerText())![0];
    const { apiClient } = await pilotage.product.graphql<{ apiClient: { id: string } | null }>(
      `{ apiClient(id: "${id}") { id } }`,
      {},
      demoAccounts.etat,
    );
    expect(apiClient?.id).toBe(id);

    await row.getByRole('button', { name: /Changer le secret/ }).click();
    await page.getByText('L’ancien secret reste accepté jusqu’au').waitFor();
    const second = await credentialShown();
    expect(second.startsWith(`nvt_client_${id}.`)).toBe(true);
    expect(await callWith(second)).toEqual({ status: 200 });
    await expect.poll(() => row.innerText()).toContain('Ancien secret accepté jusqu’au');

    // The calls made so far are counted (written by the gateway in batches, at most ~10 s later).
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByRole('row', { name: /Observatoire e2e/ }).innerText();
        },
        { timeout: 300_000, interval: 1000 },
      )
      .toMatch(/\d+ appels?/);

    const fresh = page.getByRole('row', { name: /Observatoire e2e/ });
    await fresh.getByRole('button', { name: /^Révoquer/ }).click();
    await fresh.getByRole('button', { name: /Confirmer la révocation/ }).click();
    await expect.poll(() => fresh.textContent()).toContain('Révoqué');
    expect(await callWith(second)).toEqual({ status: 401, reason: 'INVALID_CREDENTIALS' });
    await maybeScreenshot(page, 'pilotage-api-client-revoked');
    expect(pageErrors).toEqual([]);
  });

  it('opens the console to the platform’s administrators, with their screens only', async () => {
    const admin = await pilotage.openAs('/clients-api', demoAccounts.admin);
    await admin.page
      .getByRole('heading', { level: 1, name: 'Clients d’API des organisations de la plateforme' })
      .waitFor();
    const navigation = admin.page.getByRole('navigation', { name: 'Menu principal' });
    await navigation.getByRole('link', { name: 'Journal d’audit' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Clients d’API' }).count()).toBe(1);
    expect(await navigation.getByRole('link', { name: 'Indicateurs' }).count()).toBe(0);
    await admin.close();
  });

  it('tells the comité de pilotage the screen is for the État and the administrators', async () => {
    const other = await pilotage.openAs('/clients-api', demoAccounts.pilotage);
    await other.page.getByText('Les clients d’API sont gérés par les services de l’État').waitFor();
    await other.close();
  });
});

// Console de pilotage, Journal d'audit (issue 19 §2), against the real product: the État of the Doubs sees the
// « Lectures inhabituelles » of its département's agents — a burst of an agence, a SIAE reading a person it has no
// link to — each with its reasons and a link to the agent's reads in the journal; axe on every page. The comité de
// pilotage is told the journal is not its own. The reads are laid down in the trail as the read audit writes them
// (one PERSON_READ per request and person); the rule and its thresholds are the server's.
import { randomUUID } from 'node:crypto';
import { tables } from '@navette/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.ts';
import { maybeScreenshot } from './support/browser.ts';
import { useConsole } from './support/console.ts';
import { demoAccounts } from './support/session.ts';

const pilotage = useConsole();
const agents: Record<'siae' | 'agence', { id: string; organisationId: string }> = {} as never;

async function agent(account: string): Promise<{ id: string; organisationId: string }> {
  const [user] = await pilotage.product.db.select().from(tables.users).where(eq(tables.users.email, account));
  const { viewer } = await pilotage.product.graphql<{ viewer: { organisation: { id: string } } }>(
    'query { viewer { organisation { id } } }',
    {},
    account,
  );
  return { id: user!.id, organisationId: viewer.organisation.id };
}

beforeAll(async () => {
  agents.siae = await agent(demoAccounts.siae);
  agents.agence = await agent(demoAccounts.agence);
  // A person the prescripteur recorded, prescribed nowhere: neither the SIAE nor the agence has a link to them.
  const {
    recordPerson: { id: personId },
  } = await pilotage.product.graphql<{ recordPerson: { id: string } }>(
    'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
    { input: { firstName: 'Inès', lastName: 'Horsflux', birthDate: '1990-03-04' } },
    demoAccounts.prescripteur,
  );
  const start = Date.now() - 2 * 3_600_000;
  const readsBy = (who: { id: string; organisationId: string }, count: number, everySeconds: number) =>
    Array.from({ length: count }, (_, i) => ({
      occurredAt: new Date(start + i * everySeconds * 1000),
      actorKind: 'user',
      actorId: who.id,
      actorOrganisationId: who.organisationId,
      client: 'portal-agence',
      action: 'PERSON_READ',
      subjectType: 'Person',
      subjectId: personId,
      details: { fields: ['Person.lastName'], requestId: randomUUID() },
    }));
  await pilotage.product.db
    .insert(tables.auditEvents)
    .values([...readsBy(agents.agence, 301, 5), ...readsBy(agents.siae, 2, 60)]);
});

describe('Journal d’audit: lectures inhabituelles', () => {
  it('shows the État its département’s agents with a burst or reads outside their flow, and leads to their reads', async () => {
    const { page, pageErrors } = pilotage;
    await pilotage.signIn('/audit', demoAccounts.etat);
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit : qui a lu ou modifié quoi' }).waitFor();
    const panel = page.getByRole('region', { name: 'Lectures inhabituelles' });
    await panel.getByText('plus de 300 lectures en 60 minutes', { exact: false }).waitFor();
    const table = panel.getByRole('table');
    const agence = table.getByRole('row').filter({ hasText: agents.agence.id });
    await agence.waitFor();
    const agenceText = await agence.textContent();
    for (const text of ['301', 'Pic de lectures', 'Hors du parcours habituel']) expect(agenceText).toContain(text);
    const siae = table.getByRole('row').filter({ hasText: agents.siae.id });
    const siaeText = await siae.textContent();
    expect(siaeText).toContain('Hors du parcours habituel');
    expect(siaeText).not.toContain('Pic de lectures');
    // The most unusual first: the agence read the person 301 times, the SIAE twice — one person outside each's flow,
    // then the peak.
    const rows = await table.getByRole('row').allTextContents();
    expect(rows.findIndex((r) => r.includes(agents.agence.id))).toBeLessThan(
      rows.findIndex((r) => r.includes(agents.siae.id)),
    );
    await expectAccessible(page);
    await maybeScreenshot(page, 'pilotage-audit-unusual-reads');

    // « Voir ses lectures »: the journal below, filtered by the agent and PERSON_READ.
    await siae.getByRole('link', { name: 'Voir ses lectures' }).click();
    await page.waitForURL((url) => url.searchParams.get('agent') === agents.siae.id);
    expect(new URL(page.url()).searchParams.get('action')).toBe('PERSON_READ');
    await expect
      .poll(
        async () =>
          (await page
            .getByRole('table', { name: /Événements du journal/ })
            .getByRole('row')
            .count()) - 1,
      )
      .toBe(2);
    await expectAccessible(page);
    expect(pageErrors).toEqual([]);
  });

  it('says so when the period has no unusual reads, and refuses a period too long in French', async () => {
    const { page, pageErrors } = pilotage;
    await page.goto(`${pilotage.product.url}/pilotage/audit?du=2020-01-01&au=2020-01-31`);
    const panel = page.getByRole('region', { name: 'Lectures inhabituelles' });
    await panel.getByText('Aucune lecture inhabituelle sur cette période.').waitFor();
    await page.goto(`${pilotage.product.url}/pilotage/audit?du=2020-01-01&au=2020-12-31`);
    await panel.getByText('La période examinée ne peut dépasser 92 jours', { exact: false }).waitFor();
    await expectAccessible(page);
    expect(pageErrors).toEqual([]);
  });

  it('tells the comité de pilotage the journal is not its own, with no panel', async () => {
    const other = await pilotage.openAs('/audit', demoAccounts.pilotage);
    await other.page
      .getByText('Le journal d’audit est réservé à l’administration de la plateforme et aux services de l’État.')
      .waitFor();
    expect(await other.page.getByRole('region', { name: 'Lectures inhabituelles' }).count()).toBe(0);
    await other.close();
  });
});

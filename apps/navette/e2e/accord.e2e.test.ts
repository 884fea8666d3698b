// The accord régional's lifecycle in the console (issue 18 §7; articles 4 to 6): without an avenant the accord ended
// on its article 4 term; the comité records an avenant of prorogation, then a résiliation asked by a réseau (no date
// typed: the server records the day of receipt), the notice and the extraordinary comité shown; the État sees it
// without being able to withdraw a réseau's request; the comité withdraws it and the accord is in force again, the
// extraordinary comité it had called cancelled.
import { describe, expect, it } from 'vitest';
import { maybeScreenshot } from './support/browser.ts';
import { useConsole } from './support/console.ts';
import { demoAccounts } from './support/session.ts';

const pilotage = useConsole();

const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
const shortDate = (iso: string) => iso.split('-').reverse().join('/');

interface AccordData {
  accord: {
    state: string;
    endsOn: string;
    termination: { receivedOn: string; noticeEndsOn: string; extraordinaryMeeting: { heldOn: string } | null } | null;
  };
}
const accordQuery =
  '{ accord { state endsOn termination { receivedOn noticeEndsOn extraordinaryMeeting { heldOn } } } }';

describe('L’accord régional in the console', () => {
  it('prorogued by avenant, then a résiliation requested, shown under notice, and withdrawn', async () => {
    const { product, page } = pilotage;
    await pilotage.signIn('/accord', demoAccounts.pilotage);
    await page.getByRole('heading', { level: 1, name: 'L’accord régional de coopération' }).waitFor();
    await page.getByTestId('accord-state').filter({ hasText: 'L’accord a pris fin le 31/12/2018.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Demander la résiliation de l’accord' }).count()).toBe(0);

    // An avenant of prorogation, recorded through the avenants' form (article 5).
    const termEndsOn = `${Number(today().slice(0, 4)) + 1}-12-31`;
    await page.getByRole('link', { name: 'Avenants', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Avenants à l’accord régional' }).waitFor();
    await page.locator('#avenant-date').fill('2018-12-14');
    await page.locator('#avenant-intitule').fill('Avenant de prorogation');
    await page.locator('#avenant-objet').fill('Proroge l’accord régional.');
    await page.locator('#avenant-prorogation').fill(termEndsOn);
    await page.getByRole('button', { name: 'Enregistrer l’avenant' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'L’avenant « Avenant de prorogation » est enregistré.' })
      .waitFor();

    await page.getByRole('link', { name: 'L’accord', exact: true }).first().click();
    await page
      .getByTestId('accord-state')
      .filter({ hasText: `En vigueur jusqu’au ${shortDate(termEndsOn)}.` })
      .waitFor();

    // The résiliation asked by a réseau: a signatory and the failings, no date.
    await page.getByRole('button', { name: 'Enregistrer la demande de résiliation' }).click();
    await page.locator('#resiliation-signataire[aria-invalid="true"]').waitFor();
    await page.locator('#resiliation-signataire').selectOption({ label: 'FNARS Bourgogne-Franche-Comté' });
    await page.locator('#resiliation-motif').fill('Manquements répétés aux engagements de la fiche 4.');
    await page.getByRole('button', { name: 'Enregistrer la demande de résiliation' }).click();
    const { accord } = await product.graphql<AccordData>(accordQuery, {}, demoAccounts.pilotage);
    expect(accord).toMatchObject({ state: 'UNDER_NOTICE', termination: { receivedOn: today() } });
    const noticeEndsOn = shortDate(accord.termination!.noticeEndsOn);
    await page
      .getByRole('status')
      .filter({ hasText: `La demande de résiliation est enregistrée : le préavis court jusqu’au ${noticeEndsOn}.` })
      .waitFor();
    await page
      .getByTestId('accord-state')
      .filter({ hasText: `jusqu’au ${noticeEndsOn} (fin du préavis)` })
      .waitFor();
    const panel = page.getByTestId('accord-termination');
    await panel.getByText('FNARS Bourgogne-Franche-Comté').waitFor();
    await panel.getByRole('link', { name: shortDate(accord.termination!.extraordinaryMeeting!.heldOn) }).waitFor();
    await panel.getByText('La résiliation n’annule ni les conventions de coopération locale').waitFor();
    await maybeScreenshot(page, 'pilotage-accord-under-notice');

    // The État sees the notice, but may neither withdraw a réseau's request nor ask for another one.
    const etat = await pilotage.openAs('/accord', demoAccounts.etat);
    await etat.page.getByTestId('accord-termination').getByText('FNARS Bourgogne-Franche-Comté').waitFor();
    expect(await etat.page.getByRole('button', { name: 'Retirer la demande de résiliation' }).count()).toBe(0);
    expect(await etat.page.getByRole('heading', { name: 'Demander la résiliation de l’accord' }).count()).toBe(0);
    expect(etat.pageErrors).toEqual([]);
    await etat.close();

    // The comité withdraws it: in force again to its term, the withdrawn request kept in the history.
    await panel.getByRole('button', { name: 'Retirer la demande de résiliation' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'La demande de résiliation de FNARS Bourgogne-Franche-Comté est retirée' })
      .waitFor();
    await page
      .getByTestId('accord-state')
      .filter({ hasText: `En vigueur jusqu’au ${shortDate(termEndsOn)}.` })
      .waitFor();
    await page.getByTestId('accord-withdrawn').getByText('FNARS Bourgogne-Franche-Comté').waitFor();
    expect((await product.graphql<AccordData>(accordQuery, {}, demoAccounts.pilotage)).accord).toMatchObject({
      state: 'IN_FORCE',
      termination: null,
    });
    // Withdrawn before it met, the extraordinary comité is cancelled: no meeting left on its day.
    const meetingDay = accord.termination!.extraordinaryMeeting!.heldOn;
    const { steeringMeetings } = await product.graphql<{ steeringMeetings: { heldOn: string }[] }>(
      '{ steeringMeetings { heldOn } }',
      {},
      demoAccounts.pilotage,
    );
    expect(steeringMeetings.map((m) => m.heldOn)).not.toContain(meetingDay);
  });

  it('a working group of the comité: constituted, its meeting recorded, its proposal on a comité meeting’s agenda', async () => {
    const { product, page } = pilotage;
    await page.getByRole('link', { name: 'Groupes de travail', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Groupes de travail du comité de pilotage' }).waitFor();
    await page.getByText('Aucun groupe de travail n’est constitué.').waitFor();

    await page.getByRole('button', { name: 'Constituer le groupe' }).click();
    await page.getByText('Choisissez au moins une organisation membre.').first().waitFor();
    await page.locator('#groupe-nom').fill('Formation des salariés de l’IAE');
    await page.locator('#groupe-theme').fill('Accès à la formation pendant et en sortie de parcours');
    await page.locator('#groupe-fiche').fill('6');
    // DSFR checkboxes are drawn by their labels.
    await page.locator('label', { hasText: 'Comité de pilotage régional IAE Bourgogne-Franche-Comté' }).click();
    await page.locator('label', { hasText: 'DREETS Bourgogne-Franche-Comté (Service de l’État)' }).click();
    await page.getByRole('button', { name: 'Constituer le groupe' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Le groupe de travail « Formation des salariés de l’IAE » est constitué.' })
      .waitFor();
    const group = page.getByTestId('working-group');
    await group.getByText('DREETS Bourgogne-Franche-Comté').waitFor();

    const heldOn = new Date(Date.parse(`${today()}T12:00:00Z`) - 3 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('#reunion-groupe').selectOption({ label: 'Formation des salariés de l’IAE' });
    await page.locator('#reunion-date').fill(heldOn);
    await page.locator('#reunion-travaux').fill('Recensement des besoins de formation dans les SIAE.');
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `La réunion du ${shortDate(heldOn)} est enregistrée.` })
      .waitFor();

    // A comité meeting planned in a month (the extraordinary one of the résiliation above was cancelled with it).
    const planned = new Date(Date.parse(`${today()}T12:00:00Z`) + 35 * 86_400_000).toISOString().slice(0, 10);
    await product.graphql(
      'mutation ($input: SteeringMeetingInput!) { recordSteeringMeeting(input: $input) { id } }',
      { input: { heldOn: planned, agenda: 'Suivi des fiches de l’accord' } },
      demoAccounts.pilotage,
    );
    await page.locator('#proposition-groupe').selectOption({ label: 'Formation des salariés de l’IAE' });
    await page.locator('#proposition-intitule').fill('Expérimentation régionale');
    await page.locator('#proposition-texte').fill('Mobiliser les OPCA pour les salariés en parcours.');
    await page.getByRole('button', { name: 'Soumettre la proposition' }).click();
    const { workingGroups } = await product.graphql<{
      workingGroups: { proposals: { submittedOn: string; steeringMeeting: { heldOn: string } | null }[] }[];
    }>('{ workingGroups { proposals { submittedOn steeringMeeting { heldOn } } } }', {}, demoAccounts.pilotage);
    const [proposal] = workingGroups[0]!.proposals;
    expect(proposal!.submittedOn).toBe(today());
    // The comité planned above (a month ahead) is the first meeting whose documents can go out in time.
    expect(proposal!.steeringMeeting).toEqual({ heldOn: planned });
    const comite = shortDate(proposal!.steeringMeeting!.heldOn);
    await page
      .getByRole('status')
      .filter({ hasText: `elle est inscrite à l’ordre du jour du comité du ${comite}` })
      .waitFor();
    await page.getByTestId('working-group-proposals').getByRole('cell', { name: comite }).waitFor();
    await maybeScreenshot(page, 'pilotage-working-groups');
  });

  it('the état des lieux annuel (fiche 1) is downloaded as a PDF', async () => {
    const { page } = pilotage;
    await page.getByRole('link', { name: 'État des lieux annuel', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'État des lieux annuel de l’IAE' }).waitFor();
    const year = today().slice(0, 4);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Télécharger l’état des lieux ${year} (PDF)` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`etat-des-lieux-iae-${year}.pdf`);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
    await page
      .getByRole('status')
      .filter({ hasText: `L’état des lieux ${year} est téléchargé.` })
      .waitFor();
  });

  it('ran without an uncaught error', () => {
    expect(pilotage.pageErrors).toEqual([]);
  });
});

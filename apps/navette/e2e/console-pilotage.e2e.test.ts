// Console de pilotage: SIAE by département and kind (one aliased query), the CTA per employment area with their meetings
// of the year and the fiche 8 alerts, the live Parcours statistics (counts below 5 masked by the API, shown "< 5"), the
// indicators of annexe 1 (tables, filters in the URL, CSV and XLSX exports, charts with their figures in text), and
// the comité de pilotage: its meetings, the feuille de route and the avenants, recorded through the forms.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { maybeScreenshot } from './support/browser.ts';
import { type Product } from './support/product.ts';
import { useConsole } from './support/console.ts';
import { demoAccounts } from './support/session.ts';

const pilotage = useConsole();

const kinds = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'];

const statisticsQuery = `query ($departement: ID, $from: Date, $to: Date) {
  approvalStatistics(departement: $departement, from: $from, to: $to) {
    rows { departement { code name } siaeKind requests granted refused tacitlyGranted pending suspensions prolongations extensions }
    refusalsByReason { reason { code label } count }
  }
}`;

const counts = [
  'requests',
  'granted',
  'refused',
  'tacitlyGranted',
  'pending',
  'suspensions',
  'prolongations',
  'extensions',
] as const;

type StatisticsRow = { departement: { code: string; name: string }; siaeKind: string } & Record<
  (typeof counts)[number],
  number | null
>;

interface StatisticsData {
  approvalStatistics: {
    rows: StatisticsRow[];
    refusalsByReason: { reason: { code: string; label: string }; count: number | null }[];
  };
}

/** What a cell shows: the API masks counts below 5 (null). */
const count = (value: number | null) => (value === null ? '< 5' : new Intl.NumberFormat('fr-FR').format(value));

const sortedRows = (rows: StatisticsRow[]) =>
  [...rows].sort(
    (a, b) =>
      a.departement.code.localeCompare(b.departement.code) || kinds.indexOf(a.siaeKind) - kinds.indexOf(b.siaeKind),
  );

const expectedCells = (row: StatisticsRow) => [
  `${row.departement.name} (${row.departement.code})`,
  row.siaeKind,
  ...counts.map((field) => count(row[field])),
];

/** The cells of a table's body as they read on screen (text for screen readers only left out). */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('td, th')].map((cell) => {
        const shown = cell.cloneNode(true) as Element;
        for (const hidden of shown.querySelectorAll('.fr-sr-only')) hidden.remove();
        return (shown.textContent ?? '').trim();
      }),
    ),
  );
}

const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** One demande d'agrément, filed through the API the way it happens: prescription, acceptance, request. */
async function fileInitialRequest(product: Product): Promise<void> {
  const { prescripteur, siae } = demoAccounts;
  const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
    '{ viewer { organisation { id } } }',
    {},
    siae,
  );
  const { eligibilityCriteria } = await product.graphql<{ eligibilityCriteria: { code: string }[] }>(
    '{ eligibilityCriteria { code } }',
    {},
    prescripteur,
  );
  const { recordPerson } = await product.graphql<{ recordPerson: { id: string } }>(
    'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
    { input: { firstName: 'Lou', lastName: 'Bernard', birthDate: '1992-09-03' } },
    prescripteur,
  );
  const { diagnose } = await product.graphql<{ diagnose: { id: string } }>(
    'mutation ($input: DiagnosisInput!) { diagnose(input: $input) { id } }',
    { input: { personId: recordPerson.id, criteria: [eligibilityCriteria[0]!.code], diagnosedOn: today() } },
    prescripteur,
  );
  const { prescribe } = await product.graphql<{ prescribe: { id: string } }>(
    'mutation ($input: PrescriptionInput!) { prescribe(input: $input) { id } }',
    {
      input: {
        personId: recordPerson.id,
        diagnosisId: diagnose.id,
        siaeId: viewer.organisation.id,
        message: 'Candidature pour un poste en insertion.',
      },
    },
    prescripteur,
  );
  await product.graphql('mutation ($id: ID!) { acceptPrescription(id: $id) { id } }', { id: prescribe.id }, siae);
  await product.graphql(
    'mutation ($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }',
    { input: { kind: 'INITIAL', prescriptionId: prescribe.id, contractStartOn: today() } },
    siae,
  );
}

// Indicators: what the tables show for what the API answers (secret statistique: "< 5" for a masked count, "masqué"
// for a rate or hours computed from one), a row per département and a column per SIAE kind, no total.
interface IndicatorRow {
  departement: { code: string; name: string };
  siaeKind: string | null;
  value: number | null;
  people: number | null;
  masked: boolean;
}

interface Indicator {
  id: string;
  label: string;
  fiche: number | null;
  unit: string;
  source: string;
  definition: string;
  dimensions: string[];
  computable: boolean;
  note: string | null;
  rows: IndicatorRow[];
}

const indicatorsQuery = `query ($filter: IndicatorFilter) {
  indicators(filter: $filter) {
    id label fiche unit source definition dimensions computable note
    rows { departement { code name } siaeKind value people masked }
  }
}`;

interface Trend {
  note: string | null;
  points: { label: string; inProgress: boolean; value: number | null; people: number | null; masked: boolean }[];
}

const trendQuery = `query ($id: ID!, $quarters: Int) {
  indicatorTrend(id: $id, quarters: $quarters) { note points { label inProgress value people masked } }
}`;

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

function shownFigure(
  unit: string,
  measure: 'value' | 'people',
  figures: { value: number | null; people: number | null; masked: boolean } | undefined,
): string {
  if (!figures) return '–';
  const value = figures[measure];
  const isCount = measure === 'people' || unit === 'COUNT' || unit === 'LIST';
  if (value !== null) {
    if (isCount) return integer.format(value);
    return unit === 'PERCENT' ? `${decimal.format(value)}\u00a0%` : decimal.format(value);
  }
  if (figures.masked) return isCount ? '< 5' : 'masqué';
  return 'sans objet';
}

function expectedTable(indicator: Indicator): string[][] {
  const byKind = indicator.dimensions.includes('SIAE_KIND') && indicator.rows.some((row) => row.siaeKind);
  const measures = indicator.unit === 'HOURS_AND_PEOPLE' ? (['value', 'people'] as const) : (['value'] as const);
  const columns = byKind ? kinds.filter((kind) => indicator.rows.some((row) => row.siaeKind === kind)) : [null];
  const departements = [...new Map(indicator.rows.map((row) => [row.departement.code, row.departement])).values()].sort(
    (a, b) => a.code.localeCompare(b.code),
  );
  return departements.map((departement) => [
    `${departement.name} (${departement.code})`,
    ...columns.flatMap((kind) =>
      measures.map((measure) =>
        shownFigure(
          indicator.unit,
          measure,
          indicator.rows.find((row) => row.departement.code === departement.code && (!byKind || row.siaeKind === kind)),
        ),
      ),
    ),
  ]);
}

function expectedTrend(trend: Trend, unit: string): string[][] {
  const measures = unit === 'HOURS_AND_PEOPLE' ? (['value', 'people'] as const) : (['value'] as const);
  return trend.points.map((point) => [
    `${point.label}${point.inProgress ? ' (en cours)' : ''}`,
    ...measures.map((measure) => shownFigure(unit, measure, point)),
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function waitForIndicators(page: Page): Promise<void> {
  await page.locator('[data-testid="indicators"][aria-busy="false"] article').first().waitFor();
}

/** Every indicator on the page: its label, definition and source; its table, or who provides it. */
async function expectIndicatorsAsTheApiSays(page: Page, indicators: Indicator[]): Promise<void> {
  expect(await page.locator('[data-testid="indicators"] article').count()).toBe(indicators.length);
  for (const indicator of indicators) {
    const article = page.getByTestId(`indicator-${indicator.id}`);
    expect((await article.locator('h3').innerText()).trim()).toBe(indicator.label);
    const text = await article.innerText();
    expect(text).toContain(indicator.definition);
    expect(text).toContain(indicator.source);
    if (!indicator.computable) {
      // Indicators a provider may enter (issue 18 §6) add that no figure was entered yet for the period.
      expect(text).toMatch(
        new RegExp(
          `La plateforme ne calcule pas cet indicateur : il est fourni par ${escapeRegExp(indicator.source)}(, qui n’a pas encore saisi de chiffre pour cette période)?\\.`,
        ),
      );
      expect(await article.locator('table').count()).toBe(0);
    } else if (indicator.rows.length === 0) {
      expect(text).toContain('Aucun chiffre pour ce territoire et cette période.');
    } else {
      expect(await tableRows(article.locator('table')), indicator.id).toEqual(expectedTable(indicator));
    }
  }
}

// CTA: what the console says of each CTA's year, from what the API checked (ctaMeetingsDue, fiche 8).
interface CtaMeetingsDue {
  missingQuarters: number[];
  yearEndMeetingWithSiaeHeads: boolean;
  compliant: boolean;
  quarters: { quarter: number; label: string; from: string; meetings: number; over: boolean }[];
  cta: { id: string; name: string; meetings: { id: string }[] };
}

const ctaMeetingsDueQuery = `query ($year: Int!, $departement: ID) {
  ctaMeetingsDue(year: $year, departement: $departement) {
    missingQuarters yearEndMeetingWithSiaeHeads compliant
    quarters { quarter label from meetings over }
    cta { id name meetings(year: $year) { id } }
  }
}`;

const joinLabels = (labels: string[]) =>
  labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} et ${labels.at(-1)}`;

function ctaYear(due: CtaMeetingsDue) {
  const missing = due.quarters.filter((q) => due.missingQuarters.includes(q.quarter));
  const missed = missing.filter((q) => q.over).map((q) => q.label);
  const pending = missing.filter((q) => !q.over).map((q) => q.label);
  const fourthOver = due.quarters.find((q) => q.quarter === 4)?.over ?? false;
  const yearEnd = due.yearEndMeetingWithSiaeHeads ? 'held' : fourthOver ? 'missed' : 'pending';
  return { missed, pending, yearEnd };
}

function followUpStatus(due: CtaMeetingsDue): string {
  if (due.compliant) return 'Conforme';
  const { missed, yearEnd } = ctaYear(due);
  return missed.length > 0 || yearEnd === 'missed' ? 'Non conforme' : 'À suivre';
}

function expectedCtaAlerts(due: CtaMeetingsDue): string {
  const { missed, pending, yearEnd } = ctaYear(due);
  return [
    missed.length > 0 &&
      `Trimestres sans réunion : Aucune réunion pendant ${joinLabels(missed)}, alors que le CTA se réunit chaque trimestre.`,
    yearEnd === 'missed' &&
      'Réunion de fin d’année sans les responsables de SIAE : La dernière réunion de l’année, au 4e trimestre, devait inviter les responsables des SIAE pour faire le bilan et préparer l’année suivante.',
    pending.length > 0 && `Pas encore de réunion pour ${joinLabels(pending)}.`,
    yearEnd === 'pending' && 'La réunion de fin d’année avec les responsables des SIAE reste à tenir au 4e trimestre.',
  ]
    .filter(Boolean)
    .join(' ');
}

function quarterStateText(quarter: CtaMeetingsDue['quarters'][number]): string {
  if (quarter.meetings > 0) return 'Réunion tenue';
  if (quarter.over) return 'Aucune réunion';
  return quarter.from <= today() ? 'Trimestre en cours' : 'À venir';
}

// Comité de pilotage, feuille de route, avenants.
interface SteeringData {
  steeringMeetings: {
    heldOn: string;
    agenda: string;
    documentsSentOn: string | null;
    documentsOnTime: boolean | null;
    minutes: string | null;
  }[];
  steeringMeetingsShortfall: number;
}

const steeringQuery = `query ($year: Int!) {
  steeringMeetings(year: $year) { heldOn agenda documentsSentOn documentsOnTime minutes }
  steeringMeetingsShortfall(year: $year)
}`;

function steeringRow(meeting: SteeringData['steeringMeetings'][number]): string[] {
  const documents =
    meeting.documentsOnTime === true
      ? 'Envoyés à temps'
      : meeting.documentsOnTime === false
        ? meeting.documentsSentOn
          ? 'Envoyés en retard'
          : 'Non envoyés, délai dépassé'
        : 'Pas encore envoyés';
  return [
    shortDate(meeting.heldOn),
    meeting.agenda,
    `${documents}${meeting.documentsSentOn ? `Envoyés le ${shortDate(meeting.documentsSentOn)}` : ''}`,
    meeting.minutes ?? 'Pas encore de compte rendu',
    'Compléter',
  ];
}

interface RoadmapAction {
  fiche: number | null;
  action: string;
  owner: string;
  duePeriod: string;
  status: string;
  statusLabel: string;
}

const roadmapQuery = `query ($year: Int!) { roadmap(year: $year) { fiche action owner duePeriod status statusLabel } }`;

const roadmapRow = (action: RoadmapAction) => [
  action.fiche === null ? 'Hors fiche' : `Fiche ${action.fiche}`,
  action.action,
  action.owner,
  action.duePeriod,
  action.statusLabel,
  'Modifier',
];

interface Amendment {
  signedOn: string;
  title: string;
  summary: string;
}

const amendmentsQuery = '{ amendments { signedOn title summary } }';

/** "05/03/2026". */
const shortDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** "lundi 30 novembre 2026". */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${iso}T00:00:00Z`));

/** The French message of the API's refusal of a request (which must fail). */
async function apiErrorMessage(request: Promise<unknown>): Promise<string> {
  const error = await request.then(
    () => {
      throw new Error('the API accepted a request it should refuse');
    },
    (e: Error) => e,
  );
  const errors = JSON.parse(error.message.replace(/^GraphQL error: /, '')) as { message: string }[];
  return errors[0]!.message;
}

describe('Console de pilotage', () => {
  it('shows the number of SIAE by kind for the Doubs and the region, as the API counts them', async () => {
    const { product, page } = pilotage;
    const counts = await product.graphql<Record<string, { totalCount: number }>>(
      `{ total: siaes(first: 1) { totalCount } doubs: siaes(first: 1, filter: { departement: "25" }) { totalCount } ${kinds
        .map((k) => `${k}: siaes(first: 1, filter: { departement: "25", kind: ${k} }) { totalCount }`)
        .join(' ')} }`,
    );

    await pilotage.signIn('/structures', demoAccounts.pilotage);
    await page.locator('table tbody tr').first().waitFor();
    await expect.poll(() => page.title()).toBe('SIAE par département et par type – Console de pilotage – Navette');
    const rows = await page
      .locator('table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td, th')].map((c) => (c.textContent ?? '').trim())),
      );
    expect(rows).toHaveLength(9);
    const doubs = rows.find((r) => r[0] === 'Doubs (25)');
    expect(doubs).toEqual([
      'Doubs (25)',
      ...kinds.map((k) => String(counts[k]!.totalCount)),
      String(counts.doubs!.totalCount),
    ]);
    const region = rows.at(-1)!;
    expect([region[0], region.at(-1)]).toEqual(['Bourgogne-Franche-Comté', String(counts.total!.totalCount)]);
    await maybeScreenshot(page, 'pilotage-counts');
  });

  it('lists the CTA per employment area, narrowed to a département', async () => {
    const { product, page } = pilotage;
    const { ctas } = await product.graphql<{ ctas: { name: string }[] }>('{ ctas(departement: "25") { name } }');
    await page.getByRole('link', { name: 'CTA par bassin d’emploi' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Comités techniques d’animation par bassin d’emploi' }).waitFor();
    await page.locator('#cta-departement option[value="25"]').waitFor({ state: 'attached' });
    await page.locator('#cta-departement').selectOption('25');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/departement=25/);
    await page.getByRole('heading', { level: 2, name: `${ctas.length} CTA` }).waitFor();
    const names = await page.getByTestId('cta-summary').locator('tbody tr th[scope="row"]').allInnerTexts();
    expect(names.map((n) => n.trim()).sort()).toEqual(ctas.map((c) => c.name).sort());
    await maybeScreenshot(page, 'pilotage-ctas');
  });

  it('shows each CTA’s meetings of the year and the fiche 8 alerts as the API checks them', async () => {
    const { product, page } = pilotage;
    const year = Number(today().slice(0, 4));
    // The agence that leads a CTA records its meetings (fiche 8: Pôle emploi organises the CTA).
    const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
      '{ viewer { organisation { id } } }',
      {},
      demoAccounts.agence,
    );
    const { ctas } = await product.graphql<{ ctas: { id: string; name: string; ledBy: { id: string } }[] }>(
      '{ ctas(departement: "25") { id name ledBy { id } } }',
      {},
      demoAccounts.agence,
    );
    const led = ctas.find((cta) => cta.ledBy.id === viewer.organisation.id)!;
    expect(led).toBeDefined();
    const meeting = {
      ctaId: led.id,
      heldOn: today(),
      agenda: 'Besoins en recrutement des SIAE\nPasserelles entre structures',
      participants: 'Pôle emploi Besançon\nDDETS Doubs\nRéseau des SIAE',
      siaeHeadsInvited: false,
      minutes: 'Deux passerelles identifiées.',
      minutesSentToCdiaeOn: today(),
    };
    await product.graphql(
      'mutation ($input: CtaMeetingInput!) { recordCtaMeeting(input: $input) { id } }',
      { input: meeting },
      demoAccounts.agence,
    );
    const { ctaMeetingsDue } = await product.graphql<{ ctaMeetingsDue: CtaMeetingsDue[] }>(ctaMeetingsDueQuery, {
      year,
      departement: '25',
    });

    await page.goto(`${product.url}/pilotage/cta?departement=25&annee=${year}`);
    await page.getByRole('heading', { level: 2, name: `${ctaMeetingsDue.length} CTA` }).waitFor();
    const summary = await tableRows(page.getByTestId('cta-summary'));
    expect(summary.map((row) => [row[2], row[4], row[5]]).sort()).toEqual(
      ctaMeetingsDue.map((due) => [due.cta.name, String(due.cta.meetings.length), followUpStatus(due)]).sort(),
    );

    for (const due of ctaMeetingsDue) {
      const section = page.getByTestId(`cta-${due.cta.id}`);
      expect(await tableRows(section.getByTestId('cta-quarters'))).toEqual(
        due.quarters.map((q) => [q.label, String(q.meetings), quarterStateText(q)]),
      );
      const alerts = (await section.getByTestId('cta-alerts').innerText()).replace(/\s+/g, ' ').trim();
      expect(alerts).toBe(expectedCtaAlerts(due));
    }

    const section = page.getByTestId(`cta-${led.id}`);
    const shown = (await section.getByTestId('cta-meetings').innerText()).replace(/\s+/g, ' ');
    for (const text of [
      `Réunion du ${longDate(meeting.heldOn)}`,
      'Besoins en recrutement des SIAE Passerelles entre structures',
      'Pôle emploi Besançon DDETS Doubs Réseau des SIAE',
      'Responsables de SIAE invités Non',
      'Deux passerelles identifiées.',
      `Transmis au CDIAE Le ${shortDate(meeting.minutesSentToCdiaeOn)}`,
    ])
      expect(shown).toContain(text);
    // The meeting counts for its quarter, and the year-end meeting with the SIAE heads is still due.
    expect(ctaMeetingsDue.find((due) => due.cta.id === led.id)!.yearEndMeetingWithSiaeHeads).toBe(false);
    await maybeScreenshot(page, 'pilotage-cta-meetings');
  });

  it('shows the Parcours statistics as the API counts them, masked counts as "< 5" with their explanation', async () => {
    const { product, page } = pilotage;
    // The demo data holds no demande d'agrément: file one, so that the table has a row (and a masked count).
    await fileInitialRequest(product);
    const { approvalStatistics } = await product.graphql<StatisticsData>(statisticsQuery);
    expect(approvalStatistics.rows.length).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Parcours' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Parcours : demandes d’agrément et décisions' }).waitFor();
    await expect.poll(() => page.title()).toBe('Parcours : agréments et décisions – Console de pilotage – Navette');
    const table = page.getByTestId('parcours-statistics');
    await table.waitFor();
    expect(await tableRows(table)).toEqual(sortedRows(approvalStatistics.rows).map(expectedCells));
    expect(await page.locator('main').innerText()).toContain(
      'tout effectif inférieur à 5 est masqué et affiché « < 5 »',
    );
    if (approvalStatistics.refusalsByReason.length === 0) {
      await page.getByText('Aucun refus d’agrément sur ce territoire et cette période.').waitFor();
    } else {
      expect(await tableRows(page.getByTestId('parcours-refusals'))).toEqual(
        approvalStatistics.refusalsByReason.map((r) => [r.reason.label, count(r.count)]),
      );
    }
    await maybeScreenshot(page, 'pilotage-parcours');
  });

  it('narrows the Parcours statistics to a département and a whole period kept in the URL', async () => {
    const { product, page } = pilotage;
    const year = Number(today().slice(0, 4));
    const { approvalStatistics } = await product.graphql<StatisticsData>(statisticsQuery, {
      departement: '25',
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    await page.locator('#parcours-departement option[value="25"]').waitFor({ state: 'attached' });
    await page.locator('#parcours-departement').selectOption('25');
    // Whole years, quarters and months only (secret statistique): a list, no dates of one's choosing.
    await page.locator('#parcours-periode').selectOption(String(year));
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(new RegExp(`departement=25&periode=${year}`));
    await page.getByRole('heading', { level: 2, name: new RegExp(`Doubs \\(25\\), année ${year}`) }).waitFor();
    await page.locator('section[aria-busy="false"]').waitFor();
    if (approvalStatistics.rows.length === 0) {
      await page.getByText('Aucune demande d’agrément sur ce territoire et cette période.').waitFor();
    } else {
      await expect
        .poll(() => tableRows(page.getByTestId('parcours-statistics')))
        .toEqual(sortedRows(approvalStatistics.rows).map(expectedCells));
    }
    // The API refuses two dates of one's choosing for the region.
    await expect(product.graphql(statisticsQuery, { from: `${year}-01-01`, to: `${year}-03-30` })).rejects.toThrow(
      /PERIOD_NOT_PUBLISHED/,
    );
  });

  it('lists every indicator of the accord by fiche, each computed one as the API computes it, "< 5" when masked', async () => {
    const { product, page } = pilotage;
    const year = Number(today().slice(0, 4));
    const { indicators } = await product.graphql<{ indicators: Indicator[] }>(indicatorsQuery, {
      filter: { from: `${year}-01-01`, to: `${year}-12-31` },
    });
    // The demo data has fewer than 5 habilitated prescribers per département: organisations, which identify nobody,
    // published as they are (secret statistique: counts of people only, docs/security.md).
    const prescribers = indicators.find((i) => i.id === 'F2_HABILITATED_PRESCRIBERS_LIST')!;
    expect(prescribers.rows.some((row) => row.value !== null && row.value >= 1 && row.value <= 4)).toBe(true);
    expect(prescribers.rows.every((row) => !row.masked)).toBe(true);

    await page.getByRole('link', { name: 'Indicateurs', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Indicateurs de suivi de l’accord régional' }).waitFor();
    await expect.poll(() => page.title()).toBe('Indicateurs de suivi de l’accord – Console de pilotage – Navette');
    await waitForIndicators(page);
    expect(await page.getByTestId('indicators-scope').innerText()).toContain(`Bourgogne-Franche-Comté, année ${year}`);
    expect(await page.locator('main').innerText()).toContain(
      'tout effectif inférieur à 5 est masqué et affiché « < 5 »',
    );
    // One section per fiche, in order, the articles of the accord last.
    const fiches = [...new Set(indicators.map((i) => i.fiche))].sort((a, b) => (a ?? 99) - (b ?? 99));
    expect(await page.locator('[data-testid="indicators"] section > h2').allInnerTexts()).toHaveLength(fiches.length);

    await expectIndicatorsAsTheApiSays(page, indicators);
    expect(
      await tableRows(page.getByTestId('indicator-F2_HABILITATED_PRESCRIBERS_LIST').locator('table')),
    ).not.toContainEqual(expect.arrayContaining(['< 5']));
    await maybeScreenshot(page, 'pilotage-indicators');
  });

  it('exports an indicator’s table as CSV and XLSX, named after it and the period, with the figures shown', async () => {
    const { product, page } = pilotage;
    const year = Number(today().slice(0, 4));
    const { indicators } = await product.graphql<{ indicators: Indicator[] }>(indicatorsQuery, {
      filter: { from: `${year}-01-01`, to: `${year}-12-31` },
    });
    const indicator = indicators.find((i) => i.id === 'F2_HABILITATED_PRESCRIBERS_LIST')!;
    const period = `${year}-12-31` > today() ? `${year}-au-${today()}` : String(year);
    const article = page.getByTestId(`indicator-${indicator.id}`);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      article.getByRole('button', { name: /^Télécharger en CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`listes-departementales-actualisees-des-prescripteurs_${period}.csv`);
    const content = await readFile(await csv.path(), 'utf8');
    const rows = [...indicator.rows].sort((a, b) => a.departement.code.localeCompare(b.departement.code));
    expect(content).toBe(
      `\uFEFF${[
        'Code département;Département;Nombre',
        ...rows.map((row) => `${row.departement.code};${row.departement.name};${row.masked ? '< 5' : row.value}`),
      ].join('\r\n')}\r\n`,
    );
    expect(content).not.toContain(';< 5');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      article.getByRole('button', { name: /^Télécharger en XLSX/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`listes-departementales-actualisees-des-prescripteurs_${period}.xlsx`);
    // An XLSX file is a zip archive.
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('narrows the indicators to a département, a SIAE kind and a quarter kept in the URL', async () => {
    const { product, page } = pilotage;
    const year = Number(today().slice(0, 4));
    const filter = { departement: '25', siaeKind: 'ACI', from: `${year}-01-01`, to: `${year}-03-31` };
    const { indicators } = await product.graphql<{ indicators: Indicator[] }>(indicatorsQuery, { filter });

    await page.locator('#indicateurs-departement option[value="25"]').waitFor({ state: 'attached' });
    await page.locator('#indicateurs-departement').selectOption('25');
    await page.locator('#indicateurs-type').selectOption('ACI');
    // DSFR draws the radio over its input, with the label on top: the label takes the click.
    await page.getByRole('radio', { name: 'Trimestre' }).check({ force: true });
    await page.locator('#indicateurs-annee').selectOption(String(year));
    await page.locator('#indicateurs-trimestre').selectOption('1');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(new RegExp(`departement=25&type=ACI&periode=${year}-T1`));
    await expect
      .poll(() => page.getByTestId('indicators-scope').innerText())
      .toContain(`Doubs (25), ACI, 1er trimestre ${year}`);
    await waitForIndicators(page);
    await expectIndicatorsAsTheApiSays(page, indicators);

    // A month that has not begun is refused before anything is sent, the error next to its field.
    await page.getByRole('radio', { name: 'Mois' }).check({ force: true });
    await page.locator('#indicateurs-annee').selectOption(String(year));
    await page.locator('#indicateurs-mois').selectOption('12');
    await page.getByRole('button', { name: 'Afficher' }).click();
    if (today() < `${year}-12-01`) {
      await page.getByRole('alert').filter({ hasText: 'Les filtres contiennent des erreurs' }).waitFor();
      // In the summary and next to the field.
      await expect.poll(() => page.getByText(/Le mois de décembre .* n’a pas encore commencé/).count()).toBe(2);
      expect(page.url()).toContain(`periode=${year}-T1`);
    } else {
      await page.waitForURL(new RegExp(`periode=${year}-12`));
    }
  });

  it('charts an indicator by quarter and between départements, with the same figures in text', async () => {
    const { product, page } = pilotage;
    const id = 'F8_CTA_MEETINGS';
    const year = Number(today().slice(0, 4));
    const trendOf = (quarters: number) =>
      product.graphql<{ indicatorTrend: Trend }>(trendQuery, { id, quarters }).then((data) => data.indicatorTrend);
    const { indicators } = await product.graphql<{ indicators: Indicator[] }>(indicatorsQuery, {
      filter: { from: `${year}-01-01`, to: `${year}-12-31` },
    });
    const indicator = indicators.find((i) => i.id === id)!;
    expect(indicator.rows.length).toBeGreaterThan(0);

    await page.goto(`${product.url}/pilotage/indicateurs?periode=${year}`);
    await waitForIndicators(page);
    await page
      .getByTestId(`indicator-${id}`)
      .getByRole('link', { name: /^Graphiques et évolution/ })
      .click();
    await page.waitForURL(new RegExp(`/pilotage/indicateurs/${id}\\?periode=${year}`));
    await page.getByRole('heading', { level: 1, name: indicator.label }).waitFor();
    await expect.poll(() => page.title()).toBe(`${indicator.label} – Console de pilotage – Navette`);

    // The comparison between départements: the bars are drawn from the table, the figures given as a list too.
    const table = page.locator('[data-testid="table-indicateur"]');
    await table.waitFor();
    expect(await tableRows(table)).toEqual(expectedTable(indicator));
    await page.getByTestId('departement-chart').locator('svg.recharts-surface').first().waitFor();
    expect(await page.getByTestId('departement-chart-alternative').locator('li').allTextContents()).toEqual(
      expectedTable(indicator).map(([departement, value]) => `${departement} : ${value}`),
    );

    // The trend: a line of the last 8 quarters, and the same figures in a table.
    let trend = await trendOf(8);
    await page.getByTestId('trend-chart').locator('svg.recharts-surface').first().waitFor();
    expect(await tableRows(page.getByTestId('trend-table'))).toEqual(expectedTrend(trend, indicator.unit));
    expect(trend.points).toHaveLength(8);

    await page.locator('#evolution-trimestres').selectOption('4');
    await page.getByRole('button', { name: 'Afficher' }).last().click();
    await page.waitForURL(/trimestres=4/);
    trend = await trendOf(4);
    await expect.poll(() => tableRows(page.getByTestId('trend-table'))).toEqual(expectedTrend(trend, indicator.unit));
    await maybeScreenshot(page, 'pilotage-indicator-charts');
  });

  it('records a meeting of the comité de pilotage, with the shortfall and the documents’ timing the API judges', async () => {
    const { product, page } = pilotage;
    const year = Number(today().slice(0, 4));
    // One meeting already recorded this year, its documents sent the same day (late: article 3 asks for 10 days).
    await product.graphql('mutation ($input: SteeringMeetingInput!) { recordSteeringMeeting(input: $input) { id } }', {
      input: { heldOn: today(), agenda: 'Bilan de l’accord', documentsSentOn: today() },
    });
    const before = await product.graphql<SteeringData>(steeringQuery, { year });
    expect(before.steeringMeetingsShortfall).toBe(1);

    await page.getByRole('link', { name: 'Comité de pilotage', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Réunions du comité de pilotage régional' }).waitFor();
    await page.getByRole('heading', { level: 2, name: `1 réunion en ${year}` }).waitFor();
    expect(await page.getByTestId('steering-shortfall').innerText()).toContain(
      `Il manque 1 réunion en ${year} pour atteindre les 2 réunions annuelles`,
    );
    expect(await tableRows(page.getByTestId('steering-meetings'))).toEqual(before.steeringMeetings.map(steeringRow));

    // An empty form is refused before anything is sent.
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await page.getByRole('alert').filter({ hasText: 'Le formulaire contient 2 erreurs' }).waitFor();
    // Correcting a field: the summary shrinks as the user types, and the keystrokes stay in the field.
    await page.getByRole('link', { name: 'Saisissez l’ordre du jour.' }).click();
    await page.keyboard.type('Bilan');
    expect(await page.locator('#reunion-ordre-du-jour').inputValue()).toBe('Bilan');
    await page.getByRole('alert').filter({ hasText: 'Le formulaire contient 1 erreur' }).waitFor();

    // A second meeting, planned at the end of the year, its documents sent today.
    const heldOn = today() < `${year}-12-31` ? `${year}-12-31` : `${year}-12-30`;
    await page.locator('#reunion-date').fill(heldOn);
    await page.locator('#reunion-ordre-du-jour').fill('Feuille de route de l’année suivante');
    if (today() <= heldOn) await page.locator('#reunion-envoi-documents').fill(today());
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `La réunion du ${longDate(heldOn)} est enregistrée.` })
      .waitFor();
    const after = await product.graphql<SteeringData>(steeringQuery, { year });
    expect(after.steeringMeetings).toHaveLength(2);
    await page.getByRole('heading', { level: 2, name: `2 réunions en ${year}` }).waitFor();
    expect(await tableRows(page.getByTestId('steering-meetings'))).toEqual(after.steeringMeetings.map(steeringRow));
    expect(after.steeringMeetingsShortfall).toBe(0);
    expect(await page.getByTestId('steering-shortfall').innerText()).toContain(
      `Les 2 réunions annuelles prévues par l’article 3 de l’accord sont atteintes en ${year}.`,
    );
    expect(await page.locator('#reunion-ordre-du-jour').inputValue()).toBe('');

    // Another meeting the same day: the API refuses it; its French message is shown and what was typed stays.
    const conflict = { heldOn, agenda: 'Une autre réunion le même jour' };
    const message = await apiErrorMessage(
      product.graphql('mutation ($input: SteeringMeetingInput!) { recordSteeringMeeting(input: $input) { id } }', {
        input: conflict,
      }),
    );
    await page.locator('#reunion-date').fill(conflict.heldOn);
    await page.locator('#reunion-ordre-du-jour').fill(conflict.agenda);
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    const alert = page.getByTestId('api-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(message);
    expect(message).toContain('Une autre réunion du comité de pilotage est déjà enregistrée');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('api-error');
    expect(await page.locator('#reunion-date').inputValue()).toBe(conflict.heldOn);
    expect(await page.locator('#reunion-ordre-du-jour').inputValue()).toBe(conflict.agenda);
    await maybeScreenshot(page, 'pilotage-steering');
  });

  it('completes a meeting held today with its minutes, the form filled with what was recorded', async () => {
    const { product, page } = pilotage;
    const year = Number(today().slice(0, 4));
    await page.getByRole('button', { name: `Compléter la réunion du ${shortDate(today())}` }).click();
    const heading = page.getByRole('heading', { level: 2, name: `Compléter la réunion du ${longDate(today())}` });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('enregistrer-reunion');
    expect(await page.locator('#reunion-date').inputValue()).toBe(today());
    expect(await page.locator('#reunion-ordre-du-jour').inputValue()).toBe('Bilan de l’accord');
    await page.locator('#reunion-compte-rendu').fill('Bilan adopté ; prochaine réunion en décembre.');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `La réunion du ${longDate(today())} est mise à jour.` })
      .waitFor();
    const after = await product.graphql<SteeringData>(steeringQuery, { year });
    const completed = after.steeringMeetings.find((m) => m.heldOn === today());
    expect(completed?.minutes).toBe('Bilan adopté ; prochaine réunion en décembre.');
    expect(await tableRows(page.getByTestId('steering-meetings'))).toEqual(after.steeringMeetings.map(steeringRow));
    // Back to a new meeting, the form empty.
    await page.getByRole('heading', { level: 2, name: 'Enregistrer une réunion' }).waitFor();
    expect(await page.locator('#reunion-compte-rendu').inputValue()).toBe('');
  });

  it('adds an action to the feuille de route and updates its status', async () => {
    const { product, page } = pilotage;
    const year = Number(today().slice(0, 4));
    const roadmapOf = () => product.graphql<{ roadmap: RoadmapAction[] }>(roadmapQuery, { year });
    expect((await roadmapOf()).roadmap).toEqual([]);

    await page.getByRole('link', { name: 'Feuille de route', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: `Feuille de route ${year}` }).waitFor();
    await page.getByText(`Aucune action n’est inscrite à la feuille de route ${year}.`).waitFor();

    const action = 'Organiser un CTA sur chaque territoire de la région';
    await page.locator('#action-fiche').selectOption('8');
    await page.locator('#action-intitule').fill(action);
    await page.locator('#action-pilote').fill('Pôle emploi');
    await page.locator('#action-echeance').fill(`premier semestre ${year}`);
    await page.getByRole('button', { name: 'Ajouter l’action' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `L’action « ${action} » est ajoutée à la feuille de route.` })
      .waitFor();
    let { roadmap } = await roadmapOf();
    expect(roadmap).toMatchObject([{ fiche: 8, action, owner: 'Pôle emploi', status: 'PLANNED' }]);
    await expect.poll(() => tableRows(page.getByTestId('roadmap'))).toEqual(roadmap.map(roadmapRow));

    // A pilote too long for the API: its French message, and the form keeps what was typed.
    await page.getByRole('button', { name: `Modifier l’action « ${action} »` }).click();
    await page.getByRole('heading', { level: 2, name: 'Modifier l’action' }).waitFor();
    expect(await page.locator('#action-intitule').inputValue()).toBe(action);
    const tooLong = 'P'.repeat(301);
    await page.locator('#action-pilote').fill(tooLong);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByTestId('api-error').filter({ hasText: 'Pilote de l’action : 300 caractères au plus.' }).waitFor();
    expect(await page.locator('#action-pilote').inputValue()).toBe(tooLong);

    await page.locator('#action-pilote').fill('Pôle emploi et réseaux IAE');
    await page.locator('#action-statut').selectOption('IN_PROGRESS');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `L’action « ${action} » est mise à jour.` })
      .waitFor();
    ({ roadmap } = await roadmapOf());
    expect(roadmap).toMatchObject([{ action, owner: 'Pôle emploi et réseaux IAE', status: 'IN_PROGRESS' }]);
    await expect.poll(() => tableRows(page.getByTestId('roadmap'))).toEqual(roadmap.map(roadmapRow));
    await maybeScreenshot(page, 'pilotage-roadmap');
  });

  it('records an avenant, the API’s refusal shown with what was typed kept, then corrects it', async () => {
    const { product, page } = pilotage;
    const amendmentsOf = () => product.graphql<{ amendments: Amendment[] }>(amendmentsQuery);
    expect((await amendmentsOf()).amendments).toEqual([]);
    await page.getByRole('link', { name: 'Avenants', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Avenants à l’accord régional' }).waitFor();
    await page.getByText('Aucun avenant à l’accord n’est enregistré.').waitFor();

    const amendment = { signedOn: '2016-01-15', title: 'Avenant n° 1', summary: 'Prolongation de l’accord.' };
    const message = await apiErrorMessage(
      product.graphql('mutation ($input: AmendmentInput!) { recordAmendment(input: $input) { id } }', {
        input: amendment,
      }),
    );
    await page.locator('#avenant-date').fill(amendment.signedOn);
    await page.locator('#avenant-intitule').fill(amendment.title);
    await page.locator('#avenant-objet').fill(amendment.summary);
    await page.getByRole('button', { name: 'Enregistrer l’avenant' }).click();
    await page.getByTestId('api-error').filter({ hasText: message }).waitFor();
    expect(message).toContain('ne peut pas précéder la signature de l’accord');
    expect(await page.locator('#avenant-intitule').inputValue()).toBe(amendment.title);
    expect(await page.locator('#avenant-objet').inputValue()).toBe(amendment.summary);

    await page.locator('#avenant-date').fill('2018-06-15');
    await page.getByRole('button', { name: 'Enregistrer l’avenant' }).click();
    await page.getByRole('status').filter({ hasText: 'L’avenant « Avenant n° 1 » est enregistré.' }).waitFor();
    const { amendments } = await amendmentsOf();
    expect(amendments).toMatchObject([{ signedOn: '2018-06-15', ...{ title: amendment.title } }]);
    await expect
      .poll(() => tableRows(page.getByTestId('amendments')))
      .toEqual(amendments.map((a) => [shortDate(a.signedOn), a.title, a.summary, 'Corriger']));
    await maybeScreenshot(page, 'pilotage-amendments');

    // A mistake in its object is corrected from the list, the form filled with what was recorded.
    await page.getByRole('button', { name: 'Corriger l’avenant « Avenant n° 1 »' }).click();
    await page.getByRole('heading', { level: 2, name: 'Corriger l’avenant « Avenant n° 1 »' }).waitFor();
    expect(await page.locator('#avenant-date').inputValue()).toBe('2018-06-15');
    await page.locator('#avenant-objet').fill('Prolongation de l’accord jusqu’au 31/12/2019.');
    await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await page.getByRole('status').filter({ hasText: 'L’avenant « Avenant n° 1 » est corrigé.' }).waitFor();
    const corrected = (await amendmentsOf()).amendments;
    expect(corrected).toEqual([
      { signedOn: '2018-06-15', title: 'Avenant n° 1', summary: 'Prolongation de l’accord jusqu’au 31/12/2019.' },
    ]);
    await expect
      .poll(() => tableRows(page.getByTestId('amendments')))
      .toEqual(corrected.map((a) => [shortDate(a.signedOn), a.title, a.summary, 'Corriger']));
    await page.getByRole('heading', { level: 2, name: 'Enregistrer un avenant' }).waitFor();
  });

  it('ran without an uncaught error', () => {
    const { pageErrors } = pilotage;
    expect(pageErrors).toEqual([]);
  });
});

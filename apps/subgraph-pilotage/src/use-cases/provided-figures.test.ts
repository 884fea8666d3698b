// Figures the platform does not hold (issue 18 §6; accord, annexe 1, "Fournisseurs des indicateurs") on a real
// PostgreSQL: entered or imported by the comité, the État of the département or an administrator, append-only
// (a correction is the cell's next version), all or nothing for a file, the same file twice or twenty times at once
// one set of rows; shown in the indicator table with their provenance. The clock is fixed on Monday 23 November 2026.
import type { UserPrincipal } from '@navette/auth';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { clockAt, newUserIn, principalOf, refusalOf, retriedWhileUnavailable } from '@navette/subgraph-server/testing';
import { MAX_PROVIDED_CSV_CHARACTERS } from '@navette/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { computeIndicators } from '../services/indicators.js';
import { listProvidedFigures, MAX_PROVIDED_FIGURES_READ } from '../services/provided-figures.js';
import { importProvidedFigures } from './import-provided-figures.js';
import { recordProvidedFigure } from './record-provided-figure.js';

const TODAY = '2026-11-23';

type Who = 'steering' | 'state25' | 'admin' | 'agency' | 'siae';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
const as = (who: Who) => contextFor(database.db, principals[who], { clock: clockAt(TODAY) });

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  Object.assign(principals, {
    steering: await principalOf(db, 'pilotage@demo.navette.fr'),
    state25: await principalOf(db, 'etat@demo.navette.fr'),
    admin: await principalOf(db, 'admin@demo.navette.fr'),
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    siae: await principalOf(db, 'siae@demo.navette.fr'),
  });
  expect(principals.state25.departement).toBe('25');
});
afterAll(async () => {
  await database?.drop();
});

const opus = (changes: Record<string, unknown> = {}) => ({
  indicatorId: 'F7_SIAE_OPUS',
  departement: '25',
  period: '2026-T3',
  value: 14,
  source: 'Pôle emploi, direction régionale',
  referenceDate: '2026-10-05',
  ...changes,
});
const rowsOf = (cellKey: string) =>
  database.db.select().from(tables.providedFigures).where(eq(tables.providedFigures.cellKey, cellKey));
const countAll = () => database.db.$count(tables.providedFigures);

describe('recordProvidedIndicatorFigure', () => {
  it('records a figure with its provenance; the server owns the received date; the same figure again is one row', async () => {
    const figure = await recordProvidedFigure(as('steering'), opus());
    expect(figure).toMatchObject({
      indicatorId: 'F7_SIAE_OPUS',
      departementCode: '25',
      siaeKind: null,
      period: '2026-T3',
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
      value: 14,
      version: 1,
      referenceDate: '2026-10-05',
      enteredByUserId: principals.steering.userId,
      enteredByOrganisationId: principals.steering.organisationId,
      viaImport: false,
      superseded: false,
    });
    expect(figure.enteredByOrganisationName).toMatch(/Comité/);
    expect(new Date(figure.receivedAt).toISOString()).toBe(`${TODAY}T09:00:00.000Z`);
    const again = await recordProvidedFigure(as('steering'), opus({ receivedAt: '2020-01-01T00:00:00Z' }));
    expect(again.id).toBe(figure.id);
    expect(await rowsOf('F7_SIAE_OPUS|25||2026-T3')).toHaveLength(1);
  });

  it('a correction is a new version superseding the previous one (append-only history)', async () => {
    const first = await recordProvidedFigure(as('steering'), opus({ departement: '21', value: 8 }));
    const second = await recordProvidedFigure(as('admin'), opus({ departement: '21', value: 9 }));
    expect(second.version).toBe(first.version + 1);
    expect(second.enteredByOrganisationName).not.toBe(first.enteredByOrganisationName);
    const inForce = await listProvidedFigures(as('steering'), { indicatorId: 'F7_SIAE_OPUS', departement: '21' });
    expect(inForce.map((f) => [f.value, f.superseded])).toEqual([[9, false]]);
    const history = await listProvidedFigures(as('steering'), {
      indicatorId: 'F7_SIAE_OPUS',
      departement: '21',
      history: true,
    });
    expect(history.map((f) => [f.version, f.value, f.superseded])).toEqual([
      [2, 9, false],
      [1, 8, true],
    ]);
    // The table itself refuses an update or a deletion.
    await expect(
      database.db.execute(sql`update pilotage.provided_figures set value = 0 where id = ${first.id}`),
    ).rejects.toThrow();
  });

  it('refuses a computable indicator, a figure for the future, a backdated or future reference date', async () => {
    expect(
      await refusalOf(() => recordProvidedFigure(as('steering'), opus({ indicatorId: 'F5_PMSMP', siaeKind: 'ACI' }))),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDICATOR_COMPUTED' });
    expect(await refusalOf(() => recordProvidedFigure(as('steering'), opus({ period: '2027-T1' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PERIOD_NOT_STARTED',
    });
    expect(
      await refusalOf(() => recordProvidedFigure(as('steering'), opus({ referenceDate: '2026-11-24' }))),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REFERENCE_DATE_IN_FUTURE',
      message: expect.stringMatching(/24\/11\/2026/),
    });
    expect(await refusalOf(() => recordProvidedFigure(as('steering'), opus({ value: 2.5 })))).toMatchObject({
      reason: 'VALUE_INVALID',
    });
    expect(await refusalOf(() => recordProvidedFigure(as('steering'), opus({ source: '  ' })))).toMatchObject({
      reason: 'INVALID_INPUT',
      field: 'Source',
    });
    expect(await countAll()).toBe(3);
  });

  it('the État enters its département only; agences and SIAE never', async () => {
    const own = await recordProvidedFigure(as('state25'), opus({ period: '2026-T2', referenceDate: '2026-07-01' }));
    expect(own.enteredByOrganisationName).toMatch(/Doubs/);
    expect(await refusalOf(() => recordProvidedFigure(as('state25'), opus({ departement: '21' })))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PROVIDED_FIGURE_OTHER_DEPARTEMENT',
    });
    // A regional figure (fiche 4's procedure) is the comité's, not a département's.
    expect(
      await refusalOf(() =>
        recordProvidedFigure(
          as('state25'),
          opus({ indicatorId: 'F4_PRESCRIPTION_PROCEDURE_EXISTS', departement: null, period: '2026', value: 1 }),
        ),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'PROVIDED_FIGURE_OTHER_DEPARTEMENT' });
    const otherState = await newUserIn(database.db, 'STATE_SERVICE', demoId('state:ddets:21'));
    const ctx21 = contextFor(database.db, otherState, { clock: clockAt(TODAY) });
    expect((await recordProvidedFigure(ctx21, opus({ departement: '21', value: 10 }))).departementCode).toBe('21');
    for (const who of ['agency', 'siae'] as const) {
      expect(await refusalOf(() => recordProvidedFigure(as(who), opus()))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PROVIDED_FIGURE_NOT_ALLOWED',
      });
    }
  });
});

const HEADER = 'indicateur;departement;type_siae;periode;valeur;source;date_reference';
const FILE = [
  HEADER,
  'F3_PUBLIC_PROCUREMENT_HOURS;25;ACI;2026-T2;1 250,5;Inter-réseau IAE;15/07/2026',
  'F3_PUBLIC_PROCUREMENT_HOURS;25;EI;2026-T2;310;Inter-réseau IAE;15/07/2026',
  'F7_SIAE_OPUS;25;;2026-T2;3;Pôle emploi DR BFC;2026-07-20',
  'F2_EXCHANGE_SESSIONS;25;;2026-T2;2;Pôle emploi et réseaux IAE;2026-07-02',
  'F4_PRESCRIPTION_PROCEDURE_EXISTS;;;2026;oui;Comité régional de suivi;2026-06-30',
].join('\n');

describe('importProvidedIndicatorFigures', () => {
  it('imports a file; the same file again records nothing; twenty at once make one set of rows', async () => {
    const before = await countAll();
    const first = await importProvidedFigures(as('steering'), { csv: FILE });
    expect(first).toMatchObject({ recorded: 5, unchanged: 0 });
    expect(first.figures.map((f) => [f.indicatorId, f.value, f.viaImport])).toEqual([
      ['F3_PUBLIC_PROCUREMENT_HOURS', 1250.5, true],
      ['F3_PUBLIC_PROCUREMENT_HOURS', 310, true],
      ['F7_SIAE_OPUS', 3, true],
      ['F2_EXCHANGE_SESSIONS', 2, true],
      ['F4_PRESCRIPTION_PROCEDURE_EXISTS', 1, true],
    ]);
    expect(await importProvidedFigures(as('steering'), { csv: FILE })).toMatchObject({ recorded: 0, unchanged: 5 });

    const other = FILE.replaceAll('2026-T2', '2026-T1')
      .replaceAll('/07/2026', '/04/2026')
      .replace('2026-07-', '2026-04-');
    const atOnce = await Promise.all(
      Array.from({ length: 20 }, () =>
        retriedWhileUnavailable(() => importProvidedFigures(as('steering'), { csv: other })),
      ),
    );
    expect(atOnce.reduce((n, r) => n + r.recorded, 0)).toBe(4);
    expect(await countAll()).toBe(before + 5 + 4);
  });

  it('one bad line and nothing is imported, every error numbered by its line', async () => {
    const before = await countAll();
    const bad = [
      HEADER,
      'F7_SIAE_OPUS;39;;2026;5;Pôle emploi;2026-10-01',
      'F5_PMSMP;39;ACI;2026;12;Pôle emploi;2026-10-01',
      'F7_SIAE_OPUS;58;;2027;3;Pôle emploi;2026-10-01',
    ].join('\n');
    const refusal = await refusalOf(() => importProvidedFigures(as('steering'), { csv: bad }));
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CSV_LINES' });
    expect(refusal.message).toMatch(/^Aucun chiffre importé : 2 lignes en erreur — ligne 3 : .*ligne 4 : /);
    expect(await countAll()).toBe(before);
  });

  it('refuses an oversized file, and another département’s line for the État (nothing imported)', async () => {
    const before = await countAll();
    const huge = HEADER + '\n' + 'F7_SIAE_OPUS;25;;2026;5;Pôle emploi;2026-10-01\n'.repeat(6000);
    expect(huge.length).toBeGreaterThan(MAX_PROVIDED_CSV_CHARACTERS);
    expect(await refusalOf(() => importProvidedFigures(as('steering'), { csv: huge }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CSV_TOO_LARGE',
    });
    const mixed = [
      HEADER,
      'F7_SIAE_OPUS;25;;2026;5;Pôle emploi;2026-10-01',
      'F7_SIAE_OPUS;21;;2026;6;Pôle emploi;2026-10-01',
    ].join('\n');
    const refusal = await refusalOf(() => importProvidedFigures(as('state25'), { csv: mixed }));
    expect(refusal).toMatchObject({ code: 'FORBIDDEN', reason: 'PROVIDED_FIGURE_OTHER_DEPARTEMENT' });
    expect(refusal.message).toMatch(/ligne 3/);
    expect(await countAll()).toBe(before);
  });
});

describe('the indicator table shows them beside the computed ones', () => {
  it('a quarter: provided cells with their provenance, published as given; computed ones with their time', async () => {
    const indicators = await computeIndicators(as('steering'), { from: '2026-04-01', to: '2026-06-30' });
    const hours = indicators.find((i) => i.id === 'F3_PUBLIC_PROCUREMENT_HOURS')!;
    expect(hours.rows.filter((r) => r.departement === '25').map((r) => [r.siaeKind, r.value, r.masked])).toEqual([
      ['ACI', 1250.5, false],
      ['EI', 310, false],
    ]);
    expect(hours.providedFigures?.[0]).toMatchObject({ source: 'Inter-réseau IAE', referenceDate: '2026-07-15' });
    expect(hours.computedAt).toBeNull();
    // Three SIAE using OPUS is not a count of people: published as Pôle emploi gave it, not masked under 5.
    const opus = indicators.find((i) => i.id === 'F7_SIAE_OPUS')!;
    expect(opus.rows).toEqual([expect.objectContaining({ departement: '25', value: 3, masked: false })]);
    const pmsmp = indicators.find((i) => i.id === 'F5_PMSMP')!;
    expect(pmsmp.computedAt).toEqual(new Date(`${TODAY}T09:00:00Z`));
    expect(pmsmp.providedFigures).toBeUndefined();

    const year = await computeIndicators(as('steering'), { from: '2026-01-01', to: '2026-12-31' });
    expect(year.find((i) => i.id === 'F4_PRESCRIPTION_PROCEDURE_EXISTS')!.providedFigures?.map((f) => f.value)).toEqual(
      [1],
    );
    const month = await computeIndicators(as('steering'), { from: '2026-05-01', to: '2026-05-31' });
    const none = month.find((i) => i.id === 'F3_PUBLIC_PROCUREMENT_HOURS')!;
    expect(none.rows).toEqual([]);
    expect(none.note).toMatch(/par trimestre ou par année civile/);
  });
});

// Last in the file: its rows stay (the table is append-only) and would count in the tests above.
describe('listProvidedFigures', () => {
  it('a read is bounded by the database, however many figures the table holds', async () => {
    // 600 cells of fiche 2's exchange sessions, one per (fictitious) year, written straight into the table.
    await database.db.execute(sql`
      insert into pilotage.provided_figures
        (indicator_id, departement_code, period, period_from, period_to, cell_key, version, value, source,
         reference_date, entered_by_user_id, entered_by_organisation_id, entered_by_organisation_name)
      select 'F2_EXCHANGE_SESSIONS', '90', (1000 + n)::text, make_date(1000 + n, 1, 1), make_date(1000 + n, 12, 31),
             'BOUND|90|' || n, 1, n, 'Volume', make_date(1000 + n, 12, 31), gen_random_uuid(), gen_random_uuid(), 'Test'
        from generate_series(1, 600) n`);
    const read = await listProvidedFigures(as('steering'), { indicatorId: 'F2_EXCHANGE_SESSIONS', departement: '90' });
    expect(read).toHaveLength(MAX_PROVIDED_FIGURES_READ);
    expect(read.every((f) => !f.superseded)).toBe(true);
  });
});

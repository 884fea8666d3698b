// recordPoleEmploiRegistration and the agence's worklist of the 6-month checks on a real PostgreSQL (accord, fiche 5:
// "Inscrire ou maintenir l'inscription à Pôle emploi des salariés en parcours IAE"; fiche 7 and annexe 1: "% de
// personnes inscrites à PE 6 mois après la fin de leur agrément"). The clock is fixed on Monday 23 November 2026.
import type { UserPrincipal } from '@navette/auth';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, makePerson, type TestDatabase } from '@navette/db/testing';
import { clockAt, newUserIn, principalOf, refusalOf, retriedWhileUnavailable } from '@navette/subgraph-server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { parcoursPendingWork } from '../services/pending-work.js';
import { listRegistrationChecksDue } from '../services/registration-checks.js';
import { recordPoleEmploiRegistration } from './record-pole-emploi-registration.js';

const TODAY = '2026-11-23';
type Who = 'siae' | 'otherSiae' | 'agency' | 'otherAgency' | 'prescriber';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
const as = (who: Who) => contextFor(database.db, principals[who], { clock: clockAt(TODAY) });
let running: string;
let ended: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  Object.assign(principals, {
    siae: await principalOf(db, 'siae@demo.navette.fr'),
    otherSiae: await newUserIn(db, 'SIAE', demoId('siae:21-BEA:0')),
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    otherAgency: await newUserIn(db, 'AGENCY', demoId('agency:21-BEA')),
    prescriber: await principalOf(db, 'prescripteur@demo.navette.fr'),
  });
  // The parcours of makePerson are at the demo SIAE (Besançon), in the territory of agence@.
  running = (await makePerson(db, 'Inès', '2025-06-01', { approvalEndOn: '2027-06-30' })).approvalId!;
  ended = (await makePerson(db, 'Jules', '2024-01-05', { approvalEndOn: '2026-05-23' })).approvalId!;
});
afterAll(async () => {
  await database?.drop();
});

const rowsOf = (approvalId: string) =>
  database.db
    .select()
    .from(tables.poleEmploiRegistrations)
    .where(eq(tables.poleEmploiRegistrations.approvalId, approvalId));

describe('recordPoleEmploiRegistration during the parcours (fiche 5)', () => {
  it('the SIAE of the parcours records it; the day of the record is the server’s; the agence may replace it', async () => {
    await recordPoleEmploiRegistration(as('siae'), {
      approvalId: running,
      checkpoint: 'DURING_PARCOURS',
      registered: false,
    });
    await recordPoleEmploiRegistration(as('agency'), {
      approvalId: running,
      checkpoint: 'DURING_PARCOURS',
      registered: true,
      registeredOn: '2026-11-20',
    });
    const rows = await rowsOf(running);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      registered: true,
      registeredOn: '2026-11-20',
      checkedOn: TODAY,
      recordedByOrganisationId: demoId('agency:25-BES'),
    });
  });

  it('another organisation’s agrément is unknown to it: another SIAE, another agence (even one that sees it), a prescripteur', async () => {
    for (const who of ['otherSiae', 'otherAgency'] as const) {
      const refusal = await refusalOf(() =>
        recordPoleEmploiRegistration(as(who), {
          approvalId: running,
          checkpoint: 'DURING_PARCOURS',
          registered: false,
        }),
      );
      expect(refusal).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
    }
    expect(
      await refusalOf(() =>
        recordPoleEmploiRegistration(as('siae'), {
          approvalId: 'not-a-uuid',
          checkpoint: 'DURING_PARCOURS',
          registered: false,
        }),
      ),
    ).toMatchObject({ reason: 'APPROVAL_NOT_FOUND' });
    expect(
      await refusalOf(() =>
        recordPoleEmploiRegistration(as('prescriber'), {
          approvalId: running,
          checkpoint: 'DURING_PARCOURS',
          registered: false,
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // Row-level security: the prescripteur, who sees the agrément, does not see the registration.
    expect(await as('prescriber').loaders.registrationsByApproval.load(running)).toEqual([]);
    expect(await as('otherAgency').loaders.registrationsByApproval.load(running)).toEqual([]);
    expect(await as('siae').loaders.registrationsByApproval.load(running)).toHaveLength(1);
  });

  it('a forged registration day is refused with its field and the domain’s reason; a missing one too', async () => {
    const future = await refusalOf(() =>
      recordPoleEmploiRegistration(as('siae'), {
        approvalId: running,
        checkpoint: 'DURING_PARCOURS',
        registered: true,
        registeredOn: '2026-11-24',
      }),
    );
    expect(future).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REGISTRATION_DATE_IN_FUTURE',
      field: 'Date d’inscription',
    });
    const tooEarly = await refusalOf(() =>
      recordPoleEmploiRegistration(as('siae'), {
        approvalId: running,
        checkpoint: 'DURING_PARCOURS',
        registered: true,
        registeredOn: '2000-01-01',
      }),
    );
    expect(tooEarly).toMatchObject({ reason: 'REGISTRATION_DATE_BEFORE_MIN_AGE' });
    expect(
      await refusalOf(() =>
        recordPoleEmploiRegistration(as('siae'), {
          approvalId: running,
          checkpoint: 'DURING_PARCOURS',
          registered: true,
        }),
      ),
    ).toMatchObject({ reason: 'REGISTRATION_DATE_REQUIRED' });
    expect(
      await refusalOf(() =>
        recordPoleEmploiRegistration(as('siae'), {
          approvalId: running,
          checkpoint: 'DURING_PARCOURS',
          registered: true,
          registeredOn: '2026-02-30',
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(
      await refusalOf(() =>
        recordPoleEmploiRegistration(as('siae'), {
          approvalId: running,
          checkpoint: 'SOMETIME' as 'DURING_PARCOURS',
          registered: false,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect((await rowsOf(running))[0]).toMatchObject({ registered: true, registeredOn: '2026-11-20' });
  });
});

describe('the 6-month check (fiche 7) and the agence’s worklist', () => {
  it('lists the agréments of the agence’s territory whose check is due, not another agence’s', async () => {
    const page = await listRegistrationChecksDue(as('agency'), { first: 100 });
    expect(page.edges.map((e) => e.node.approval.id)).toContain(ended);
    expect(page.edges.map((e) => e.node.approval.id)).not.toContain(running);
    expect(page.edges.find((e) => e.node.approval.id === ended)?.node.dueOn).toBe('2026-11-23');
    const other = await listRegistrationChecksDue(as('otherAgency'), { first: 100 });
    expect(other.edges.map((e) => e.node.approval.id)).not.toContain(ended);
    expect(await refusalOf(() => listRegistrationChecksDue(as('siae'), {}))).toMatchObject({
      reason: 'ONLY_FOR_AGENCIES',
    });
  });

  it('counts on the agence’s home page as one item whatever their number, due on the longest waiting; not another agence’s', async () => {
    const page = await listRegistrationChecksDue(as('agency'), { first: 100 });
    const work = (await parcoursPendingWork(as('agency'))).filter((w) => w.kind === 'REGISTRATION_CHECKS_DUE');
    expect(work).toHaveLength(1);
    expect(work[0]).toMatchObject({ dueOn: page.edges[0]!.node.dueOn, link: '/inscriptions-6-mois' });
    const n = page.totalCount;
    expect(work[0]!.label).toContain(n === 1 ? '1 agrément terminé' : `${n} agréments terminés`);
    // The other agence has none of these: no item, or one counting its own only.
    const others = (await parcoursPendingWork(as('otherAgency'))).filter((w) => w.kind === 'REGISTRATION_CHECKS_DUE');
    const otherCount = (await listRegistrationChecksDue(as('otherAgency'), { first: 1 })).totalCount;
    expect(others).toHaveLength(otherCount === 0 ? 0 : 1);
    // Not the SIAE's work.
    expect((await parcoursPendingWork(as('siae'))).some((w) => w.kind === 'REGISTRATION_CHECKS_DUE')).toBe(false);
  });

  it('pages with a cursor', async () => {
    const first = await listRegistrationChecksDue(as('agency'), { first: 1 });
    expect(first.edges).toHaveLength(1);
    if (first.totalCount > 1) {
      const next = await listRegistrationChecksDue(as('agency'), { first: 1, after: first.pageInfo.endCursor });
      expect(next.edges[0]?.node.approval.id).not.toBe(first.edges[0]?.node.approval.id);
    }
  });

  it('the SIAE may not record it; before it is due it is refused; during the parcours is over', async () => {
    expect(
      await refusalOf(() =>
        recordPoleEmploiRegistration(as('siae'), {
          approvalId: ended,
          checkpoint: 'SIX_MONTHS_AFTER_END',
          registered: false,
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'REGISTRATION_CHECK_AGENCY_ONLY' });
    expect(
      await refusalOf(() =>
        recordPoleEmploiRegistration(as('agency'), {
          approvalId: running,
          checkpoint: 'SIX_MONTHS_AFTER_END',
          registered: false,
        }),
      ),
    ).toMatchObject({ reason: 'REGISTRATION_CHECK_NOT_DUE' });
    expect(
      await refusalOf(() =>
        recordPoleEmploiRegistration(as('siae'), {
          approvalId: ended,
          checkpoint: 'DURING_PARCOURS',
          registered: false,
        }),
      ),
    ).toMatchObject({ reason: 'REGISTRATION_PARCOURS_ENDED' });
  });

  it('the same record twice and 20 at once are one row and one audit event; the check leaves the worklist', async () => {
    const input = {
      approvalId: ended,
      checkpoint: 'SIX_MONTHS_AFTER_END' as const,
      registered: true,
      registeredOn: '2026-06-02',
    };
    await recordPoleEmploiRegistration(as('agency'), input);
    await recordPoleEmploiRegistration(as('agency'), input);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        retriedWhileUnavailable(() => recordPoleEmploiRegistration(as('agency'), input)),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await rowsOf(ended)).toHaveLength(1);
    const audit = await database.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.subjectId, ended));
    expect(audit.filter((e) => e.action === 'POLE_EMPLOI_REGISTRATION_RECORDED')).toHaveLength(1);
    const page = await listRegistrationChecksDue(as('agency'), { first: 100 });
    expect(page.edges.map((e) => e.node.approval.id)).not.toContain(ended);
  });
});

describe('attacks on the record and the worklist', () => {
  it('another organisation’s agrément is answered exactly like an unknown id', async () => {
    const record = (who: Who, approvalId: string) => () =>
      recordPoleEmploiRegistration(as(who), { approvalId, checkpoint: 'DURING_PARCOURS', registered: false });
    const unknown = await refusalOf(record('siae', '6f1c2b9e-4d7a-4c1e-9b1a-2f3e4d5c6b7a'));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
    expect(await refusalOf(record('otherSiae', running))).toEqual(unknown);
    expect(await refusalOf(record('otherAgency', running))).toEqual(unknown);
    expect(await refusalOf(record('agency', '6f1c2b9e-4d7a-4c1e-9b1a-2f3e4d5c6b7a'))).toEqual(unknown);
  });

  it('a registration day before the parcours is kept (fiche 5: « maintenir l’inscription »); the record day stays the server’s whatever the input carries', async () => {
    // Created 1 June 2025, agrément from 30 June 2025 to 30 June 2027; registered since March 2025.
    const approvalId = (await makePerson(database.db, 'Maintenue', '2025-06-01', { approvalEndOn: '2027-06-30' }))
      .approvalId!;
    const forged = {
      approvalId,
      checkpoint: 'DURING_PARCOURS',
      registered: true,
      registeredOn: '2025-03-10',
      checkedOn: '2020-01-01',
      recordedAt: '2020-01-01T00:00:00Z',
      recordedByOrganisationId: demoId('agency:21-BEA'),
    } as Parameters<typeof recordPoleEmploiRegistration>[1];
    const before = Date.now();
    await recordPoleEmploiRegistration(as('siae'), forged);
    const [row] = await rowsOf(approvalId);
    expect(row).toMatchObject({
      registeredOn: '2025-03-10',
      checkedOn: TODAY,
      recordedByOrganisationId: principals.siae.organisationId,
    });
    expect(row!.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
  });

  it('twenty first records at once on a parcours without any: one row, one audit event', async () => {
    const approvalId = (await makePerson(database.db, 'Vingtfois', '2025-06-01', { approvalEndOn: '2027-06-30' }))
      .approvalId!;
    const input = {
      approvalId,
      checkpoint: 'DURING_PARCOURS' as const,
      registered: true,
      registeredOn: '2026-10-01',
    };
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        retriedWhileUnavailable(() => recordPoleEmploiRegistration(as(i % 2 ? 'agency' : 'siae'), input)),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await rowsOf(approvalId)).toHaveLength(1);
    const audit = await database.db
      .select()
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.subjectId, approvalId));
    expect(audit.filter((e) => e.action === 'POLE_EMPLOI_REGISTRATION_RECORDED')).toHaveLength(1);
  });

  it('the worklist holds only agréments of the agence’s territory, all of them due; an anonymised person leaves it', async () => {
    const agencyId = principals.agency.organisationId;
    const gone = (await makePerson(database.db, 'Effacée', '2023-01-05', { approvalEndOn: '2025-01-31' })).approvalId!;
    const page = await listRegistrationChecksDue(as('agency'), { first: 100 });
    expect(page.edges.length).toBeGreaterThan(0);
    for (const { node } of page.edges) {
      expect(node.approval.agencyId).toBe(agencyId);
      expect(node.dueOn <= TODAY).toBe(true);
    }
    expect(page.edges.map((e) => e.node.approval.id)).toContain(gone);
    await database.db
      .update(tables.people)
      .set({ anonymisedAt: new Date('2026-11-01T00:00:00Z') })
      .where(eq(tables.people.id, page.edges.find((e) => e.node.approval.id === gone)!.node.approval.personId));
    const after = await listRegistrationChecksDue(as('agency'), { first: 100 });
    expect(after.edges.map((e) => e.node.approval.id)).not.toContain(gone);
    expect(after.totalCount).toBe(page.totalCount - 1);
    // Another agence of the region sees none of them.
    const other = await listRegistrationChecksDue(as('otherAgency'), { first: 100 });
    for (const { node } of other.edges) expect(node.approval.agencyId).not.toBe(agencyId);
  });
});

// The demo region in memory: deterministic for a clock's day, every kind of work present around that day, and the
// rules of the accord as @navette/domain computes them.
import { createHash } from 'node:crypto';
import { buildDemoDataSet, demoId } from '@navette/db';
import {
  addDays,
  approvalDecisionDeadline,
  approvalEndDate,
  compareIsoDates,
  CONTRACT_KINDS_BY_SIAE_KIND,
  registrationCheckDueOn,
  steeringMeetingsShortfall,
  validateContract,
  type ContractKind,
  type ProlongationReason,
} from '@navette/domain';
import { describe, expect, it } from 'vitest';
import { generateDemoRegion, type DemoRegion } from './region.js';
import { REGION_TABLES, type Cell, type TableName } from './tables.js';

const TODAY = '2026-12-02';
const region = generateDemoRegion({ today: TODAY });
const data = buildDemoDataSet();
const siaeById = new Map(data.siaes.map((s) => [s.id, s]));

/** A table's rows as objects keyed by column name. */
function objects(r: DemoRegion, table: TableName): Record<string, Cell>[] {
  const columns = REGION_TABLES[table].columns;
  return (r.rows.get(table) ?? []).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])));
}
const digest = (r: DemoRegion) =>
  createHash('sha256')
    .update(JSON.stringify([...r.rows], null, 0))
    .update(JSON.stringify({ ...r, rows: null }))
    .digest('hex');

describe('the demo region', () => {
  it('is the same for the same day, and follows the clock: another day, other dates', () => {
    expect(digest(generateDemoRegion({ today: TODAY }))).toBe(digest(region));
    const later = generateDemoRegion({ today: '2027-03-15' });
    expect(digest(later)).not.toBe(digest(region));
    const pendingLater = objects(later, 'approvalRequests').filter((r) => r['status'] === 'PENDING');
    expect(pendingLater.every((r) => compareIsoDates(String(r['deadline']), '2027-03-15') >= 0)).toBe(true);
  });

  it('has the activity of a territory: people in every state, requests of every kind and status, appeals, services', () => {
    const count = (table: TableName) => region.rows.get(table)?.length ?? 0;
    expect(count('people')).toBe(2400);
    for (const table of [
      'approvals',
      'contracts',
      'exits',
      'exitInterviews',
      'trainingRecords',
      'immersions',
      'serviceUses',
      'poes',
      'approvalEvents',
    ] as const)
      expect(count(table), table).toBeGreaterThan(0);
    const requests = objects(region, 'approvalRequests');
    expect(new Set(requests.map((r) => r['kind']))).toEqual(
      new Set(['INITIAL', 'EXTENSION', 'PROLONGATION', 'RENEWAL', 'SUSPENSION']),
    );
    expect(new Set(requests.map((r) => r['status']))).toEqual(
      new Set(['PENDING', 'GRANTED', 'REFUSED', 'TACITLY_GRANTED']),
    );
    expect(new Set(requests.map((r) => r['appeal_status']).filter(Boolean))).toEqual(
      new Set(['PENDING', 'UPHELD', 'DISMISSED']),
    );
    expect(new Set(objects(region, 'prescriptions').map((p) => p['status']))).toEqual(
      new Set(['SENT', 'SEEN', 'ACCEPTED', 'HIRED', 'REFUSED', 'WITHDRAWN']),
    );
    expect(new Set(objects(region, 'approvalEvents').map((e) => e['kind']))).toEqual(
      new Set(['SUSPENSION', 'PROLONGATION', 'EXTENSION']),
    );
    // Pending requests wait around today: their deadline is today or in the next days, in the demo agences' inboxes.
    const pending = requests.filter((r) => r['status'] === 'PENDING');
    expect(pending.length).toBeGreaterThanOrEqual(10);
    for (const r of pending) {
      expect(compareIsoDates(String(r['deadline']), TODAY)).toBeGreaterThanOrEqual(0);
      expect(compareIsoDates(String(r['deadline']), addDays(TODAY, 14))).toBeLessThanOrEqual(0);
    }
    expect(pending.some((r) => r['agency_id'] === demoId('agency:25-BES'))).toBe(true);
    // Every SIAE of a demo account employs people now.
    for (const key of ['siae:25-BES:0', 'siae:25-BES:1', 'siae:25-BES:2', 'siae:25-MTB:0', 'siae:25-MTB:1']) {
      const current = objects(region, 'approvals').filter(
        (a) => a['siae_id'] === demoId(key) && compareIsoDates(String(a['end_on']), TODAY) >= 0,
      );
      expect(current.length, key).toBeGreaterThanOrEqual(5);
    }
  });

  it('has orientations towards a prescripteur in every state and from every origin (annexe 4 §3)', () => {
    const orientations = objects(region, 'orientations');
    expect(new Set(orientations.map((o) => o['status']))).toEqual(new Set(['PENDING', 'ACCEPTED', 'DECLINED']));
    expect(new Set(orientations.map((o) => o['origin_kind']))).toEqual(
      new Set(['SIAE', 'POLE_EMPLOI', 'PRESCRIBER', 'OTHER']),
    );
    const people = new Set(objects(region, 'people').map((p) => p['id']));
    for (const o of orientations) {
      expect(people.has(o['person_id'])).toBe(true);
      expect(o['origin_organisation_id']).not.toBe(o['prescriber_organisation_id']);
      // The table's checks: a declined one has its reason; only a pending one is unanswered; answered after oriented.
      expect(o['decline_reason'] !== null).toBe(o['status'] === 'DECLINED');
      expect(o['answered_at'] === null).toBe(o['status'] === 'PENDING');
      expect(String(o['oriented_at']).slice(0, 10) <= TODAY).toBe(true);
      if (o['answered_at'] !== null) {
        expect(String(o['answered_at']) >= String(o['oriented_at'])).toBe(true);
        expect(String(o['answered_at']).slice(0, 10) <= TODAY).toBe(true);
      }
    }
    // Accepted orientations go to the prescripteur who then diagnosed the person.
    const diagnosedBy = new Set(
      objects(region, 'eligibilityDiagnoses').map(
        (d) => `${String(d['person_id'])}|${String(d['prescriber_organisation_id'])}`,
      ),
    );
    for (const o of orientations.filter((x) => x['status'] === 'ACCEPTED'))
      expect(diagnosedBy.has(`${String(o['person_id'])}|${String(o['prescriber_organisation_id'])}`)).toBe(true);
    // One pending orientation of a person by an organisation to a prescripteur (orientations_pending_unique).
    const pending = orientations.filter((o) => o['status'] === 'PENDING');
    expect(
      new Set(
        pending.map(
          (o) =>
            `${String(o['person_id'])}|${String(o['origin_organisation_id'])}|${String(o['prescriber_organisation_id'])}`,
        ),
      ).size,
    ).toBe(pending.length);
  });

  // Fiches 5 and 7 (annexe 1): "% de personnes en parcours inscrites à PE", "% … 6 mois après la fin de leur agrément".
  it('records Pôle emploi registrations during the parcours and 6 months after it, as the domain allows', () => {
    const approvals = new Map(objects(region, 'approvals').map((a) => [String(a['id']), a]));
    const registrations = objects(region, 'poleEmploiRegistrations');
    const during = registrations.filter((r) => r['checkpoint'] === 'DURING_PARCOURS');
    const after = registrations.filter((r) => r['checkpoint'] === 'SIX_MONTHS_AFTER_END');
    expect(during.length).toBeGreaterThan(100);
    expect(after.length).toBeGreaterThan(50);
    expect(new Set(registrations.map((r) => `${String(r['approval_id'])}|${String(r['checkpoint'])}`)).size).toBe(
      registrations.length,
    );
    for (const r of registrations) {
      const approval = approvals.get(String(r['approval_id']))!;
      const checked = String(r['checked_on']);
      expect(compareIsoDates(checked, TODAY)).toBeLessThanOrEqual(0);
      // registered ⇔ a registration day, not after the record (domain validateRegistration).
      expect(r['registered']).toBe(r['registered_on'] !== null);
      if (r['registered_on'] !== null)
        expect(compareIsoDates(String(r['registered_on']), checked)).toBeLessThanOrEqual(0);
      expect(r['siae_id']).toBe(approval['siae_id']);
      if (r['checkpoint'] === 'DURING_PARCOURS') {
        expect(compareIsoDates(checked, String(approval['start_on']))).toBeGreaterThanOrEqual(0);
        expect(compareIsoDates(checked, String(approval['end_on']))).toBeLessThanOrEqual(0);
      } else {
        // Due 6 months after the end, recorded by the agence.
        expect(compareIsoDates(checked, registrationCheckDueOn(String(approval['end_on'])))).toBeGreaterThanOrEqual(0);
        expect(r['recorded_by_organisation_id']).toBe(approval['agency_id']);
      }
    }
    // Both answers at both checkpoints; some due checks are left to the agence's worklist.
    expect(new Set(during.map((r) => r['registered']))).toEqual(new Set([true, false]));
    expect(new Set(after.map((r) => r['registered']))).toEqual(new Set([true, false]));
    const due = [...approvals.values()].filter(
      (a) => compareIsoDates(registrationCheckDueOn(String(a['end_on'])), TODAY) <= 0,
    );
    expect(after.length).toBeLessThan(due.length);
  });

  it('records nothing after today: decisions, exits, interviews, trainings, meetings held', () => {
    const notAfter = (table: TableName, column: string) => {
      for (const row of objects(region, table))
        if (row[column] !== null)
          expect(compareIsoDates(String(row[column]).slice(0, 10), TODAY), `${table}.${column}`).toBeLessThanOrEqual(0);
    };
    notAfter('approvalRequests', 'received_on');
    notAfter('approvalRequests', 'decided_on');
    notAfter('approvalRequests', 'appeal_decided_on');
    notAfter('exits', 'exit_on');
    notAfter('exitInterviews', 'held_on');
    notAfter('trainingRecords', 'end_on');
    notAfter('prescriptions', 'sent_at');
    for (const m of region.ctaMeetings) expect(compareIsoDates(m.heldOn, TODAY)).toBeLessThanOrEqual(0);
    for (const m of region.steeringMeetings)
      if (m.minutes) expect(compareIsoDates(m.heldOn, TODAY)).toBeLessThanOrEqual(0);
  });

  it('follows the accord: agrément ends from approvalEndDate, deadlines from approvalDecisionDeadline, contracts per SIAE kind', () => {
    const events = objects(region, 'approvalEvents');
    const requests = new Map(objects(region, 'approvalRequests').map((r) => [r['id'], r]));
    for (const approval of objects(region, 'approvals')) {
      const mine = events.filter((e) => e['approval_id'] === approval['id']);
      const end = approvalEndDate({
        startOn: String(approval['start_on']),
        suspensions: mine
          .filter((e) => e['kind'] === 'SUSPENSION')
          .map((e) => ({ startOn: String(e['start_on']), endOn: String(e['end_on']) })),
        prolongations: mine
          .filter((e) => e['kind'] === 'PROLONGATION')
          .map((e) => ({
            startOn: String(e['start_on']),
            endOn: String(e['end_on']),
            reason: e['reason'] as ProlongationReason,
            decidedOn: String(e['created_at']).slice(0, 10),
          })),
      });
      expect(approval['end_on'], String(approval['id'])).toBe(end);
      for (const e of mine) expect(requests.get(e['request_id'])?.['status']).toMatch(/GRANTED|REFUSED/);
    }
    for (const r of requests.values()) {
      const siae = siaeById.get(String(r['siae_id']))!;
      expect(r['deadline']).toBe(
        approvalDecisionDeadline({
          receivedOn: String(r['received_on']),
          siaeKind: siae.kind,
          departement: siae.departementCode,
        }),
      );
      if (r['status'] === 'REFUSED') expect(r['refusal_reason']).not.toBeNull();
    }
    for (const c of objects(region, 'contracts')) {
      const siae = siaeById.get(String(c['siae_id']))!;
      expect(CONTRACT_KINDS_BY_SIAE_KIND[siae.kind]).toContain(c['kind']);
      expect(
        validateContract(siae.kind, {
          kind: c['kind'] as ContractKind,
          startOn: String(c['start_on']),
          endOn: c['end_on'] as string | null,
        }).ok,
      ).toBe(true);
    }
  });

  it('has conventions in every state, a CTA each quarter, two comité meetings a year, a roadmap and amendments', () => {
    expect(new Set(region.cooperationAgreements.map((c) => c.status))).toEqual(
      new Set(['DRAFT', 'SIGNED', 'EXPIRED', 'TERMINATED']),
    );
    // An AI has a convention in force (mandatory, article 2).
    for (const siae of data.siaes.filter((s) => s.kind === 'AI'))
      expect(
        region.cooperationAgreements.some((c) => c.siaeId === siae.id && c.status === 'SIGNED'),
        siae.name,
      ).toBe(true);
    // One live convention per SIAE, agence and start (cooperation_agreements_live_unique).
    const live = region.cooperationAgreements
      .filter((c) => c.status === 'DRAFT' || c.status === 'SIGNED')
      .map((c) => `${c.siaeId}|${c.startOn}`);
    expect(new Set(live).size).toBe(live.length);
    expect(steeringMeetingsShortfall(2025, region.steeringMeetings)).toBe(0);
    expect(
      region.steeringMeetings.some((m) => compareIsoDates(m.heldOn, TODAY) > 0 && m.documentsSentOn === null),
    ).toBe(true);
    expect(new Set(region.ctaMeetings.map((m) => `${m.ctaId}|${m.heldOn}`)).size).toBe(region.ctaMeetings.length);
    expect(region.ctaMeetings.some((m) => m.siaeHeadsInvited)).toBe(true);
    expect(region.ctaMeetings.some((m) => m.minutesSentToCdiaeOn === null)).toBe(true);
    expect(new Set(region.roadmapActions.map((a) => a.status))).toEqual(
      new Set(['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED']),
    );
    expect(region.amendments).toHaveLength(3);
    expect(region.amendments.filter((a) => a.extendsTermTo)).toHaveLength(1);
  });
});

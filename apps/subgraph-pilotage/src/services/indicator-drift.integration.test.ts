// The drift check of the indicators (issue 13 §4: one definition, a drift fails the build). A seeded generator writes
// facts of every kind the indicators of annexe 1 count (prescriptions, agrément requests and events, training, PMSMP,
// prestations, POE, offers, conventions, référents, habilitations, CTA meetings) over three départements and the five
// SIAE kinds, with dates on the edges of periods, timestamps around midnight in France, refusals overturned on appeal,
// cancelled and closed rows, rows changed and deleted after they were written, people trained twice and in two cells,
// and rows dated after today. Then, on each engine the product runs on, every measure is read through the SQL paths
// the pilotage subgraph uses — the live totals of migrations 0013/0014 for the region, the reporting views for an
// agence's and a SIAE's own figures, by cell and by quarter — and compared with the plain reading of its spec in
// @navette/domain (evaluateMeasure) over the same facts, kept in memory.
import { readMeasureTotals, tables, type Database } from '@navette/db';
import { BOTH_ENGINES, type EngineSetup } from '@navette/db/testing';
import {
  APPROVAL_REFUSAL_REASONS,
  addDays,
  decideHabilitation,
  decisionsWithLegacyPeriod,
  habilitationOn,
  MEASURES,
  STATISTICS_MEASURE_SPECS,
  dateInFrance,
  evaluateMeasure,
  lastQuarters,
  measureCellKey,
  measureHasSiaeKind,
  measureSpec,
  minIsoDate,
  refusedForMeasure,
  refusedForSpec,
  type HabilitationDecision,
  type HabilitationProposal,
  type Measure,
  type MeasureFacts,
  type SiaeKind,
} from '@navette/domain';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorCellMeasures,
  measureByPeriod,
  measuresByCell,
  type IndicatorScope,
  type SourceFilter,
} from './indicator-sources.js';

const TODAY = '2026-11-23';
/** Hundreds of reads per test, on PGlite too, on a machine shared with other test files: no 5 s default. */
const SLOW = 180_000;
const DEPARTEMENTS = ['2A', '2B', '976'] as const;
const KINDS: readonly SiaeKind[] = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'];

/** The periods read: the console's default (the year so far), a quarter, a month, a day on an edge, odd ranges. */
const PERIODS = [
  { from: '2026-01-01', to: TODAY },
  { from: '2026-01-01', to: '2026-03-31' },
  { from: '2026-06-01', to: '2026-06-30' },
  { from: '2026-06-30', to: '2026-06-30' },
  { from: '2026-07-01', to: '2026-07-01' },
  { from: '2025-12-15', to: '2026-07-01' },
  { from: '2025-01-01', to: TODAY },
  { from: '2026-10-01', to: TODAY },
  { from: TODAY, to: TODAY },
];

/** A small seeded generator (mulberry32): the same facts on every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

/** Days on the edges of the periods read, and after today. */
const EDGES = [
  '2025-12-31',
  '2026-01-01',
  '2026-03-31',
  '2026-04-01',
  '2026-05-31',
  '2026-06-01',
  '2026-06-30',
  '2026-07-01',
  '2026-09-30',
  '2026-10-01',
  '2026-11-22',
  TODAY,
  '2026-11-24',
  '2026-12-31',
  '2027-01-01',
];
const dayOf = (n: number) => new Date(Date.UTC(2025, 9, 1) + n * 86_400_000).toISOString().slice(0, 10);

type WithSiae = { siaeId: string };
type Facts = { [S in keyof MeasureFacts]: (MeasureFacts[S][number] & Partial<WithSiae>)[] };

interface Written {
  facts: Facts;
  agencies: Record<string, string>;
  siaes: { id: string; departementCode: string; kind: SiaeKind }[];
}

/**
 * A register of habilitation decisions the domain accepts (decideHabilitation), taken one after the other from a day
 * of the generator: grants, renewals and withdrawals, a grant again after a withdrawal or a lapse.
 */
function registerOf(rng: ReturnType<typeof random>, day: () => string): HabilitationDecision[] {
  const register: HabilitationDecision[] = [];
  let on = minIsoDate('2026-06-30', day());
  for (let k = rng.int(1, 5); k > 0; k--) {
    const { span } = habilitationOn(register, on);
    const kind = rng.pick(['GRANT', 'RENEWAL', 'WITHDRAWAL'] as const);
    const startOn =
      kind === 'RENEWAL' && span?.endOn
        ? minIsoDate(addDays(span.endOn, 1), addDays(on, 30))
        : addDays(on, rng.chance(0.7) ? 0 : rng.int(1, 40));
    const proposal: HabilitationProposal =
      kind === 'WITHDRAWAL'
        ? { kind, reason: 'Retrait de test' }
        : {
            kind,
            startOn,
            endOn: addDays(startOn, rng.int(0, 400)),
          };
    const decided = decideHabilitation({ kind: 'HABILITE', decisions: register }, proposal, on);
    if (decided.ok) register.push(decided.value);
    on = rng.chance(0.3)
      ? rng.pick(EDGES.filter((edge) => edge > on).concat(addDays(on, 1)))
      : addDays(on, rng.int(1, 150));
  }
  return register;
}

/** Writes the generated facts as their owning contexts would (straight into their tables) and returns them. */
async function writeFacts(db: Database): Promise<Written> {
  const rng = random(13);
  const day = () => (rng.chance(0.45) ? rng.pick(EDGES) : dayOf(rng.int(0, 480)));
  const facts: Facts = {
    approvalRequests: [],
    approvalEvents: [],
    prescriptions: [],
    trainingRecords: [],
    immersions: [],
    serviceUses: [],
    poes: [],
    jobOffers: [],
    cooperationAgreements: [],
    siaes: [],
    ctaMeetings: [],
    accordPresentations: [],
    prescriberOrganisations: [],
    poleEmploiRegistrations: [],
  };
  await db
    .insert(tables.departements)
    .values(DEPARTEMENTS.map((code) => ({ code, name: `Département de test ${code}`, regionCode: '94' })));
  const agencies: Record<string, string> = {};
  const siaes: Written['siaes'] = [];
  const ctas: { id: string; departementCode: string }[] = [];
  const prescribers: {
    id: string;
    departementCode: string;
    kind: MeasureFacts['prescriberOrganisations'][number]['kind'];
  }[] = [];
  const services: Record<string, string> = {};
  let n = 0;
  for (const departementCode of DEPARTEMENTS) {
    const agencyId = randomUUID();
    agencies[departementCode] = agencyId;
    const areas = [randomUUID(), randomUUID()];
    await db
      .insert(tables.employmentAreas)
      .values(
        areas.map((id, i) => ({ id, code: `DRIFT-${departementCode}-${i}`, name: `Bassin ${i}`, departementCode })),
      );
    await db.insert(tables.agencies).values({
      id: agencyId,
      code: `PE-D${departementCode}`,
      name: `Pôle emploi ${departementCode}`,
      departementCode,
      city: 'Ville',
    });
    // The agence is also a prescripteur de droit of kind Pôle emploi under its own id (issue 18 §2, migration 0032's
    // trigger): its agents' prescriptions count in fiche 4's "candidats orientés par Pôle emploi".
    prescribers.push({ id: agencyId, departementCode, kind: 'POLE_EMPLOI' });
    facts.prescriberOrganisations.push({ departementCode, kind: 'POLE_EMPLOI', decisions: [] });
    for (const [i, areaId] of areas.entries()) {
      const id = randomUUID();
      ctas.push({ id, departementCode });
      await db.insert(tables.ctas).values({
        id,
        name: `CTA ${departementCode} ${i}`,
        employmentAreaId: areaId,
        ledByAgencyId: agencyId,
        departementCode,
      });
    }
    // Every kind, twice for two of them (two SIAE in one cell).
    for (const kind of [...KINDS, 'ACI', 'ETTI'] as SiaeKind[]) {
      const id = randomUUID();
      n++;
      siaes.push({ id, departementCode, kind });
      await db.insert(tables.siaes).values({
        id,
        siret: `8${String(n).padStart(13, '0')}`,
        name: `SIAE drift ${n}`,
        kind,
        departementCode,
        employmentAreaId: areas[0]!,
        agencyId,
        city: 'Ville',
        postcode: '20000',
      });
      // Référent designated, a correspondent only, or nothing (fiche 2).
      const r = rng.int(0, 2);
      if (r < 2)
        await db
          .insert(tables.siaeReferents)
          .values(
            r === 0 ? { siaeId: id, referentName: 'Référent' } : { siaeId: id, correspondentName: 'Correspondant' },
          );
      facts.siaes.push({ departementCode, siaeKind: kind, hasReferent: r === 0, siaeId: id });
    }
    for (const kind of [
      'POLE_EMPLOI',
      'MISSION_LOCALE',
      'HABILITE',
      'HABILITE',
      'HABILITE',
      'HABILITE',
      'HABILITE',
    ] as const) {
      const id = randomUUID();
      // Half of the prescripteurs habilités have a register of decisions (grants, renewals, withdrawals, grants again,
      // as the domain accepts them, one after the other); the others only the directory's period (a bulk-loaded
      // directory, or organisations from before the register).
      const register = kind === 'HABILITE' && rng.chance(0.5) ? registerOf(rng, day) : [];
      let start = kind === 'HABILITE' ? day() : null;
      let end = start && rng.chance(0.6) ? minIsoDate('2027-12-31', [day(), start].sort()[1]!) : null;
      if (register.length > 0) {
        // The projection the structures write with each decision (the span in effect or to come, else the last one):
        // the indicator must not read it (a past day would move with each new decision).
        const { span } = habilitationOn(register, register.at(-1)!.decidedOn);
        [start, end] = [span?.startOn ?? null, span?.endOn ?? null];
      }
      prescribers.push({ id, departementCode, kind });
      await db.insert(tables.prescriberOrganisations).values({
        id,
        name: `Prescripteur ${departementCode} ${id.slice(0, 4)}`,
        kind,
        departementCode,
        city: 'Ville',
        habilitationStartOn: start,
        habilitationEndOn: end,
      });
      for (const [index, decision] of register.entries())
        await db.insert(tables.habilitationDecisions).values({
          prescriberOrganisationId: id,
          departementCode,
          sequence: index + 1,
          kind: decision.kind,
          decidedOn: decision.decidedOn,
          startOn: decision.startOn ?? null,
          endOn: decision.endOn ?? null,
          reason: decision.kind === 'WITHDRAWAL' ? 'Retrait de test' : null,
        });
      facts.prescriberOrganisations.push({
        departementCode,
        kind,
        decisions: decisionsWithLegacyPeriod(register, { startOn: start, endOn: end }),
      });
    }
    const serviceId = randomUUID();
    services[departementCode] = serviceId;
    await db
      .insert(tables.employmentServices)
      .values({ id: serviceId, agencyId, kind: 'PRESTATION', title: 'Prestation', description: 'Test' });
  }
  const cellOf = (siaeId: string) => {
    const s = siaes.find((x) => x.id === siaeId)!;
    return { departementCode: s.departementCode, siaeKind: s.kind, siaeId };
  };

  // Conventions de coopération locale: drafts, signed, expired since, terminated (on an edge or not), signed late.
  for (const s of siaes) {
    for (let i = 0; i < rng.int(0, 3); i++) {
      const status = rng.pick(['DRAFT', 'SIGNED', 'SIGNED', 'EXPIRED', 'TERMINATED'] as const);
      const startOn = day();
      const endOn = rng.chance(0.5) ? [day(), startOn].sort()[1]! : null;
      const signedOn = status === 'DRAFT' ? null : day();
      const terminatedOn = status === 'TERMINATED' && rng.chance(0.8) ? day() : null;
      const row = {
        siaeId: s.id,
        agencyId: agencies[s.departementCode]!,
        status,
        startOn: `${startOn}`,
        endOn,
        signedOn,
        terminatedOn,
      };
      // One live convention per SIAE, agence and start (natural key): a duplicate start is simply not written.
      if (
        facts.cooperationAgreements.some(
          (a) => a.siaeId === s.id && a.startOn === startOn && ['DRAFT', 'SIGNED'].includes(a.status),
        )
      )
        continue;
      await db.insert(tables.cooperationAgreements).values(row);
      facts.cooperationAgreements.push({ ...cellOf(s.id), status, startOn, endOn, signedOn, terminatedOn });
    }
    // Offers: deposited at Pôle emploi on a day, or never.
    for (let i = 0; i < rng.int(0, 3); i++) {
      const deposited = rng.chance(0.75) ? day() : null;
      await db.insert(tables.jobOffers).values({
        siaeId: s.id,
        title: `Offre ${i}`,
        description: 'Offre',
        publishedOn: '2025-09-01',
        depositedAtPoleEmploiOn: deposited,
      });
      facts.jobOffers.push({ ...cellOf(s.id), depositedAtPoleEmploiOn: deposited });
    }
  }
  // CTA meetings, minutes sent to the CDIAE on or after the meeting, or not yet.
  for (const cta of ctas) {
    const held = new Set<string>();
    for (let i = 0; i < rng.int(0, 5); i++) held.add(day());
    for (const heldOn of held) {
      const minutes = rng.chance(0.6) ? [day(), heldOn].sort()[1]! : null;
      await db
        .insert(tables.ctaMeetings)
        .values({ ctaId: cta.id, heldOn, agenda: 'Ordre du jour', minutesSentToCdiaeOn: minutes });
      facts.ctaMeetings.push({
        departementCode: cta.departementCode,
        ctaId: cta.id,
        heldOn,
        minutesSentToCdiaeOn: minutes,
      });
    }
  }

  // Presentations of the accord in each département's CDIAE (fiche 3), one a session day.
  for (const departementCode of DEPARTEMENTS) {
    const cdiaeId = randomUUID();
    const days = new Set<string>();
    for (let i = 0; i < rng.int(1, 5); i++) days.add(day());
    for (const presentedOn of days) {
      await db
        .insert(tables.accordPresentations)
        .values({ cdiaeId, departementCode, presentedOn, recordedByUserId: randomUUID() });
      facts.accordPresentations.push({ departementCode, presentedOn });
    }
  }

  // The parcours of 45 people, each with an agrément in a SIAE of a département.
  for (let i = 0; i < 45; i++) {
    const home = rng.pick(siaes);
    const local = siaes.filter((s) => s.departementCode === home.departementCode);
    const pe = prescribers.find((p) => p.departementCode === home.departementCode && p.kind === 'POLE_EMPLOI')!;
    const [person] = await db
      .insert(tables.people)
      .values({ firstName: 'Test', lastName: `Drift ${i}`, birthDate: '1980-01-01', createdByOrganisationId: pe.id })
      .returning({ id: tables.people.id });
    const personId = person!.id;
    const [approval] = await db
      .insert(tables.approvals)
      .values({
        number: `DRIFT${String(i).padStart(7, '0')}`,
        personId,
        siaeId: home.id,
        startOn: '2025-06-01',
        endOn: '2027-05-31',
      })
      .returning({ id: tables.approvals.id });
    const approvalId = approval!.id;
    // Prescriptions to distinct SIAE of the département, by an agence or Pôle emploi, a mission locale or a habilité.
    const targets = [...local].sort(() => rng.next() - 0.5).slice(0, rng.int(0, 3));
    for (const [k, target] of targets.entries()) {
      const by = rng.pick(prescribers.filter((p) => p.departementCode === home.departementCode));
      const [diagnosis] = await db
        .insert(tables.eligibilityDiagnoses)
        .values({
          personId,
          prescriberOrganisationId: by.id,
          criteria: ['PUB_QPV', `N${k}`],
          diagnosedOn: '2025-09-01',
        })
        .returning({ id: tables.eligibilityDiagnoses.id });
      // Around midnight in France: 22:30 or 23:30 UTC is the next day in Paris in summer or in winter.
      const sentAt = new Date(`${day()}T${rng.pick(['09:00', '22:30', '23:30', '00:10'])}:00Z`);
      const status = rng.pick(['SENT', 'SEEN', 'ACCEPTED', 'REFUSED', 'REFUSED', 'WITHDRAWN', 'HIRED'] as const);
      const updatedAt = new Date(sentAt.getTime() + rng.int(0, 40) * 86_400_000 + rng.int(0, 23) * 3_600_000);
      // Half the refusals are written as sent first, then refused (the trigger moves the total).
      const later = status === 'REFUSED' && rng.chance(0.5);
      const [row] = await db
        .insert(tables.prescriptions)
        .values({
          personId,
          diagnosisId: diagnosis!.id,
          prescriberOrganisationId: by.id,
          siaeId: target.id,
          message: 'Prescription',
          status: later ? 'SENT' : status,
          refusalReason: status === 'REFUSED' && !later ? 'NO_POSITION_AVAILABLE' : null,
          sentAt,
          updatedAt: later ? sentAt : updatedAt,
        })
        .returning({ id: tables.prescriptions.id });
      if (later) {
        await db
          .update(tables.prescriptions)
          .set({ status: 'REFUSED', refusalReason: 'NO_POSITION_AVAILABLE', updatedAt })
          .where(eq(tables.prescriptions.id, row!.id));
      }
      facts.prescriptions.push({
        ...cellOf(target.id),
        status,
        prescriberKind: by.kind,
        sentOn: dateInFrance(sentAt),
        updatedOn: dateInFrance(updatedAt),
      });
    }
    // Agrément requests of every kind and status; refusals upheld or dismissed on appeal; some decided after writing.
    for (let k = 0; k < rng.int(0, 4); k++) {
      const status = rng.pick(['PENDING', 'GRANTED', 'REFUSED', 'REFUSED', 'TACITLY_GRANTED', 'CLOSED'] as const);
      const receivedOn = day();
      const decidedOn = status === 'GRANTED' || status === 'REFUSED' ? [day(), receivedOn].sort()[1]! : null;
      const refusalReason = status === 'REFUSED' ? rng.pick(APPROVAL_REFUSAL_REASONS).code : null;
      const appealStatus = status === 'REFUSED' ? rng.pick([null, 'PENDING', 'UPHELD', 'DISMISSED'] as const) : null;
      const siaeId = rng.chance(0.8) ? home.id : rng.pick(local).id;
      const later = status === 'REFUSED' && rng.chance(0.4);
      const values = {
        kind: rng.pick(['INITIAL', 'EXTENSION', 'PROLONGATION', 'RENEWAL', 'SUSPENSION'] as const),
        personId,
        siaeId,
        receivedOn,
        deadline: '2027-12-31',
        status,
        decidedOn,
        refusalReason,
        appealStatus,
        appealText: appealStatus ? 'Recours' : null,
        appealedOn: appealStatus ? decidedOn : null,
        closedOn: status === 'CLOSED' ? receivedOn : null,
        closedReason: status === 'CLOSED' ? 'Sortie du salarié' : null,
      };
      const [row] = await db
        .insert(tables.approvalRequests)
        .values(
          later
            ? {
                ...values,
                status: 'PENDING',
                decidedOn: null,
                refusalReason: null,
                appealStatus: null,
                appealText: null,
                appealedOn: null,
              }
            : values,
        )
        .returning({ id: tables.approvalRequests.id });
      if (later) {
        await db
          .update(tables.approvalRequests)
          .set({ status, decidedOn, refusalReason })
          .where(eq(tables.approvalRequests.id, row!.id));
        if (appealStatus)
          await db
            .update(tables.approvalRequests)
            .set({ appealStatus, appealText: 'Recours', appealedOn: decidedOn })
            .where(eq(tables.approvalRequests.id, row!.id));
      }
      facts.approvalRequests.push({ ...cellOf(siaeId), status, receivedOn, decidedOn, appealStatus, refusalReason });
    }
    // Suspensions, prolongations, extensions (an extension is in another SIAE: its cell).
    for (let k = 0; k < rng.int(0, 3); k++) {
      const kind = rng.pick(['SUSPENSION', 'PROLONGATION', 'EXTENSION'] as const);
      const siaeId = kind === 'EXTENSION' ? rng.pick(local).id : home.id;
      const startOn = day();
      await db.insert(tables.approvalEvents).values({
        approvalId,
        kind,
        siaeId,
        startOn,
        endOn: kind === 'EXTENSION' ? null : '2027-12-31',
        ...(kind === 'PROLONGATION' ? { reason: 'AGE_50_OR_RQTH' } : {}),
      } as typeof tables.approvalEvents.$inferInsert);
      facts.approvalEvents.push({ ...cellOf(siaeId), kind, startOn });
    }
    // Training: often two or three records (the same person twice in a period), sometimes in another cell; some moved
    // or deleted after they were written.
    for (let k = 0; k < rng.int(0, 3); k++) {
      const siaeId = rng.chance(0.8) ? home.id : rng.pick(local).id;
      const endOn = day();
      const hours = rng.int(1, 60);
      const [row] = await db
        .insert(tables.trainingRecords)
        .values({
          personId,
          approvalId,
          siaeId,
          kind: 'QUALIFYING',
          title: `Formation ${k}`,
          organisation: 'Organisme',
          hours,
          startOn: '2025-09-01',
          endOn,
        })
        .returning({ id: tables.trainingRecords.id });
      const fate = rng.int(0, 9);
      if (fate === 0) {
        await db.delete(tables.trainingRecords).where(eq(tables.trainingRecords.id, row!.id));
        continue;
      }
      if (fate === 1) {
        const moved = day();
        await db
          .update(tables.trainingRecords)
          .set({ endOn: moved, hours: hours + 1 })
          .where(eq(tables.trainingRecords.id, row!.id));
        facts.trainingRecords.push({ ...cellOf(siaeId), personId, hours: hours + 1, endOn: moved });
        continue;
      }
      facts.trainingRecords.push({ ...cellOf(siaeId), personId, hours, endOn });
    }
    for (let k = 0; k < rng.int(0, 3); k++) {
      const startOn = day();
      const [row] = await db
        .insert(tables.immersions)
        .values({
          personId,
          approvalId,
          siaeId: home.id,
          hostCompany: `Entreprise ${k}`,
          objective: 'Découvrir',
          startOn,
          endOn: startOn,
        })
        .returning({ id: tables.immersions.id });
      if (rng.chance(0.15)) await db.delete(tables.immersions).where(eq(tables.immersions.id, row!.id));
      else facts.immersions.push({ ...cellOf(home.id), startOn });
    }
    for (let k = 0; k < rng.int(0, 3); k++) {
      const usedOn = day();
      const inWorkFollowUp = rng.chance(0.5);
      const [row] = await db
        .insert(tables.serviceUses)
        .values({
          personId,
          approvalId,
          siaeId: home.id,
          serviceId: services[home.departementCode]!,
          usedOn,
          inWorkFollowUp,
        })
        .onConflictDoNothing()
        .returning({ id: tables.serviceUses.id });
      if (!row) continue;
      // A follow-up in work recorded as such later.
      if (!inWorkFollowUp && rng.chance(0.3)) {
        const done = await db
          .update(tables.serviceUses)
          .set({ inWorkFollowUp: true })
          .where(eq(tables.serviceUses.id, row.id))
          .returning({ id: tables.serviceUses.id })
          .catch(() => []);
        facts.serviceUses.push({ ...cellOf(home.id), usedOn, inWorkFollowUp: done.length > 0 });
      } else facts.serviceUses.push({ ...cellOf(home.id), usedOn, inWorkFollowUp });
    }
    if (rng.chance(0.4)) {
      const startOn = day();
      await db.insert(tables.poes).values({
        personId,
        approvalId,
        siaeId: home.id,
        employer: 'Employeur',
        hours: 70,
        startOn,
        endOn: '2027-12-31',
      });
      facts.poes.push({ ...cellOf(home.id), startOn });
    }
    // Inscription à Pôle emploi (fiches 5 and 7): during the parcours, sometimes replaced by a new situation later, and
    // 6 months after the end.
    for (const checkpoint of ['DURING_PARCOURS', 'SIX_MONTHS_AFTER_END'] as const) {
      if (!rng.chance(checkpoint === 'DURING_PARCOURS' ? 0.7 : 0.4)) continue;
      let registered = rng.chance(0.6);
      let checkedOn = day();
      const [row] = await db
        .insert(tables.poleEmploiRegistrations)
        .values({
          approvalId,
          siaeId: home.id,
          checkpoint,
          registered,
          registeredOn: registered ? '2025-01-15' : null,
          checkedOn,
          recordedByOrganisationId: home.id,
        })
        .returning({ id: tables.poleEmploiRegistrations.id });
      if (rng.chance(0.2)) {
        registered = !registered;
        checkedOn = day();
        await db
          .update(tables.poleEmploiRegistrations)
          .set({ registered, registeredOn: registered ? '2025-01-15' : null, checkedOn })
          .where(eq(tables.poleEmploiRegistrations.id, row!.id));
      }
      facts.poleEmploiRegistrations.push({
        ...cellOf(home.id),
        checkpoint,
        registered,
        checkedOn,
        approvalStartOn: '2025-06-01',
        approvalEndOn: '2027-05-31',
      });
    }
  }
  return { facts, agencies, siaes };
}

/** The reference: the domain's reading of a measure over the facts of a scope, by cell, within our départements. */
function expected(measure: Measure, facts: Facts, period: { from: string; to: string }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of evaluateMeasure(measureSpec(measure), facts, period)) if (value !== 0) out[key] = value;
  return out;
}

const only = (facts: Facts, keep: (row: { departementCode: string; siaeId?: string }) => boolean): Facts =>
  Object.fromEntries(
    Object.entries(facts).map(([source, rows]) => [source, (rows as { departementCode: string }[]).filter(keep)]),
  ) as Facts;

/** What an SQL path gave, in the same shape: non-zero values by cell, within our départements. */
async function read(
  db: Database,
  measure: Measure,
  scope: IndicatorScope,
  period: { from: string; to: string },
): Promise<Record<string, number>> {
  const filter: SourceFilter = { scope, departement: null, siaeKind: null };
  const out: Record<string, number> = {};
  for (const cell of await measuresByCell(db, [measure], filter, period, TODAY)) {
    if (!(DEPARTEMENTS as readonly string[]).includes(cell.departement)) continue;
    const value = cell.measures[measure] ?? 0;
    const key = measureCellKey(cell.departement, measureHasSiaeKind(measure) ? cell.siaeKind : null);
    if (value !== 0) out[key] = (out[key] ?? 0) + value;
  }
  return out;
}

describe.each(BOTH_ENGINES)('the indicators’ SQL against the domain’s measure specs, on %s', (_engine, open) => {
  let setup: EngineSetup;
  let written: Written;
  beforeAll(async () => {
    setup = await open();
    written = await writeFacts(setup.db);
  });
  afterAll(async () => {
    await setup?.close();
  });

  it(
    'the generated facts give every measure something to count, in some period and not in another',
    () => {
      for (const measure of MEASURES) {
        const values = PERIODS.map((period) =>
          Object.values(expected(measure, written.facts, period)).reduce((a, b) => a + b, 0),
        );
        expect(Math.max(...values), measure).toBeGreaterThan(0);
        if (measureSpec(measure).period.kind !== 'current') expect(new Set(values).size, measure).toBeGreaterThan(1);
      }
    },
    SLOW,
  );

  it(
    'the region (live totals for the live measures, views for the others) equals the domain’s reading, cell by cell',
    async () => {
      for (const period of PERIODS) {
        for (const measure of MEASURES) {
          expect(
            await read(setup.db, measure, { kind: 'region' }, period),
            `${measure} ${period.from}..${period.to}`,
          ).toEqual(expected(measure, written.facts, period));
        }
      }
    },
    SLOW,
  );

  it(
    'an agence’s and a SIAE’s own figures (views) equal the domain’s reading of their facts',
    async () => {
      for (const departementCode of DEPARTEMENTS) {
        const facts = only(written.facts, (row) => row.departementCode === departementCode);
        for (const period of PERIODS) {
          for (const measure of MEASURES) {
            const seen = await read(
              setup.db,
              measure,
              { kind: 'agency', id: written.agencies[departementCode]! },
              period,
            );
            expect(seen, `${departementCode} ${measure} ${period.from}..${period.to}`).toEqual(
              expected(measure, facts, period),
            );
          }
        }
      }
      // Two SIAE of the same cell, each its own figures; CTA figures are no SIAE's, the préfet's list its département's.
      for (const siae of written.siaes.filter((s) => s.kind === 'ACI' && s.departementCode === '2A')) {
        const facts = only(written.facts, (row) =>
          row.siaeId === undefined ? row.departementCode === siae.departementCode : row.siaeId === siae.id,
        );
        for (const period of PERIODS) {
          for (const measure of MEASURES) {
            if (['ctaMeetings', 'accordPresentations'].includes(measureSpec(measure).source)) continue;
            const seen = await read(setup.db, measure, { kind: 'siae', id: siae.id }, period);
            expect(seen, `SIAE ${measure} ${period.from}..${period.to}`).toEqual(expected(measure, facts, period));
          }
        }
      }
    },
    SLOW,
  );

  it(
    'the cells of the indicator tables (one statement, by département × kind and by département) equal the domain’s reading',
    async () => {
      const scopes: [IndicatorScope, (row: { departementCode: string }) => boolean][] = [
        [{ kind: 'region' }, () => true],
        [{ kind: 'agency', id: written.agencies['2A']! }, (row) => row.departementCode === '2A'],
      ];
      for (const [scope, keep] of scopes) {
        const facts = only(written.facts, keep);
        for (const period of PERIODS) {
          const cells = await indicatorCellMeasures(
            setup.db,
            MEASURES,
            { scope, departement: null, siaeKind: null },
            period,
            TODAY,
          );
          for (const measure of MEASURES) {
            const byCell: Record<string, number> = {};
            const byDepartement: Record<string, number> = {};
            for (const cell of cells) {
              const value = cell.measures[measure];
              if (value == null || value === 0 || !(DEPARTEMENTS as readonly string[]).includes(cell.departement))
                continue;
              if (cell.allKinds) byDepartement[cell.departement] = value;
              else byCell[measureCellKey(cell.departement, measureHasSiaeKind(measure) ? cell.siaeKind : null)] = value;
            }
            const want = expected(measure, facts, period);
            const label = `${scope.kind} ${measure} ${period.from}..${period.to}`;
            expect(byCell, label).toEqual(want);
            const wantByDepartement: Record<string, number> = {};
            for (const [key, value] of Object.entries(want)) {
              const departement = key.split('|')[0]!;
              wantByDepartement[departement] = (wantByDepartement[departement] ?? 0) + value;
            }
            expect(byDepartement, `${label}, by département`).toEqual(wantByDepartement);
          }
        }
      }
    },
    SLOW,
  );

  it(
    'trends by quarter (totals for the region, views for an agence) equal the sum of the domain’s cells',
    async () => {
      const quarters = lastQuarters(TODAY, 8).map((q) => ({
        from: q.from,
        to: minIsoDate(q.to, TODAY),
        day: minIsoDate(q.to, TODAY),
      }));
      for (const departementCode of DEPARTEMENTS) {
        const facts = only(written.facts, (row) => row.departementCode === departementCode);
        for (const measure of MEASURES) {
          const want = quarters.map((q) => Object.values(expected(measure, facts, q)).reduce((a, b) => a + b, 0));
          const region = await measureByPeriod(
            setup.db,
            measure,
            { scope: { kind: 'region' }, departement: departementCode, siaeKind: null },
            quarters,
            TODAY,
          );
          expect(region, `region ${departementCode} ${measure}`).toEqual(want);
          const agency = await measureByPeriod(
            setup.db,
            measure,
            { scope: { kind: 'agency', id: written.agencies[departementCode]! }, departement: null, siaeKind: null },
            quarters,
            TODAY,
          );
          expect(agency, `agence ${departementCode} ${measure}`).toEqual(want);
        }
      }
    },
    SLOW,
  );

  it(
    'the parcours statistics’ live totals (migration 0014) equal the domain’s reading of their specs',
    async () => {
      const specs = {
        ...STATISTICS_MEASURE_SPECS,
        ...Object.fromEntries(APPROVAL_REFUSAL_REASONS.map((r) => [refusedForMeasure(r.code), refusedForSpec(r.code)])),
      };
      for (const period of PERIODS) {
        const totals = await readMeasureTotals(
          setup.db,
          Object.keys(specs),
          { departement: null, siaeKind: null },
          [period],
          TODAY,
        );
        for (const [measure, spec] of Object.entries(specs)) {
          const seen: Record<string, number> = {};
          for (const t of totals) {
            if (
              t.measure !== measure ||
              !(DEPARTEMENTS as readonly string[]).includes(t.departementCode) ||
              t.value === 0
            )
              continue;
            seen[measureCellKey(t.departementCode, t.siaeKind)] = t.value;
          }
          const want: Record<string, number> = {};
          for (const [key, value] of evaluateMeasure(spec, written.facts, period)) want[key] = value;
          expect(seen, `${measure} ${period.from}..${period.to}`).toEqual(want);
        }
      }
    },
    SLOW,
  );
});

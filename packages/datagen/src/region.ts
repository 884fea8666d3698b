// The living demo region (issue 14 §4): the national generator run at regional scale on the demo directory of
// Bourgogne-Franche-Comté (@navette/db buildDemoDataSet: its agences, SIAE and prescripteurs, so the demo accounts see
// the activity), with "today" taken from the product's clock. Two years of history up to today, so that the last year
// is complete and agréments reach their end (prolongations, renewals, exits); everything else is seeded: the same clock
// day gives the same rows.
//
// Besides the parcours of the national generator (people, diagnoses, prescriptions, requests of every kind and
// status with appeals, agréments with suspensions, prolongations and extensions, contracts, tripartite interviews,
// exits, trainings, PMSMP), the region gets what a year of a territory holds: Pôle emploi services used and POE
// (fiches 5 and 7), the registrations at Pôle emploi during the parcours and 6 months after it (fiches 5 and 7),
// orientations towards a prescripteur in every state (annexe 4 §3), conventions de coopération in every state (article 2), référents, job offers (fiche 4), CTA meetings
// (fiche 8), comité meetings, roadmap and amendments (article 3).
import {
  buildDemoDataSet,
  demoId,
  seedDemoTeamAccounts,
  tables as s,
  type Database,
  type DemoDataSet,
} from '@navette/db';
import {
  dateInFrance,
  isCooperationAgreementMandatory,
  registrationCheckDueOn,
  STEERING_DOCUMENTS_DAYS_BEFORE,
  validateParcoursActivity,
  type IsoDate,
  type PrescriberKind,
} from '@navette/domain';
import { sql } from 'drizzle-orm';
import { dayOf, iso, timestamp, type Day } from './dates.js';
import {
  SIAE_KIND_SIZE,
  type Area,
  type Agency,
  type DepartementIndex,
  type Directory,
  type Prescriber,
  type Siae,
} from './directory.js';
import { EXTENSIONS, type ApprovalForExtensions, type ParcoursExtension } from './extensions.js';
import { DEPARTEMENTS } from './france.js';
import { makeIds, type Ids } from './ids.js';
import { ParcoursGenerator } from './parcours.js';
import { cumulative, Random } from './random.js';
import { REGION_TABLES, type Cell, type RowSink, type TableName } from './tables.js';

/** The demo region's defaults: about 2,400 people over two years (a few hundred a year in every département). */
export const DEMO_REGION = { seed: 2026, people: 2_400, years: 2 } as const;

/** The SIAE of the demo accounts get more people, so that their screens are full (accounts.ts of @navette/db). */
const FEATURED_SIAE = ['siae:25-BES:0', 'siae:25-BES:1', 'siae:25-BES:2', 'siae:25-MTB:0', 'siae:25-MTB:1'];

export interface DemoRegionOptions {
  /** "Today" of the demo (YYYY-MM-DD): the product's clock on the first start. */
  today: IsoDate;
  seed?: number;
  people?: number;
  years?: number;
}

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export interface DemoRegion {
  today: IsoDate;
  /** Parcours and formation rows, in REGION_TABLES column order. */
  rows: Map<TableName, Cell[][]>;
  cooperationAgreements: Insert<typeof s.cooperationAgreements>[];
  siaeReferents: Insert<typeof s.siaeReferents>[];
  jobOffers: Insert<typeof s.jobOffers>[];
  ctaMeetings: Insert<typeof s.ctaMeetings>[];
  steeringMeetings: Insert<typeof s.steeringMeetings>[];
  roadmapActions: Insert<typeof s.roadmapActions>[];
  amendments: Insert<typeof s.amendments>[];
  /** Last agrément number and prescription event id used (sequences are moved past them). */
  approvalNumbers: number;
  prescriptionEventIds: number;
}

/** The demo directory as the generator's Directory (same ids: demoId keys of @navette/db). */
export function demoRegionDirectory(data: DemoDataSet, seed: number): Directory {
  const rng = new Random(seed, 11);
  const info = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
  const featured = new Set(FEATURED_SIAE.map(demoId));
  const agencies: Agency[] = data.agencies.map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    departement: a.departementCode,
    city: a.city,
  }));
  const siaes: Siae[] = data.siaes.map((x) => ({
    id: x.id,
    siret: x.siret,
    name: x.name,
    kind: x.kind,
    departement: x.departementCode,
    employmentAreaId: x.employmentAreaId,
    agencyId: x.agencyId,
    city: x.city,
    postcode: x.postcode ?? '',
    weight: SIAE_KIND_SIZE[x.kind] * Math.min(3, Math.max(0.5, rng.lognormal(1, 0.4))) * (featured.has(x.id) ? 4 : 1),
  }));
  const prescribers: Prescriber[] = data.prescriberOrganisations.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    departement: p.departementCode,
    habilitationStart: p.habilitationStartOn ? dayOf(p.habilitationStartOn) : null,
    habilitationEnd: p.habilitationEndOn ? dayOf(p.habilitationEndOn) : null,
  }));
  const departements: DepartementIndex[] = data.departements.map((d) => {
    const areas: Area[] = data.employmentAreas
      .filter((a) => a.departementCode === d.code)
      .map((a) => {
        const mine = agencies.filter((g) => data.agencies.find((x) => x.id === g.id)!.code === `PE-${a.code}`);
        return {
          id: a.id,
          code: a.code,
          name: a.name,
          town: mine[0]?.city ?? a.name,
          postcode: siaes.find((x) => x.employmentAreaId === a.id)?.postcode ?? '',
          departement: d.code,
          agencies: mine,
        };
      });
    const mine = siaes.filter((x) => x.departement === d.code);
    const byKind: Record<PrescriberKind, Prescriber[]> = {
      POLE_EMPLOI: [],
      MISSION_LOCALE: [],
      CAP_EMPLOI: [],
      HABILITE: [],
    };
    for (const p of prescribers) if (p.departement === d.code) byKind[p.kind].push(p);
    return {
      info: info.get(d.code)!,
      areas,
      siaes: mine,
      siaeCumulative: cumulative(mine.map((x) => x.weight)),
      prescribers: byKind,
    };
  });
  return {
    departements,
    // The Doubs, home of most demo accounts, weighs twice its population.
    departementCumulative: cumulative(departements.map((d) => d.info.population * (d.info.code === '25' ? 2 : 1))),
    siaes,
    agencies,
    prescribers,
    stateServices: data.stateServices.map((x) => ({
      id: x.id,
      name: x.name,
      kind: x.kind as 'DDETS' | 'DREETS',
      departement: x.departementCode ?? null,
    })),
    steeringCommittees: data.steeringCommittees.map((x) => ({ id: x.id, name: x.name, region: x.regionCode })),
  };
}

// --- Pôle emploi services and POE (fiches 5 and 7), an extension of the parcours ----------------------------------

const POE_EMPLOYERS = [
  'Transports Comtois',
  'Fromagerie du Haut-Doubs',
  'Logistique Bourgogne',
  'Bâtiment Saône Services',
  'Aide à domicile Jura',
];

/** The days an activity can use: while employed within the agrément, up to today (as extensions.ts). */
function activityWindow(a: ApprovalForExtensions, today: Day): [Day, Day] | null {
  if (!a.employed) return null;
  const first = Math.max(a.start, a.employed[0]);
  const last = Math.min(a.end, a.employed[1], today);
  return last >= first ? [first, last] : null;
}

function activityColumns(id: string, a: ApprovalForExtensions): Cell[] {
  return [
    id,
    a.personId,
    a.id,
    a.prescriberOrganisationId,
    a.siae.id,
    a.siae.agencyId,
    a.siae.kind,
    a.siae.departement,
  ];
}

/** Services of the SIAE's agence used by about one agrément in three; a POE for one in twenty near its end. */
function servicesExtension(servicesByAgency: ReadonlyMap<string, readonly string[]>): ParcoursExtension {
  return {
    name: 'Pôle emploi services and POE',
    table: 'serviceUses',
    volumeAtScale1: 0,
    start: () => ({
      onApproval(a, sink, rng, context) {
        const days = activityWindow(a, context.today);
        if (!days) return;
        const services = servicesByAgency.get(a.siae.agencyId) ?? [];
        if (services.length > 0 && rng.chance(0.35)) {
          const written = new Set<string>();
          for (let i = rng.int(1, 3); i > 0; i--) {
            const used = rng.int(days[0], days[1]);
            const service = rng.pick(services);
            const followUp = used > days[1] - 60 && rng.chance(0.3);
            const key = `${service}|${used}|${followUp}`; // service_uses_natural_unique
            if (written.has(key)) continue;
            written.add(key);
            sink.add('serviceUses', [
              ...activityColumns(context.id('serviceUse'), a),
              service,
              iso(used),
              followUp,
              timestamp(used, rng.int(480, 1080)),
            ]);
          }
        }
        if (rng.chance(0.05) && days[1] - days[0] > 30) {
          const start = rng.int(Math.max(days[0], days[1] - 90), days[1] - 10);
          const end = Math.min(days[1], start + rng.int(10, 60));
          const hours = rng.int(35, 400);
          const activity = { startOn: iso(start), endOn: iso(end), hours };
          // A POE is recorded like any activity of the parcours: within the agrément, dates in order (fiche 7).
          if (!validateParcoursActivity(activity, { startOn: iso(a.start), endOn: iso(a.end) }, 'La POE').ok) return;
          sink.add('poes', [
            ...activityColumns(context.id('poe'), a),
            rng.pick(POE_EMPLOYERS),
            hours,
            activity.startOn,
            activity.endOn,
            timestamp(start, rng.int(480, 1080)),
          ]);
        }
      },
    }),
  };
}

// --- registrations at Pôle emploi (fiches 5 and 7), an extension of the parcours ---------------------------------------

/**
 * The registration status at Pôle emploi as the product records it (recordPoleEmploiRegistration): during the parcours
 * by the SIAE (or its agence) for about two agréments in three, a day while the agrément runs, most registered since
 * before the parcours ("maintenir l'inscription", fiche 5); 6 months after the agrément's end by the agence for about
 * four due checks in five, the rest left on its worklist (fiche 7), fewer registered once the parcours is over. The
 * rules are the domain's: a registration day not after the record, a 6-month check not before it is due.
 */
function registrationsExtension(): ParcoursExtension {
  return {
    name: 'Pôle emploi registrations',
    table: 'poleEmploiRegistrations',
    volumeAtScale1: 0,
    start: () => ({
      onApproval(a, sink, rng, context) {
        const row = (checkpoint: string, registeredOn: Day | null, checked: Day, recorder: string): Cell[] => [
          context.id('poleEmploiRegistration'),
          a.id,
          a.siae.id,
          a.siae.agencyId,
          a.siae.kind,
          a.siae.departement,
          checkpoint,
          registeredOn !== null,
          registeredOn === null ? null : iso(registeredOn),
          iso(checked),
          recorder,
          timestamp(checked, rng.int(480, 1080)),
        ];
        const running: [Day, Day] = [a.start, Math.min(a.end, context.today)];
        if (running[1] >= running[0] && rng.chance(0.65)) {
          const checked = rng.int(running[0], running[1]);
          // Registered since before the parcours (up to a year), or during it up to the record.
          const registeredOn = rng.chance(0.8)
            ? rng.chance(0.7)
              ? a.start - rng.int(0, 365)
              : rng.int(a.start, checked)
            : null;
          sink.add(
            'poleEmploiRegistrations',
            row('DURING_PARCOURS', registeredOn, checked, rng.chance(0.8) ? a.siae.id : a.siae.agencyId),
          );
        }
        const due = dayOf(registrationCheckDueOn(iso(a.end)));
        if (due <= context.today && rng.chance(0.8)) {
          const checked = rng.int(due, Math.min(context.today, due + 45));
          const registeredOn = rng.chance(0.45) ? rng.int(a.end + 1, checked) : null;
          sink.add('poleEmploiRegistrations', row('SIX_MONTHS_AFTER_END', registeredOn, checked, a.siae.agencyId));
        }
      },
    }),
  };
}

// --- orientations towards a prescripteur (annexe 4 §3; fiche 4), an extension of the parcours ----------------------

const ORIENTATION_REASONS = [
  'Sans emploi depuis plus d’un an, souhaite reprendre une activité encadrée.',
  'Rencontrée à l’accueil : freins de mobilité et de logement, un parcours IAE semble adapté.',
  'Inscrite à Pôle emploi, demande un accompagnement vers un chantier d’insertion.',
  'Sortie de formation sans solution, motivée pour une mise en situation de travail.',
  'Bénéficiaire du RSA, souhaite un emploi avec un accompagnement social.',
];
const DECLINE_REASONS = [
  'Hors de notre secteur : orientez la personne vers le prescripteur de son domicile.',
  'La personne est déjà suivie par un autre prescripteur.',
  'Personne injoignable après trois relances ; nouvelle orientation possible.',
];

/**
 * Who orients, as @navette/domain orientationOrigin counts it: the SIAE that will hire, its agence (Pôle emploi), a
 * prescripteur de droit of the département other than the target, or a structure whose habilitation has lapsed (OTHER).
 */
function orientationOrigin(
  a: ApprovalForExtensions,
  target: Prescriber,
  prescribers: readonly Prescriber[],
  on: Day,
  rng: Random,
): { id: string; kind: 'SIAE' | 'POLE_EMPLOI' | 'PRESCRIBER' | 'OTHER' } {
  const others = prescribers.filter((p) => p.id !== target.id && p.departement === target.departement);
  const rightful = others.filter((p) => p.kind !== 'HABILITE');
  const lapsed = others.filter((p) => p.kind === 'HABILITE' && p.habilitationEnd !== null && p.habilitationEnd < on);
  const kind = rng.weighted<'SIAE' | 'POLE_EMPLOI' | 'PRESCRIBER' | 'OTHER'>([
    ['SIAE', 4],
    ['POLE_EMPLOI', 3],
    ['PRESCRIBER', rightful.length > 0 ? 2 : 0],
    ['OTHER', lapsed.length > 0 ? 1 : 0],
  ]);
  if (kind === 'SIAE') return { id: a.siae.id, kind };
  if (kind === 'POLE_EMPLOI') return { id: a.siae.agencyId, kind };
  return { id: rng.pick(kind === 'PRESCRIBER' ? rightful : lapsed).id, kind };
}

/**
 * Orientations of about two people in five before their first agrément, accepted by their prescripteur a few days
 * later (ACCEPTED); one in twelve was first oriented to another prescripteur who declined with a reason (DECLINED);
 * among people whose agrément began in the last two months, one in four has a newer orientation not answered yet
 * (PENDING, the last ten days). Deterministic: the extension's own stream.
 */
function orientationsExtension(prescribers: readonly Prescriber[]): ParcoursExtension {
  const byId = new Map(prescribers.map((p) => [p.id, p]));
  return {
    name: 'Orientations towards a prescripteur',
    table: 'orientations',
    volumeAtScale1: 0,
    start: () => {
      const seen = new Set<string>();
      return {
        onApproval(a, sink, rng, context) {
          const target = a.prescriberOrganisationId ? byId.get(a.prescriberOrganisationId) : undefined;
          if (!target || seen.has(a.personId)) return;
          seen.add(a.personId);
          const today = context.today;
          const row = (
            to: Prescriber,
            origin: { id: string; kind: string },
            status: 'PENDING' | 'ACCEPTED' | 'DECLINED',
            oriented: Day,
            answered: Day | null,
          ) =>
            sink.add('orientations', [
              context.id('orientation'),
              a.personId,
              origin.id,
              origin.kind,
              to.id,
              to.departement,
              rng.pick(ORIENTATION_REASONS),
              status,
              status === 'DECLINED' ? rng.pick(DECLINE_REASONS) : null,
              timestamp(oriented, rng.int(480, 1080)),
              answered === null ? null : timestamp(answered, rng.int(480, 1080)),
            ]);
          const oriented = Math.min(today, a.start - rng.int(40, 90));
          if (rng.chance(0.4)) {
            const origin = orientationOrigin(a, target, prescribers, oriented, rng);
            if (origin.id !== target.id) {
              if (rng.chance(0.2)) {
                const elsewhere = prescribers.filter(
                  (p) =>
                    p.departement === target.departement &&
                    p.id !== target.id &&
                    p.id !== origin.id &&
                    p.kind !== 'HABILITE',
                );
                if (elsewhere.length > 0) {
                  const declined = oriented - rng.int(10, 30);
                  row(rng.pick(elsewhere), origin, 'DECLINED', declined, Math.min(today, declined + rng.int(1, 5)));
                }
              }
              row(target, origin, 'ACCEPTED', oriented, Math.min(today, oriented + rng.int(1, 6)));
            }
          }
          if (a.start >= today - 60 && a.start <= today && rng.chance(0.25)) {
            const others = prescribers.filter(
              (p) => p.departement === target.departement && p.id !== target.id && p.kind !== 'HABILITE',
            );
            if (others.length > 0) {
              row(rng.pick(others), { id: a.siae.id, kind: 'SIAE' }, 'PENDING', today - rng.int(0, 9), null);
            }
          }
        },
      };
    },
  };
}

class ListSink implements RowSink {
  readonly rows = new Map<TableName, Cell[][]>();
  add(table: TableName, row: readonly Cell[]): void {
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push([...row]);
  }
}

// --- the territory's year: conventions, offers, CTA, comité ----------------------------------------------------------

const ROADMAP = [
  [1, 'Partager entre SIAE et agences la liste des offres déposées à Pôle emploi'],
  [2, 'Mettre à jour la liste départementale des prescripteurs habilités'],
  [3, 'Former les prescripteurs au diagnostic d’éligibilité (annexe 2)'],
  [4, 'Réduire le délai de réponse aux fiches navette'],
  [5, 'Développer les PMSMP en entreprise pendant le parcours'],
  [6, 'Suivre les heures de formation par département et type de SIAE'],
  [7, 'Généraliser les entretiens tripartites 3 mois avant la sortie'],
  [8, 'Tenir un CTA par trimestre dans chaque bassin d’emploi'],
] as const;

function territory(data: DemoDataSet, today: Day, years: number, ids: Ids, seed: number) {
  const rng = new Random(seed, 12);
  const todayIso = iso(today);
  const year = Number(todayIso.slice(0, 4));
  let n = 0;
  const id = (kind: Parameters<Ids>[0]) => ids(kind, n++);
  const cooperationAgreements: Insert<typeof s.cooperationAgreements>[] = [];
  const siaeReferents: Insert<typeof s.siaeReferents>[] = [];
  const jobOffers: Insert<typeof s.jobOffers>[] = [];
  const headings = {
    prescriptionHeading: 'Les prescriptions passent par la fiche navette ; réponse motivée sous 10 jours.',
    referentsHeading: 'Un référent Pôle emploi et un correspondant de la structure, joignables chaque semaine.',
    offersHeading: 'Les offres sont déposées à Pôle emploi et partagées avec les prescripteurs du bassin.',
    exitsHeading: 'Entretien tripartite 2 à 3 mois avant la fin du parcours ; bilan au référent et au prescripteur.',
  };
  data.siaes.forEach((siae, i) => {
    // Conventions (article 2): a current one for every SIAE — signed, or a draft awaiting a party's signature (never
    // for an AI, for which it is mandatory) — and for some an earlier one, expired or terminated, ending before.
    const currentStart = today - rng.int(20, 600);
    const draft = !isCooperationAgreementMandatory(siae.kind) && rng.chance(0.2);
    const bySiae = currentStart - rng.int(5, 40);
    const byAgency = bySiae + rng.int(0, 20);
    const onlySiaeSigned = draft && rng.chance(0.5);
    cooperationAgreements.push({
      id: id('cooperationAgreement'),
      siaeId: siae.id,
      agencyId: siae.agencyId,
      status: draft ? 'DRAFT' : 'SIGNED',
      startOn: iso(draft ? today + rng.int(5, 60) : currentStart),
      endOn: iso((draft ? today + 60 : currentStart) + 3 * 365),
      siaeSignedOn: draft ? (onlySiaeSigned ? iso(today - rng.int(1, 15)) : null) : iso(bySiae),
      agencySignedOn: draft ? null : iso(byAgency),
      signedOn: draft ? null : iso(Math.max(bySiae, byAgency)),
      terminatedOn: null,
      ...headings,
      createdAt: new Date(`${iso(draft ? today - rng.int(1, 30) : bySiae - 10)}T09:00:00Z`),
    });
    if (rng.chance(0.35)) {
      const terminated = rng.chance(0.35);
      const start = (draft ? today : currentStart) - 3 * 365 - rng.int(30, 200);
      const end = start + 3 * 365 - 1;
      const stop = terminated ? start + rng.int(200, 900) : null;
      cooperationAgreements.push({
        id: id('cooperationAgreement'),
        siaeId: siae.id,
        agencyId: siae.agencyId,
        status: terminated ? 'TERMINATED' : 'EXPIRED',
        startOn: iso(start),
        endOn: iso(end),
        siaeSignedOn: iso(start - 20),
        agencySignedOn: iso(start - 15),
        signedOn: iso(start - 15),
        terminatedOn: stop === null ? null : iso(stop),
        ...headings,
        createdAt: new Date(`${iso(start - 30)}T09:00:00Z`),
      });
    }
    const agency = data.agencies.find((a) => a.id === siae.agencyId)!;
    siaeReferents.push({
      siaeId: siae.id,
      referentName: `${i % 2 === 0 ? 'Claire' : 'Julien'} Référent IAE (${agency.name})`,
      referentEmail: `referent.iae.${agency.code.toLowerCase()}@demo.navette.fr`,
      correspondentName: `Correspondant ${siae.name}`,
      correspondentEmail: `contact.${siae.siret}@demo.navette.fr`,
    });
    const titles = [
      'Agent d’entretien des espaces verts',
      'Préparateur de commandes',
      'Agent de propreté',
      'Aide cuisinier',
      'Ouvrier du bâtiment',
    ];
    for (let k = rng.int(1, 3); k > 0; k--) {
      const published = today - rng.int(0, 200);
      const open = today - published < 90 && rng.chance(0.7);
      jobOffers.push({
        id: id('jobOffer'),
        siaeId: siae.id,
        title: `${titles[(i + k) % titles.length]} (H/F)`,
        description:
          'Poste en parcours d’insertion, accompagnement socio-professionnel et formation pendant le contrat.',
        prerequisites: rng.chance(0.5) ? 'Aucun diplôme requis ; débutants acceptés.' : '',
        positions: rng.int(1, 4),
        depositedAtPoleEmploiOn: rng.chance(0.8) ? iso(published + rng.int(0, 3)) : null,
        status: open ? 'OPEN' : 'CLOSED',
        publishedOn: iso(published),
        createdAt: new Date(`${iso(published)}T08:30:00Z`),
      });
    }
  });

  // CTA (fiche 8): one meeting a quarter in every bassin, the last of the year with the SIAE heads; minutes sent to the
  // CDIAE within a few weeks — the most recent ones not yet (work waiting for the agence).
  const ctaMeetings: Insert<typeof s.ctaMeetings>[] = [];
  const firstYear = year - years;
  for (const cta of data.ctas) {
    for (let y = firstYear; y <= year; y++) {
      for (let q = 0; q < 4; q++) {
        const q4 = q === 3;
        const held = dayOf(
          `${y}-${String(q * 3 + (q4 ? 3 : 2)).padStart(2, '0')}-${String(rng.int(4, 20)).padStart(2, '0')}`,
        );
        if (held > today || held < today - years * 365) continue;
        const sent = held + rng.int(5, 30);
        ctaMeetings.push({
          id: id('ctaMeeting'),
          ctaId: cta.id,
          heldOn: iso(held),
          agenda: q4
            ? 'Bilan de l’année avec les responsables de SIAE ; fiches navette, agréments, sorties ; feuille de route'
            : 'Fiches navette en attente, demandes d’agrément, offres du bassin, situations individuelles bloquées',
          participants: 'Agence Pôle emploi, SIAE du bassin, prescripteurs, DDETS',
          siaeHeadsInvited: q4,
          minutes:
            held < today - 2
              ? 'Relevé de décisions : délais de réponse suivis, deux situations à revoir au prochain CTA.'
              : null,
          minutesSentToCdiaeOn: sent <= today && rng.chance(0.85) ? iso(sent) : null,
          createdAt: new Date(`${iso(held)}T17:00:00Z`),
        });
      }
    }
  }

  // Comité de pilotage (article 3): two meetings a year, in June and December, documents sent at least 10 days before
  // (one year late once); the next meeting's documents are still to send.
  const steeringMeetings: Insert<typeof s.steeringMeetings>[] = [];
  for (let y = firstYear; y <= year + 1; y++) {
    for (const month of ['06', '12']) {
      const held = dayOf(`${y}-${month}-${month === '06' ? '18' : '10'}`);
      if (held < today - years * 365) continue;
      const future = held > today;
      if (future && steeringMeetings.some((m) => dayOf(m.heldOn) > today)) continue;
      const lead =
        y === firstYear + 1 && month === '06'
          ? STEERING_DOCUMENTS_DAYS_BEFORE - 3
          : STEERING_DOCUMENTS_DAYS_BEFORE + rng.int(2, 10);
      steeringMeetings.push({
        id: id('steeringMeeting'),
        heldOn: iso(held),
        agenda: 'Indicateurs de l’annexe 1, feuille de route, avenants, retours des CTA',
        // The next meeting's documents are still to send (work waiting for the comité's secretariat).
        documentsSentOn: future ? null : iso(held - lead),
        minutes: future ? null : 'Les indicateurs du semestre ont été présentés ; la feuille de route est mise à jour.',
        createdAt: new Date(`${iso(held - 40)}T09:00:00Z`),
      });
    }
  }

  // Feuille de route (article 3): the actions of last year (done or dropped) and of this year, by quarter; those due
  // in a past quarter and not done are late.
  const roadmapActions: Insert<typeof s.roadmapActions>[] = [];
  const quarterNow = Math.floor((Number(todayIso.slice(5, 7)) - 1) / 3) + 1;
  for (const y of [year - 1, year]) {
    ROADMAP.forEach(([fiche, action], i) => {
      const quarter = (i % 4) + 1;
      const past = y < year || quarter < quarterNow;
      const status =
        y < year
          ? i === 3
            ? 'DROPPED'
            : 'DONE'
          : past
            ? i % 3 === 0
              ? 'IN_PROGRESS'
              : i % 3 === 1
                ? 'DONE'
                : 'PLANNED'
            : i % 2 === 0
              ? 'IN_PROGRESS'
              : 'PLANNED';
      roadmapActions.push({
        id: id('roadmapAction'),
        year: y,
        fiche,
        action,
        owner: fiche === 8 ? 'Agences Pôle emploi' : fiche === 2 ? 'DDETS' : 'Comité de pilotage',
        duePeriod: `T${quarter} ${y}`,
        status,
        updatedAt: new Date(
          `${iso(Math.min(today, dayOf(`${y}-${String(quarter * 3).padStart(2, '0')}-15`)))}T10:00:00Z`,
        ),
      });
    });
  }
  const amendments: Insert<typeof s.amendments>[] = [
    {
      id: id('amendment'),
      signedOn: iso(today - 330 - rng.int(0, 30)),
      title: 'Avenant n° 1 : liste des motifs de refus convenus en CTA',
      summary: 'Ajoute au socle commun les motifs de refus d’agrément convenus en CTA et leur suivi par bassin.',
      createdAt: new Date(`${iso(today - 330)}T09:00:00Z`),
    },
    {
      id: id('amendment'),
      signedOn: iso(today - rng.int(20, 90)),
      title: 'Avenant n° 2 : indicateurs de suivi des PMSMP',
      summary: 'Précise les indicateurs de l’annexe 1 sur les immersions en entreprise pendant le parcours.',
      createdAt: new Date(`${iso(today - 20)}T09:00:00Z`),
    },
    {
      // Article 4's term ended on 31 December 2018 and the accord has no renewal clause: the demo region lives on an
      // avenant of prorogation (article 5) to the end of next year, so that its lifecycle (article 6) can be shown.
      id: id('amendment'),
      signedOn: '2018-12-14',
      title: 'Avenant de prorogation de l’accord régional',
      summary: 'Proroge l’accord régional au-delà du 31 décembre 2018 (article 4), sans autre modification.',
      extendsTermTo: `${Number(iso(today).slice(0, 4)) + 1}-12-31`,
      createdAt: new Date('2018-12-14T09:00:00Z'),
    },
  ];
  return { cooperationAgreements, siaeReferents, jobOffers, ctaMeetings, steeringMeetings, roadmapActions, amendments };
}

/** The region's rows, in memory: pure and deterministic for a given `today` (and seed, people, years). */
export function generateDemoRegion(options: DemoRegionOptions, data: DemoDataSet = buildDemoDataSet()): DemoRegion {
  const seed = options.seed ?? DEMO_REGION.seed;
  const years = options.years ?? DEMO_REGION.years;
  const today = dayOf(options.today);
  const ids = makeIds(seed);
  const directory = demoRegionDirectory(data, seed);
  const servicesByAgency = new Map<string, string[]>();
  for (const service of data.employmentServices) {
    const list = servicesByAgency.get(service.agencyId) ?? [];
    list.push(service.id);
    servicesByAgency.set(service.agencyId, list);
  }
  const sink = new ListSink();
  const generator = new ParcoursGenerator(directory, ids, sink, {
    seed,
    today,
    years,
    // The agences' inboxes: requests of the last ten days not answered yet, deadlines from today on.
    pendingFrom: today - 10,
    extensions: [
      ...EXTENSIONS,
      servicesExtension(servicesByAgency),
      orientationsExtension(directory.prescribers),
      registrationsExtension(),
    ],
  });
  const people = options.people ?? DEMO_REGION.people;
  for (let i = 0; i < people; i++) generator.person(i);
  return {
    today: options.today,
    rows: sink.rows,
    ...territory(data, today, years, ids, seed),
    approvalNumbers: generator.highlights.approvalNumbers,
    prescriptionEventIds: generator.highlights.prescriptionEventIds,
  };
}

// --- loading ---------------------------------------------------------------------------------------------------------

/** Foreign keys first: an agrément before the requests that name it as their result, requests before events. */
const LOAD_ORDER: readonly TableName[] = [
  'people',
  'eligibilityDiagnoses',
  'prescriptions',
  'prescriptionEvents',
  'orientations',
  'approvals',
  'approvalRequests',
  'approvalEvents',
  'contracts',
  'exitInterviews',
  'exits',
  'poleEmploiRegistrations',
  'trainingRecords',
  'immersions',
  'serviceUses',
  'poes',
];

/** A SQL literal; INSERT … VALUES coerces each to its column's type (text arrays in their `{…}` form). */
function literal(value: Cell): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text =
    typeof value === 'string'
      ? value
      : `{${value.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  return `'${text.replace(/'/g, "''")}'`;
}

const CHUNK = 500;

/**
 * Loads the demo region into a database holding the demo data set (seedDemoData) and no parcours yet, in one
 * transaction, through the ordinary triggers (SIAE facts, the indicators' live totals, training records' previous
 * ends) as the product writes; then the teams' accounts. Does nothing when people are already recorded.
 */
export async function loadDemoRegion(
  db: Database,
  options: {
    clock?: () => Date;
    today?: IsoDate;
    seed?: number;
    people?: number;
    years?: number;
    /**
     * bulk (default): triggers off for the load (as the national loader: the generator writes the SIAE facts and the
     * training records' previous ends itself), then the indicators' live totals rebuilt at once — several times faster
     * on PGlite; row: through every trigger and foreign key, row by row, as the product writes (the tests compare).
     */
    triggers?: 'bulk' | 'row';
  } = {},
): Promise<{ loaded: boolean; today: IsoDate; rows: number; correctedPreviousEnds: number }> {
  const today = options.today ?? dateInFrance((options.clock ?? (() => new Date()))());
  const [{ people } = { people: 0 }] = await db.select({ people: sql<number>`count(*)::int` }).from(s.people);
  if (people > 0) return { loaded: false, today, rows: 0, correctedPreviousEnds: 0 };
  const region = generateDemoRegion({ today, seed: options.seed, people: options.people, years: options.years });
  const bulk = (options.triggers ?? 'bulk') === 'bulk';
  let rows = 0;
  let correctedPreviousEnds = 0;
  await db.transaction(async (tx) => {
    if (bulk) await tx.execute(sql`set local session_replication_role = replica`);
    for (const table of LOAD_ORDER) {
      const list = region.rows.get(table) ?? [];
      const spec = REGION_TABLES[table];
      for (let i = 0; i < list.length; i += CHUNK) {
        const values = list
          .slice(i, i + CHUNK)
          .map((row) => `(${row.map(literal).join(',')})`)
          .join(',\n');
        await tx.execute(
          sql.raw(`insert into ${spec.schema}.${spec.name} (${spec.columns.join(', ')}) values ${values}`),
        );
      }
      rows += list.length;
    }
    if (bulk) {
      await tx.execute(sql`set local session_replication_role = origin`);
      const [corrected] = await tx
        .select({ n: sql<number>`reporting.rebuild_measures()::int` })
        .from(sql`(select 1) as once`);
      correctedPreviousEnds = corrected?.n ?? 0;
    }
    await tx.execute(sql`select setval('parcours.approval_number_seq', ${Math.max(1, region.approvalNumbers)})`);
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('parcours.prescription_events', 'id'), ${Math.max(1, region.prescriptionEventIds)})`,
    );
    const small = [
      [s.cooperationAgreements, region.cooperationAgreements],
      [s.siaeReferents, region.siaeReferents],
      [s.jobOffers, region.jobOffers],
      [s.ctaMeetings, region.ctaMeetings],
      [s.steeringMeetings, region.steeringMeetings],
      [s.roadmapActions, region.roadmapActions],
      [s.amendments, region.amendments],
    ] as const;
    for (const [table, values] of small) {
      if (values.length === 0) continue;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one loop over seven tables of known rows
      await tx.insert(table as any).values(values);
      rows += values.length;
    }
  });
  await seedDemoTeamAccounts(db);
  return { loaded: true, today, rows, correctedPreviousEnds };
}

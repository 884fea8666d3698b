// Rows hung on each agrément after the parcours itself: training records (heures de formation, accord fiche 6;
// 5,000,000 at scale 1) and PMSMP immersions (fiche 5; 500,000), the volumes issue 6 asks for. Tables of the
// `formation` context (migration 0006; columns in tables.ts, FORMATION_TABLES).
//
// Each extension draws from its own seeded stream (`rng`), so adding or changing one leaves every other row of the
// data set unchanged. Every record is accepted by `validateParcoursActivity` of @navette/domain (within the agrément,
// dates in order, hours between 1 and 2,000), like a record entered in the SIAE portal; none is in the future.
import { validateParcoursActivity, type TrainingKind } from '@navette/domain';
import { iso, timestamp, type Day } from './dates.js';
import type { IdKind } from './ids.js';
import type { Random } from './random.js';
import type { Cell, RowSink, TableName } from './tables.js';

export interface ApprovalForExtensions {
  id: string;
  personId: string;
  /** The prescripteur of the parcours (null for an agrément asked by the SIAE itself). */
  prescriberOrganisationId: string | null;
  siae: { id: string; agencyId: string; kind: string; departement: string };
  /** The agrément, in calendar days (see dates.ts). */
  start: Day;
  end: Day;
  /** From the first contract's start to the last contract's end (or today); null when never employed. */
  employed: readonly [Day, Day] | null;
}

export interface ExtensionContext {
  /** "Today" of the data set: nothing is recorded after it. */
  today: Day;
  /** A new identifier of that kind (deterministic: kind and ordinal). */
  id(kind: IdKind): string;
}

export interface ParcoursExtension {
  /** What it generates, for the progress report. */
  name: string;
  table: TableName;
  /** Rows at scale 1 (issue 6). */
  volumeAtScale1: number;
  /** A run with its own state, for one generator. */
  start(): ExtensionRun;
}

export interface ExtensionRun {
  onApproval(approval: ApprovalForExtensions, sink: RowSink, rng: Random, context: ExtensionContext): void;
  /** After the last agrément of a person. */
  endOfPerson?(sink: RowSink): void;
}

/** Months between two days, as the generator counts them (never for a rule). */
const monthsBetween = (from: Day, to: Day) => Math.max(0, (to - from + 1) / 30.4375);

/** Number of events of a Poisson-like process at `perMonth` over `months` (expectation exact, variance small). */
function occurrences(rng: Random, perMonth: number, months: number): number {
  const expected = perMonth * months;
  return Math.floor(expected + rng.next());
}

/** The days an activity can use: while employed within the agrément, up to today. */
function window(a: ApprovalForExtensions, today: Day): [Day, Day] | null {
  if (!a.employed) return null;
  const first = Math.max(a.start, a.employed[0]);
  const last = Math.min(a.end, a.employed[1], today);
  return last >= first ? [first, last] : null;
}

/** The columns every activity of the parcours starts with (tables.ts, `activity`): who, which agrément, which SIAE. */
const activityColumns = (id: string, a: ApprovalForExtensions): Cell[] => [
  id,
  a.personId,
  a.id,
  a.prescriberOrganisationId,
  a.siae.id,
  a.siae.agencyId,
  a.siae.kind,
  a.siae.departement,
];

const TRAINING_TITLES: Readonly<Record<TrainingKind, readonly string[]>> = {
  QUALIFYING: [
    'Titre professionnel agent de propreté et d’hygiène',
    'CAP agricole jardinier paysagiste',
    'Titre professionnel préparateur de commandes',
    'Titre professionnel agent de restauration',
  ],
  CERTIFYING: [
    'CACES R489 chariots élévateurs',
    'Certificat Cléa',
    'Sauveteur secouriste du travail',
    'Habilitation électrique BS',
    'Permis B',
  ],
  PRE_QUALIFYING: [
    'Préqualification bâtiment second œuvre',
    'Découverte des métiers de l’aide à domicile',
    'Préqualification logistique',
  ],
  ADAPTATION: [
    'Gestes et postures',
    'Utilisation des outils de désherbage',
    'Hygiène alimentaire HACCP',
    'Tri et valorisation des déchets',
  ],
  BASIC_SKILLS: [
    'Français langue étrangère',
    'Remise à niveau mathématiques',
    'Compétences numériques de base',
    'Savoirs de base, lecture et écriture',
  ],
};
const TRAINING_KIND_WEIGHTS: readonly (readonly [TrainingKind, number])[] = [
  ['ADAPTATION', 0.34],
  ['CERTIFYING', 0.24],
  ['BASIC_SKILLS', 0.18],
  ['PRE_QUALIFYING', 0.14],
  ['QUALIFYING', 0.1],
];
const TRAINING_ORGANISATIONS = [
  'AFPA',
  'GRETA',
  'CNAM',
  'Croix-Rouge compétence',
  'Organisme de formation local',
  'La SIAE (formation interne)',
  'CFPPA',
  'Chambre des métiers',
];

/**
 * Training records: about 5 per agrément at scale 1 (5,000,000 for 1.2 million agréments, issue 6), spread over the
 * months of the parcours; hours skewed (median 21 h, qualifying courses longer).
 */
export const trainingRecords: ParcoursExtension = {
  name: 'training records (formation)',
  table: 'trainingRecords',
  volumeAtScale1: 5_000_000,
  start() {
    // A person's records, written once the person is done: each needs the end of the previous record of the same
    // person in its cell (previous_end_on, migration 0013: by end date, then id), as the triggers would have set it.
    let pending: Cell[][] = [];
    return {
      onApproval(a, _sink, rng, context) {
        const days = window(a, context.today);
        if (!days) return;
        const count = occurrences(rng, TRAINING_PER_MONTH, monthsBetween(days[0], days[1]));
        // Natural key training_records_natural_unique (migration 0016): the same course twice is written once.
        const written = new Set<string>();
        for (let i = 0; i < count; i++) {
          const kind = rng.weighted(TRAINING_KIND_WEIGHTS);
          const start = rng.int(days[0], days[1]);
          const length =
            kind === 'QUALIFYING' ? rng.int(20, 120) : kind === 'PRE_QUALIFYING' ? rng.int(10, 60) : rng.int(0, 10);
          const end = Math.min(days[1], start + length);
          const median = kind === 'QUALIFYING' ? 180 : kind === 'PRE_QUALIFYING' ? 70 : 14;
          const hours = Math.max(1, Math.min(2000, Math.round(rng.lognormal(median, 0.6))));
          const activity = { startOn: iso(start), endOn: iso(end), hours };
          if (!validateParcoursActivity(activity, { startOn: iso(a.start), endOn: iso(a.end) }, 'La formation').ok)
            continue;
          const row: Cell[] = [
            ...activityColumns(context.id('trainingRecord'), a),
            kind,
            rng.pick(TRAINING_TITLES[kind]),
            rng.pick(TRAINING_ORGANISATIONS),
            hours,
            activity.startOn,
            activity.endOn,
            timestamp(Math.min(context.today, end + rng.int(0, 20)), rng.int(480, 1080)),
          ];
          const key = `${kind}|${activity.startOn}|${String(row[row.length - 6]).toLowerCase()}`;
          if (written.has(key)) continue;
          written.add(key);
          pending.push(row);
        }
      },
      endOfPerson(sink) {
        const cell = (row: Cell[]) => `${String(row[1])}|${String(row[6])}|${String(row[7])}`;
        const byEnd = (x: Cell[], y: Cell[]) =>
          String(x[13]) < String(y[13]) ? -1 : String(x[13]) > String(y[13]) ? 1 : String(x[0]) < String(y[0]) ? -1 : 1;
        const last = new Map<string, Cell>();
        for (const row of pending.sort(byEnd)) {
          const key = cell(row);
          sink.add('trainingRecords', [...row.slice(0, 14), last.get(key) ?? null, row[14]!]);
          last.set(key, row[13]!);
        }
        pending = [];
      },
    };
  },
};

const HOST_COMPANIES = [
  'Boulangerie',
  'Espaces verts',
  'Plateforme logistique',
  'EHPAD',
  'Garage',
  'Supermarché',
  'Entreprise de nettoyage',
  'Restaurant',
  'Menuiserie',
  'Maraîchage bio',
];
/** The three objectives of a PMSMP (code du travail, art. L5135-1). */
const IMMERSION_OBJECTIVES = [
  'Découvrir un métier ou un secteur d’activité',
  'Confirmer un projet professionnel',
  'Initier une démarche de recrutement',
];

/** PMSMP: about one agrément in three has one or two (500,000 at scale 1), from one day to a month. */
export const immersions: ParcoursExtension = {
  name: 'immersions (PMSMP)',
  table: 'immersions',
  volumeAtScale1: 500_000,
  start: () => ({
    onApproval(a, sink, rng, context) {
      const days = window(a, context.today);
      if (!days) return;
      const count = occurrences(rng, IMMERSIONS_PER_MONTH, monthsBetween(days[0], days[1]));
      // Natural key immersions_natural_unique (migration 0016): the same host and start once.
      const written = new Set<string>();
      for (let i = 0; i < count; i++) {
        const start = rng.int(days[0], days[1]);
        const end = Math.min(days[1], start + rng.int(0, 27));
        const activity = { startOn: iso(start), endOn: iso(end) };
        if (!validateParcoursActivity(activity, { startOn: iso(a.start), endOn: iso(a.end) }, 'L’immersion').ok)
          continue;
        const row: Cell[] = [
          ...activityColumns(context.id('immersion'), a),
          `${rng.pick(HOST_COMPANIES)} ${a.siae.departement}-${rng.int(1, 400)}`,
          rng.pick(IMMERSION_OBJECTIVES),
          activity.startOn,
          activity.endOn,
          timestamp(Math.min(context.today, start), rng.int(480, 1080)),
        ];
        const key = `${activity.startOn}|${String(row[row.length - 5]).toLowerCase()}`;
        if (written.has(key)) continue;
        written.add(key);
        sink.add('immersions', row);
      }
    },
  }),
};

/** Rates per month of parcours, tuned so that scale 1 gives the volumes of issue 6 (see README: counts printed). */
const TRAINING_PER_MONTH = 0.405;
const IMMERSIONS_PER_MONTH = 0.041;

/** Registered extensions, in the order they draw their streams. */
export const EXTENSIONS: readonly ParcoursExtension[] = [trainingRecords, immersions];

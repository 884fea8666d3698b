// The directory of the national data set (context `structures`): départements, employment areas, agences Pôle emploi,
// SIAE of the five kinds, prescripteurs (de droit and habilités), State services and steering committees. Built in
// memory (a few thousand rows), then written like every other table.
import type { PrescriberKind, SiaeKind } from '@navette/domain';
import { dayOf, iso, type Day } from './dates.js';
import {
  AREA_QUALIFIERS,
  DEPARTEMENTS,
  HABILITATED_STEMS,
  postcodePrefix,
  REGIONS,
  SIAE_NAME_STEMS,
  type DepartementInfo,
} from './france.js';
import type { Ids } from './ids.js';
import { cumulative, Random } from './random.js';
import type { RowSink } from './tables.js';

/** Volumes at scale 1 (issue 6), and the floor that keeps every département staffed at small scales. */
export const FULL_SCALE = {
  employmentAreas: { full: 300, min: DEPARTEMENTS.length },
  agencies: { full: 900, min: DEPARTEMENTS.length },
  siaes: { full: 4_500, min: DEPARTEMENTS.length },
  prescribers: { full: 3_000, min: 3 * DEPARTEMENTS.length },
  people: { full: 1_000_000, min: 1 },
} as const;

export const scaled = (what: keyof typeof FULL_SCALE, scale: number) =>
  Math.max(FULL_SCALE[what].min, Math.round(FULL_SCALE[what].full * scale));

/** Share of each kind among SIAE (national orders of magnitude) and their relative size (people per year). */
const SIAE_KIND_SHARE: readonly (readonly [SiaeKind, number])[] = [
  ['ACI', 0.44],
  ['EI', 0.25],
  ['AI', 0.16],
  ['ETTI', 0.12],
  ['EITI', 0.03],
];
export const SIAE_KIND_SIZE: Record<SiaeKind, number> = { ACI: 1, EI: 0.8, AI: 1.6, ETTI: 1.4, EITI: 0.5 };

export interface Area {
  id: string;
  code: string;
  name: string;
  town: string;
  postcode: string;
  departement: string;
  agencies: Agency[];
}
export interface Agency {
  id: string;
  code: string;
  name: string;
  departement: string;
  city: string;
}
export interface Siae {
  id: string;
  siret: string;
  name: string;
  kind: SiaeKind;
  departement: string;
  employmentAreaId: string;
  agencyId: string;
  city: string;
  postcode: string;
  /** Relative size: share of the département's hirings. */
  weight: number;
}
export interface Prescriber {
  id: string;
  name: string;
  kind: PrescriberKind;
  departement: string;
  habilitationStart: Day | null;
  habilitationEnd: Day | null;
}
export interface DepartementIndex {
  info: DepartementInfo;
  areas: Area[];
  siaes: Siae[];
  siaeCumulative: Float64Array;
  prescribers: Record<PrescriberKind, Prescriber[]>;
}
export interface Directory {
  departements: DepartementIndex[];
  departementCumulative: Float64Array;
  siaes: Siae[];
  agencies: Agency[];
  prescribers: Prescriber[];
  stateServices: { id: string; name: string; kind: 'DDETS' | 'DREETS'; departement: string | null }[];
  steeringCommittees: { id: string; name: string; region: string }[];
}

/** Integer shares of `total` proportional to `weights`, each at least `min` (largest remainder). */
export function allocate(total: number, weights: readonly number[], min: number): number[] {
  const base = weights.map(() => min);
  const rest = Math.max(0, total - min * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const counts = exact.map((x, i) => base[i]! + Math.floor(x));
  let missing = min * weights.length + rest - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    counts[i]! += 1;
    missing -= 1;
  }
  return counts;
}

/** A SIRET-shaped number (14 digits, Luhn-valid) from `n`; prefix 5 keeps it apart from the demo data's. */
function siret(n: number): string {
  const body = `5${String(n).padStart(12, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let digit = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable: one check digit always fits');
}

export function buildDirectory(options: { seed: number; scale: number; today: Day }, ids: Ids): Directory {
  const rng = new Random(options.seed, 1);
  const weights = DEPARTEMENTS.map((d) => d.population);
  const areaCounts = allocate(scaled('employmentAreas', options.scale), weights, 1);
  const agencyCounts = allocate(scaled('agencies', options.scale), weights, 1).map((n, i) =>
    Math.max(n, areaCounts[i]!),
  );
  const siaeCounts = allocate(scaled('siaes', options.scale), weights, 1);
  // Prescripteurs: per département one Pôle emploi (direction territoriale) and one Cap emploi; the Missions locales
  // (about 440 nationally) and the organisations habilitées share the rest.
  const prescriberTotal = scaled('prescribers', options.scale);
  const missionLocaleCounts = allocate(Math.max(DEPARTEMENTS.length, Math.round(prescriberTotal * 0.15)), weights, 1);
  const habilitatedCounts = allocate(
    Math.max(0, prescriberTotal - 2 * DEPARTEMENTS.length - missionLocaleCounts.reduce((a, b) => a + b, 0)),
    weights,
    0,
  );

  const directory: Directory = {
    departements: [],
    departementCumulative: cumulative(weights),
    siaes: [],
    agencies: [],
    prescribers: [],
    stateServices: [],
    steeringCommittees: [],
  };
  let areaN = 0;
  let agencyN = 0;
  let siaeN = 0;
  let prescriberN = 0;
  const habilitationFrom = dayOf('2018-01-01');

  DEPARTEMENTS.forEach((info, d) => {
    const areas: Area[] = [];
    const prefix = postcodePrefix(info.code);
    for (let k = 0; k < areaCounts[d]!; k++) {
      const town =
        k === 0
          ? info.town
          : `${info.town} ${AREA_QUALIFIERS[(k - 1) % AREA_QUALIFIERS.length]}${k > AREA_QUALIFIERS.length ? ` ${Math.ceil(k / AREA_QUALIFIERS.length)}` : ''}`;
      const suffix = String(k * 10)
        .padStart(5 - prefix.length, '0')
        .slice(-(5 - prefix.length));
      areas.push({
        id: ids('employmentArea', areaN++),
        code: `${info.code}-${String(k + 1).padStart(2, '0')}`,
        name: `Bassin de ${town}`,
        town,
        postcode: `${prefix}${suffix}`,
        departement: info.code,
        agencies: [],
      });
    }
    for (let k = 0; k < agencyCounts[d]!; k++) {
      const area = areas[k % areas.length]!;
      const nth = Math.floor(k / areas.length);
      const agency: Agency = {
        id: ids('agency', agencyN),
        code: `PE-${info.code}-${String(agencyN).padStart(4, '0')}`,
        name: `Pôle emploi ${area.town}${nth > 0 ? ` – site ${nth + 1}` : ''}`,
        departement: info.code,
        city: area.town,
      };
      agencyN++;
      area.agencies.push(agency);
      directory.agencies.push(agency);
    }
    const siaes: Siae[] = [];
    for (let k = 0; k < siaeCounts[d]!; k++) {
      const kind = rng.weighted(SIAE_KIND_SHARE);
      const area = rng.pick(areas);
      const stems = SIAE_NAME_STEMS[kind];
      const siae: Siae = {
        id: ids('siae', siaeN),
        siret: siret(siaeN),
        name: `${rng.pick(stems)} ${area.town}${k >= stems.length ? ` ${siaeN}` : ''}`,
        kind,
        departement: info.code,
        employmentAreaId: area.id,
        agencyId: rng.pick(area.agencies).id,
        city: area.town,
        postcode: area.postcode,
        // Skewed sizes: most SIAE employ a few dozen people a year, a few several hundred.
        weight: SIAE_KIND_SIZE[kind] * Math.min(12, Math.max(0.15, rng.lognormal(1, 0.7))),
      };
      siaeN++;
      siaes.push(siae);
      directory.siaes.push(siae);
    }
    const prescribers: Record<PrescriberKind, Prescriber[]> = {
      POLE_EMPLOI: [],
      MISSION_LOCALE: [],
      CAP_EMPLOI: [],
      HABILITE: [],
    };
    const add = (kind: PrescriberKind, name: string, start: Day | null, end: Day | null) => {
      const p: Prescriber = {
        id: ids('prescriber', prescriberN++),
        name,
        kind,
        departement: info.code,
        habilitationStart: start,
        habilitationEnd: end,
      };
      prescribers[kind].push(p);
      directory.prescribers.push(p);
    };
    add('POLE_EMPLOI', `Pôle emploi ${info.name} (direction territoriale)`, null, null);
    add('CAP_EMPLOI', `Cap emploi ${info.name}`, null, null);
    for (let k = 0; k < missionLocaleCounts[d]!; k++) {
      const area = areas[k % areas.length]!;
      add(
        'MISSION_LOCALE',
        `Mission locale de ${area.town}${k >= areas.length ? ` ${Math.floor(k / areas.length) + 1}` : ''}`,
        null,
        null,
      );
    }
    for (let k = 0; k < habilitatedCounts[d]!; k++) {
      const area = areas[k % areas.length]!;
      const start = rng.int(habilitationFrom, options.today - 200);
      // Habilitations by the préfet run for a period; about one in eight has lapsed.
      const end = rng.chance(0.12)
        ? Math.max(start, options.today - rng.int(30, 700))
        : Math.max(start + 3 * 365, options.today + rng.int(180, 1500));
      const nth = k >= HABILITATED_STEMS.length ? ` ${Math.floor(k / HABILITATED_STEMS.length) + 1}` : '';
      add('HABILITE', `${HABILITATED_STEMS[k % HABILITATED_STEMS.length]} de ${area.town}${nth}`, start, end);
    }
    directory.stateServices.push({
      id: ids('stateService', directory.stateServices.length),
      name: `DDETS ${info.name}`,
      kind: 'DDETS',
      departement: info.code,
    });
    directory.departements.push({
      info,
      areas,
      siaes,
      siaeCumulative: cumulative(siaes.map((s) => s.weight)),
      prescribers,
    });
  });
  for (const [code, name] of Object.entries(REGIONS)) {
    directory.stateServices.push({
      id: ids('stateService', directory.stateServices.length),
      name: `DREETS ${name}`,
      kind: 'DREETS',
      departement: null,
    });
    directory.steeringCommittees.push({
      id: ids('steering', directory.steeringCommittees.length),
      name: `Comité de pilotage régional IAE ${name}`,
      region: code,
    });
  }
  return directory;
}

/** Writes the directory's rows. */
export function writeDirectory(directory: Directory, sink: RowSink): void {
  for (const d of directory.departements) {
    sink.add('departements', [d.info.code, d.info.name, d.info.region]);
    for (const area of d.areas) sink.add('employmentAreas', [area.id, area.code, area.name, area.departement]);
  }
  for (const a of directory.agencies) sink.add('agencies', [a.id, a.code, a.name, a.departement, a.city]);
  for (const s of directory.siaes) {
    sink.add('siaes', [
      s.id,
      s.siret,
      s.name,
      s.kind,
      s.departement,
      s.employmentAreaId,
      s.agencyId,
      s.city,
      s.postcode,
    ]);
  }
  const towns = new Map(directory.departements.map((d) => [d.info.code, d.info.town]));
  for (const p of directory.prescribers) {
    sink.add('prescriberOrganisations', [
      p.id,
      p.name,
      p.kind,
      p.departement,
      towns.get(p.departement)!,
      p.habilitationStart === null ? null : iso(p.habilitationStart),
      p.habilitationEnd === null ? null : iso(p.habilitationEnd),
    ]);
  }
  // Each agence is also a prescripteur de droit (Pôle emploi) under its own id (issue 18 §2, migration 0032): the rows
  // the agencies_as_prescribers trigger keeps, written here as the loader skips triggers (load.ts).
  for (const a of directory.agencies) {
    sink.add('prescriberOrganisations', [a.id, a.name, 'POLE_EMPLOI', a.departement, a.city, null, null]);
  }
  for (const s of directory.stateServices) sink.add('stateServices', [s.id, s.name, s.kind, s.departement]);
  for (const s of directory.steeringCommittees) sink.add('steeringCommittees', [s.id, s.name, s.region]);
}

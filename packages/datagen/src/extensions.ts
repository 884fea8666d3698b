// Extension point for the volumes of issue 6 that have no table yet.
//
// Training records (heures de formation: 5,000,000 at scale 1) and immersions (PMSMP: 500,000) belong to the
// `formation` context (DESIGN §1), whose migration does not exist yet; the generator does not invent tables. When
// the tables land:
//   1. add their columns to tables.ts (a new `FORMATION_TABLES` group, merged into ALL_TABLES, and to the list the
//      loader streams: `STREAMED_TABLES` in load.ts);
//   2. write an extension below: `onApproval` receives every agrément with its contracts (who, where, when), which is
//      what a training record (hours during a contract) or an immersion (a PMSMP during the parcours) hangs on, and
//      adds rows through `sink` with its own seeded `rng` (so the rest of the data set does not change);
//   3. list it in EXTENSIONS. Its volume is then printed, loaded by COPY and indexed like the other tables.
import type { Random } from './random.js';
import type { RowSink } from './tables.js';

export interface ApprovalForExtensions {
  id: string;
  personId: string;
  siae: { id: string; agencyId: string; kind: string; departement: string };
  startOn: string;
  endOn: string;
  contracts: readonly { id: string; siaeId: string; startOn: string; endOn: string | null; endedOn: string | null }[];
}

export interface ParcoursExtension {
  /** What it generates, for the progress report. */
  name: string;
  /** Rows at scale 1 (issue 6). */
  volumeAtScale1: number;
  onApproval(approval: ApprovalForExtensions, sink: RowSink, rng: Random): void;
}

/** Asked for by issue 6, not generated until their tables exist. */
export const AWAITING_TABLES = [
  { name: 'training records (formation)', volumeAtScale1: 5_000_000 },
  { name: 'immersions (PMSMP)', volumeAtScale1: 500_000 },
] as const;

/** Registered extensions (none yet). */
export const EXTENSIONS: readonly ParcoursExtension[] = [];

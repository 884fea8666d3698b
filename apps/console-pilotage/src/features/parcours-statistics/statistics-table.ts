// The Parcours statistics as the console shows them: counts masked by the API (null, secret statistique) read
// "< 5", rows in a stable order (département code, then SIAE kind in the usual ACI, AI, EI, ETTI, EITI order).
//
// No total is computed here: next to a masked cell, a total would let anyone recompute it by difference
// (see @navette/domain masking.ts); totals, when wanted, must come masked from the API.
import { SIAE_KINDS } from '@navette/domain';

/** What the console shows for a count the API masked (below 5). */
export const MASKED_COUNT = '< 5';

const number = new Intl.NumberFormat('fr-FR');

/** "1 234", "0", or "< 5" for a masked count. */
export function formatCount(count: number | null | undefined): string {
  return count == null ? MASKED_COUNT : number.format(count);
}

export const STATISTICS_COLUMNS = [
  'requests',
  'granted',
  'refused',
  'tacitlyGranted',
  'pending',
  'suspensions',
  'prolongations',
  'extensions',
] as const;
export type StatisticsColumn = (typeof STATISTICS_COLUMNS)[number];

export type StatisticsRow = {
  departement: { code: string; name: string };
  siaeKind: string;
} & Record<StatisticsColumn, number | null>;

function kindRank(kind: string): number {
  const index = (SIAE_KINDS as readonly string[]).indexOf(kind);
  return index === -1 ? SIAE_KINDS.length : index;
}

export function sortStatisticsRows<T extends StatisticsRow>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      a.departement.code.localeCompare(b.departement.code) ||
      kindRank(a.siaeKind) - kindRank(b.siaeKind) ||
      a.siaeKind.localeCompare(b.siaeKind),
  );
}

/** Whether any cell of the table is masked: the explanation of "< 5" is then shown next to it. */
export function hasMaskedCount(
  rows: readonly StatisticsRow[],
  refusals: readonly { count: number | null }[] = [],
): boolean {
  return (
    rows.some((row) => STATISTICS_COLUMNS.some((column) => row[column] === null)) ||
    refusals.some((refusal) => refusal.count === null)
  );
}

/** The columns of the orientations table (accord, annexe 4 §3; fiche 4). */
export const ORIENTATION_COLUMNS = ['orientations', 'accepted', 'declined'] as const;
export type OrientationColumn = (typeof ORIENTATION_COLUMNS)[number];

export type OrientationRow = {
  departement: { code: string; name: string };
  originKind: string;
} & Record<OrientationColumn, number | null>;

/** The order of the origins, Pôle emploi first (fiche 4), as the API's enum lists them. */
const ORIGIN_ORDER = ['POLE_EMPLOI', 'PRESCRIBER', 'SIAE', 'OTHER'];

function originRank(kind: string): number {
  const index = ORIGIN_ORDER.indexOf(kind);
  return index === -1 ? ORIGIN_ORDER.length : index;
}

/** Orientation rows by département code, then origin (Pôle emploi, prescripteur, SIAE, other). */
export function sortOrientationRows<T extends OrientationRow>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      a.departement.code.localeCompare(b.departement.code) ||
      originRank(a.originKind) - originRank(b.originKind) ||
      a.originKind.localeCompare(b.originKind),
  );
}

/** Whether an orientation count is masked, in the table or in the counts by origin. */
export function hasMaskedOrientation(
  rows: readonly OrientationRow[],
  byOrigin: readonly { orientations: number | null }[] = [],
): boolean {
  return (
    rows.some((row) => ORIENTATION_COLUMNS.some((column) => row[column] === null)) ||
    byOrigin.some((origin) => origin.orientations === null)
  );
}

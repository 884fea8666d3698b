// Turns the aliased counts of siae-counts.graphql (`d25_ACI: siaes(...) { totalCount }`) into the
// rows of the table: one per département, in the order of the region's list, plus a regional total.
import { SIAE_KINDS, type SiaeKind as SiaeKindCode } from '@navette/domain';

/** The départements of Bourgogne-Franche-Comté, as queried by siae-counts.graphql. */
export const BFC_DEPARTEMENTS = ['21', '25', '39', '58', '70', '71', '89', '90'] as const;

export interface CountsRow {
  code: string;
  name: string;
  byKind: Record<SiaeKindCode, number>;
  total: number;
}

type CountsData = { departements: readonly { code: string; name: string }[] } & Record<string, unknown>;

function countOf(data: Record<string, unknown>, alias: string): number {
  const value = data[alias] as { totalCount?: unknown } | undefined;
  return typeof value?.totalCount === 'number' ? value.totalCount : 0;
}

export function countsTable(data: CountsData): { rows: CountsRow[]; region: CountsRow } {
  const names = new Map(data.departements.map((d) => [d.code, d.name]));
  const rows = BFC_DEPARTEMENTS.map((code) => {
    const byKind = Object.fromEntries(SIAE_KINDS.map((kind) => [kind, countOf(data, `d${code}_${kind}`)])) as Record<
      SiaeKindCode,
      number
    >;
    return { code, name: names.get(code) ?? code, byKind, total: countOf(data, `d${code}_total`) };
  });
  const region: CountsRow = {
    code: '27',
    name: 'Bourgogne-Franche-Comté',
    byKind: Object.fromEntries(
      SIAE_KINDS.map((kind) => [kind, rows.reduce((sum, r) => sum + r.byKind[kind], 0)]),
    ) as Record<SiaeKindCode, number>,
    total: rows.reduce((sum, r) => sum + r.total, 0),
  };
  return { rows, region };
}

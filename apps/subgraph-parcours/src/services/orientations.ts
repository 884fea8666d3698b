// Orientations towards a prescripteur (accord, annexe 4 §3): the lists the orienting organisation and the prescripteur
// see (row-level security, migration 0022), the names of the orienting organisations, and the comité's counts by origin
// (annexe 1; fiche 4 "Nombre de candidats orientés par Pôle emploi"), masked below 5 (secret statistique). Orienting
// and answering are use cases (use-cases/orient-person.ts, answer-orientation.ts).
import { tables } from '@navette/db';
import {
  ORIENTATION_ORIGIN_KINDS,
  ORIENTATION_ORIGIN_KIND_LABELS,
  cellKey,
  columnKey,
  publishedPeriodKind,
  suppressCells,
  tableWithMargins,
  type OrientationOriginKind,
  type OrientationStatus,
  type SecretCell,
} from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor, parseInput, timestampKey } from '@navette/subgraph-server';
import { and, count, eq, getTableColumns, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, withDetails } from '../errors.js';
import { optionalIsoDate } from '../input-fields.js';

const { orientations, orientationFacts: f } = tables;

/** Orientations the caller's organisation received or made, newest first, keyset-paginated. */
export async function listOrientations(
  ctx: ParcoursContext,
  args: {
    direction: 'RECEIVED' | 'SENT';
    status?: OrientationStatus | null;
    first?: number | null;
    after?: string | null;
  },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['timestamp', 'uuid']);
  const organisationId = ctx.identity.organisationId;
  // Row-level security already narrows to the caller's; the direction picks one side.
  const side =
    organisationId == null
      ? sql`false`
      : args.direction === 'RECEIVED'
        ? eq(orientations.prescriberOrganisationId, organisationId)
        : eq(orientations.originOrganisationId, organisationId);
  const where = and(side, args.status ? eq(orientations.status, args.status) : undefined);
  return ctx.data(async (tx) => {
    const after = key
      ? sql`(${orientations.orientedAt}, ${orientations.id}) < (${key[0]}::timestamptz, ${key[1]}::uuid)`
      : undefined;
    const rows = await tx
      .select({ ...getTableColumns(orientations), cursorAt: timestampKey(orientations.orientedAt) })
      .from(orientations)
      .where(and(where, after))
      .orderBy(sql`${orientations.orientedAt} desc`, sql`${orientations.id} desc`)
      .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(orientations).where(where);
    return connectionFromRows(rows, first, (r) => [r.cursorAt, r.id], total?.n ?? 0);
  });
}

const periodInput = z.object({ from: optionalIsoDate(), to: optionalIsoDate() });
const FIELDS = ['orientations', 'accepted', 'declined'] as const;
type Field = (typeof FIELDS)[number];
type Counts = { departement: string; originKind: OrientationOriginKind } & Record<Field, number>;

/**
 * The region's orientations by département × origin, each count a table published with its margins and suppressed
 * together (DESIGN §4, @navette/domain suppressCells), then filtered to the département asked for. Outsiders read whole
 * published periods only (a month, quarter, half-year or year), or every year.
 */
export async function orientationStatistics(
  ctx: ParcoursContext,
  args: { departement?: string | null; from?: string | null; to?: string | null },
) {
  const { from, to } = parseInput(
    periodInput,
    { from: args.from, to: args.to },
    { from: 'Début de la période', to: 'Fin de la période' },
  );
  if (
    (from !== null || to !== null) &&
    (from === null || publishedPeriodKind(from, to ?? ctx.today, ctx.today) === null)
  ) {
    throw withDetails(errors.periodNotPublished(), { field: 'from' });
  }
  const rows: Counts[] = await ctx.data(async (tx) => {
    const found = await tx
      .select({
        departement: f.departementCode,
        originKind: f.originKind,
        orientations: count(),
        accepted: sql<number>`count(*) filter (where ${f.status} = 'ACCEPTED')::int`,
        declined: sql<number>`count(*) filter (where ${f.status} = 'DECLINED')::int`,
      })
      .from(f)
      .where(and(from ? gte(f.orientedOn, from) : undefined, to ? lte(f.orientedOn, to) : undefined))
      .groupBy(f.departementCode, f.originKind);
    return found.map((row) => ({ ...row, accepted: Number(row.accepted), declined: Number(row.declined) }));
  });

  const cells: SecretCell<string>[] = [];
  const lines: string[][] = [];
  for (const field of FIELDS) {
    const table = tableWithMargins(
      rows.map((row) => ({ row: row.departement, column: row.originKind, value: row[field] })),
      field,
    );
    cells.push(...table.cells);
    lines.push(...table.lines);
  }
  const masked = suppressCells(cells, lines);
  const shown = (key: string, value: number) => (masked.has(key) ? null : value);

  const departement = args.departement ?? null;
  const published = rows
    .filter((row) => !departement || row.departement === departement)
    .sort((a, b) => a.departement.localeCompare(b.departement) || a.originKind.localeCompare(b.originKind))
    .map((row) => ({
      departement: { code: row.departement },
      originKind: row.originKind,
      originKindLabel: ORIENTATION_ORIGIN_KIND_LABELS[row.originKind],
      orientations: shown(cellKey(row.departement, row.originKind, 'orientations'), row.orientations),
      accepted: shown(cellKey(row.departement, row.originKind, 'accepted'), row.accepted),
      declined: shown(cellKey(row.departement, row.originKind, 'declined'), row.declined),
    }));
  const byOrigin = ORIENTATION_ORIGIN_KINDS.map((originKind) => {
    const matching = rows.filter((row) => row.originKind === originKind);
    const value = departement
      ? (matching.find((row) => row.departement === departement)?.orientations ?? 0)
      : matching.reduce((sum, row) => sum + row.orientations, 0);
    const key = departement ? cellKey(departement, originKind, 'orientations') : columnKey(originKind, 'orientations');
    return { originKind, originKindLabel: ORIENTATION_ORIGIN_KIND_LABELS[originKind], orientations: shown(key, value) };
  });
  return { rows: published, byOrigin };
}

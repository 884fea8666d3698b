// The inbox of a CDIAE (issue 18 §5): what the accord sends to the CDIAE of a département — the minutes of the CTA of
// its bassins (fiche 8: "des comptes rendus … communiqués au CDIAE", sent by the agence that leads the CTA:
// use-cases/send-cta-minutes-to-cdiae.ts) and the comité de pilotage's minutes (article 3; "Les comptes rendus ont
// vocation à être communiqués aux CDIAE et CTA"). The items are the meetings themselves, read where they are; only the
// read marks are stored (pilotage.cdiae_inbox_reads). The CDIAE only, its own département, never personal data.
import { resultRows, tables } from '@navette/db';
import { CDIAE_INBOX_KIND_LABELS, type CdiaeInboxKind } from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor, isUuid } from '@navette/subgraph-server';
import { sql, type SQL } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';

export interface CdiaeInboxItemRow {
  id: string;
  kind: CdiaeInboxKind;
  kindLabel: string;
  meetingId: string;
  title: string;
  heldOn: string;
  receivedOn: string;
  minutes: string;
  read: boolean;
}

/** The caller's CDIAE and its département; anyone else is refused (the scope role:cdiae is checked first). */
export function callerCdiae(ctx: PilotageContext): { cdiaeId: string; departement: string } {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.role !== 'CDIAE' || p.organisationKind !== 'CDIAE' || !p.departement) {
    throw errors.cdiaeOnly();
  }
  return { cdiaeId: p.organisationId, departement: p.departement };
}

const STEERING_TITLE = 'Comité de pilotage régional';

/** Every item of a département's inbox, with its read mark for the CDIAE (a subquery: kind, id, …, read). */
function inboxItems(cdiaeId: string, departement: string): SQL {
  const m = tables.ctaMeetings;
  const c = tables.ctas;
  const s = tables.steeringMeetings;
  const r = tables.cdiaeInboxReads;
  return sql`(
    select i.kind, i.meeting_id, i.title, i.held_on, i.received_on, i.minutes,
      to_char(i.held_on, 'YYYY-MM-DD') as held_on_text, to_char(i.received_on, 'YYYY-MM-DD') as received_on_text,
      exists (select 1 from ${r} where ${r.cdiaeId} = ${cdiaeId}::uuid and ${r.itemKind} = i.kind
        and ${r.itemId} = i.meeting_id) as read
    from (
      select 'CTA_MINUTES'::text as kind, ${m.id} as meeting_id, ${c.name} as title, ${m.heldOn} as held_on,
        ${m.minutesSentToCdiaeOn} as received_on, ${m.minutes} as minutes
      from ${m} join ${c} on ${c.id} = ${m.ctaId}
      where ${c.departementCode} = ${departement} and ${m.minutesSentToCdiaeOn} is not null and ${m.minutes} is not null
      union all
      select 'STEERING_MINUTES'::text, ${s.id}, ${STEERING_TITLE}, ${s.heldOn}, ${s.heldOn}, ${s.minutes}
      from ${s} where ${s.minutes} is not null
    ) i
  ) inbox`;
}

interface RawItem {
  kind: CdiaeInboxKind;
  meeting_id: string;
  title: string;
  held_on_text: string;
  received_on_text: string;
  minutes: string;
  read: boolean;
}

const toItem = (row: RawItem): CdiaeInboxItemRow => ({
  id: row.meeting_id,
  kind: row.kind,
  kindLabel: CDIAE_INBOX_KIND_LABELS[row.kind],
  meetingId: row.meeting_id,
  title: row.title,
  heldOn: row.held_on_text,
  receivedOn: row.received_on_text,
  minutes: row.minutes,
  read: row.read === true,
});

/** The caller's inbox, newest first (day received, then kind, then id), page by page (keyset cursor). */
export async function listCdiaeInbox(ctx: PilotageContext, args: { first?: number | null; after?: string | null }) {
  const { cdiaeId, departement } = callerCdiae(ctx);
  const first = clampFirst(args.first);
  const after = decodeCursor(args.after, ['date', 'text', 'uuid']);
  const items = inboxItems(cdiaeId, departement);
  const afterCondition = after
    ? sql`where (received_on < ${after[0]}::date
        or (received_on = ${after[0]}::date and kind > ${after[1]})
        or (received_on = ${after[0]}::date and kind = ${after[1]} and meeting_id < ${after[2]}::uuid))`
    : sql``;
  const [rows, counts] = await Promise.all([
    ctx.db.execute(
      sql`select * from ${items} ${afterCondition} order by received_on desc, kind asc, meeting_id desc limit ${first + 1}`,
    ),
    ctx.db.execute(sql`select count(*)::int as total, count(*) filter (where not read)::int as unread from ${items}`),
  ]);
  const [count] = resultRows<{ total: number; unread: number }>(counts);
  const connection = connectionFromRows(
    resultRows<RawItem>(rows).map(toItem),
    first,
    (item) => [item.receivedOn, item.kind, item.meetingId],
    count?.total ?? 0,
  );
  return { ...connection, unreadCount: count?.unread ?? 0 };
}

/**
 * Marks one item of the caller's inbox read, once (the first reading is kept). An id that is not an item of this
 * CDIAE's inbox (another département's CTA, minutes not sent yet, a forged id) is answered as an unknown one.
 */
export async function markCdiaeInboxItemRead(ctx: PilotageContext, id: string): Promise<CdiaeInboxItemRow> {
  const { cdiaeId, departement } = callerCdiae(ctx);
  // The item's id is its meeting's (a CTA's or the comité's, both uuids generated by the database).
  const meetingId = String(id);
  if (!isUuid(meetingId)) throw errors.cdiaeInboxItemNotFound();
  const find = async () =>
    resultRows<RawItem>(
      await ctx.db.execute(
        sql`select * from ${inboxItems(cdiaeId, departement)} where meeting_id = ${meetingId}::uuid limit 1`,
      ),
    )[0];
  const found = await find();
  if (!found) throw errors.cdiaeInboxItemNotFound();
  await ctx.db
    .insert(tables.cdiaeInboxReads)
    .values({ cdiaeId, itemKind: found.kind, itemId: meetingId })
    .onConflictDoNothing();
  const item = await find();
  if (!item) throw errors.cdiaeInboxItemNotFound();
  return toItem(item);
}

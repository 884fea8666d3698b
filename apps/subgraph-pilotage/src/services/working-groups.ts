// Working groups of the comité (accord, article 3; fiche 6). Written by use-cases/create-working-group.ts,
// record-working-group-meeting.ts and submit-working-group-proposal.ts; read here. A proposal's comité meeting is
// computed when read (@navette/domain steeringMeetingForProposal): a meeting planned later takes the proposals waiting.
// The groups are few (no pages): a request reads every group's members, meetings and proposals, and every comité
// meeting, once (memoised on the request's context), whatever number of groups, proposals or meetings it shows.
import { tables } from '@navette/db';
import { steeringMeetingForProposal } from '@navette/domain';
import { asc, desc, inArray, sql } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type {
  SteeringMeetingRow,
  WorkingGroupMeetingRow,
  WorkingGroupMemberResult,
  WorkingGroupProposalRow,
  WorkingGroupRow,
} from './rows.js';

const { workingGroups, workingGroupMembers, workingGroupMeetings, workingGroupProposals, steeringMeetings } = tables;
const { steeringCommittees, stateServices, agencies } = tables;

/**
 * The organisations that may sit in a working group: the comité (its members represent the signatories, article 3),
 * the services of the État and the agences Pôle emploi of the directory (fiche 6: "les acteurs régionaux de l'IAE";
 * the réseaux and outside speakers have no account on the platform).
 */
export async function memberCandidates(
  db: Pick<PilotageContext['db'], 'select'>,
  ids?: readonly string[],
): Promise<WorkingGroupMemberResult[]> {
  const where = <C extends typeof steeringCommittees.id | typeof stateServices.id | typeof agencies.id>(column: C) =>
    ids ? inArray(column, [...ids]) : undefined;
  const [committees, services, agencyRows] = await Promise.all([
    db
      .select({ id: steeringCommittees.id, name: steeringCommittees.name })
      .from(steeringCommittees)
      .where(where(steeringCommittees.id)),
    db.select({ id: stateServices.id, name: stateServices.name }).from(stateServices).where(where(stateServices.id)),
    db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(where(agencies.id)),
  ]);
  const of = (rows: { id: string; name: string }[], kindLabel: string) =>
    rows.map((r) => ({ organisationId: r.id, name: r.name, kindLabel }));
  return [
    ...of(committees, 'Comité de pilotage'),
    ...of(services, 'Service de l’État'),
    ...of(agencyRows, 'Agence Pôle emploi'),
  ].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export async function listWorkingGroups(ctx: PilotageContext): Promise<WorkingGroupRow[]> {
  return ctx.db
    .select()
    .from(workingGroups)
    .orderBy(asc(sql`lower(${workingGroups.name})`));
}

/** Once per request (per context object): the memo dies with the request. */
function perRequest<T>(load: (ctx: PilotageContext) => Promise<T>): (ctx: PilotageContext) => Promise<T> {
  const memo = new WeakMap<PilotageContext, Promise<T>>();
  return (ctx) => {
    let value = memo.get(ctx);
    if (!value) memo.set(ctx, (value = load(ctx)));
    return value;
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/** Every group's members, meetings and proposals, and the groups' names: four queries for the whole request. */
const groupDetails = perRequest(async (ctx) => {
  const [groups, memberRows, meetings, proposals] = await Promise.all([
    ctx.db.select({ id: workingGroups.id, name: workingGroups.name }).from(workingGroups),
    ctx.db
      .select({ groupId: workingGroupMembers.groupId, organisationId: workingGroupMembers.organisationId })
      .from(workingGroupMembers),
    ctx.db.select().from(workingGroupMeetings).orderBy(desc(workingGroupMeetings.heldOn)),
    ctx.db
      .select()
      .from(workingGroupProposals)
      .orderBy(desc(workingGroupProposals.submittedOn), desc(workingGroupProposals.createdAt)),
  ]);
  const organisations = new Map(
    (memberRows.length === 0
      ? []
      : await memberCandidates(ctx.db, [...new Set(memberRows.map((m) => m.organisationId))])
    ).map((o) => [o.organisationId, o]),
  );
  const members = new Map<string, WorkingGroupMemberResult[]>();
  for (const [groupId, rows] of groupBy(memberRows, (m) => m.groupId))
    members.set(
      groupId,
      rows.flatMap((m) => organisations.get(m.organisationId) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    );
  return {
    names: new Map(groups.map((g) => [g.id, g.name])),
    members,
    meetings: groupBy(meetings, (m) => m.groupId),
    proposals: groupBy(proposals, (p) => p.groupId),
  };
});

export async function membersOf(ctx: PilotageContext, groupId: string): Promise<WorkingGroupMemberResult[]> {
  return (await groupDetails(ctx)).members.get(groupId) ?? [];
}

export async function meetingsOf(ctx: PilotageContext, groupId: string): Promise<WorkingGroupMeetingRow[]> {
  return (await groupDetails(ctx)).meetings.get(groupId) ?? [];
}

export async function proposalsOf(ctx: PilotageContext, groupId: string): Promise<WorkingGroupProposalRow[]> {
  return (await groupDetails(ctx)).proposals.get(groupId) ?? [];
}

export async function groupNameOf(ctx: PilotageContext, groupId: string): Promise<string> {
  return (await groupDetails(ctx)).names.get(groupId) ?? '';
}

/** Every comité meeting and every proposal with the meeting whose agenda it is on: two queries for the request. */
const agenda = perRequest(async (ctx) => {
  const [meetings, proposals] = await Promise.all([
    ctx.db.select().from(steeringMeetings),
    ctx.db.select().from(workingGroupProposals).orderBy(asc(workingGroupProposals.submittedOn)),
  ]);
  const meetingOf = new Map(proposals.map((p) => [p.id, steeringMeetingForProposal(p.submittedOn, meetings)]));
  return { proposals, meetingOf };
});

export async function steeringMeetingOfProposal(
  ctx: PilotageContext,
  proposal: WorkingGroupProposalRow,
): Promise<SteeringMeetingRow | null> {
  const { meetingOf } = await agenda(ctx);
  return meetingOf.get(proposal.id) ?? null;
}

/** The proposals on a comité meeting's agenda: those whose first meeting in time is this one. */
export async function proposalsOnAgenda(
  ctx: PilotageContext,
  meeting: SteeringMeetingRow,
): Promise<WorkingGroupProposalRow[]> {
  const { proposals, meetingOf } = await agenda(ctx);
  return proposals.filter((p) => meetingOf.get(p.id)?.id === meeting.id);
}

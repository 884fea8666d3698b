// Working groups of the comité (accord, article 3; fiche 6). Written by use-cases/create-working-group.ts,
// record-working-group-meeting.ts and submit-working-group-proposal.ts; read here. A proposal's comité meeting is
// computed when read (@navette/domain steeringMeetingForProposal): a meeting planned later takes the proposals waiting.
import { tables } from '@navette/db';
import { steeringMeetingForProposal } from '@navette/domain';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
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

export async function membersOf(ctx: PilotageContext, groupId: string): Promise<WorkingGroupMemberResult[]> {
  const rows = await ctx.db
    .select({ id: workingGroupMembers.organisationId })
    .from(workingGroupMembers)
    .where(eq(workingGroupMembers.groupId, groupId));
  return rows.length === 0
    ? []
    : memberCandidates(
        ctx.db,
        rows.map((r) => r.id),
      );
}

export async function meetingsOf(ctx: PilotageContext, groupId: string): Promise<WorkingGroupMeetingRow[]> {
  return ctx.db
    .select()
    .from(workingGroupMeetings)
    .where(eq(workingGroupMeetings.groupId, groupId))
    .orderBy(desc(workingGroupMeetings.heldOn));
}

export async function proposalsOf(ctx: PilotageContext, groupId: string): Promise<WorkingGroupProposalRow[]> {
  return ctx.db
    .select()
    .from(workingGroupProposals)
    .where(eq(workingGroupProposals.groupId, groupId))
    .orderBy(desc(workingGroupProposals.submittedOn), desc(workingGroupProposals.createdAt));
}

export async function groupNameOf(ctx: PilotageContext, groupId: string): Promise<string> {
  const [row] = await ctx.db
    .select({ name: workingGroups.name })
    .from(workingGroups)
    .where(eq(workingGroups.id, groupId));
  return row?.name ?? '';
}

async function allSteeringMeetings(ctx: PilotageContext): Promise<SteeringMeetingRow[]> {
  return ctx.db.select().from(steeringMeetings);
}

export async function steeringMeetingOfProposal(
  ctx: PilotageContext,
  proposal: WorkingGroupProposalRow,
): Promise<SteeringMeetingRow | null> {
  return steeringMeetingForProposal(proposal.submittedOn, await allSteeringMeetings(ctx));
}

/** The proposals on a comité meeting's agenda: those whose first meeting in time is this one. */
export async function proposalsOnAgenda(
  ctx: PilotageContext,
  meeting: SteeringMeetingRow,
): Promise<WorkingGroupProposalRow[]> {
  const [proposals, meetings] = await Promise.all([
    ctx.db.select().from(workingGroupProposals).orderBy(asc(workingGroupProposals.submittedOn)),
    allSteeringMeetings(ctx),
  ]);
  return proposals.filter((p) => steeringMeetingForProposal(p.submittedOn, meetings)?.id === meeting.id);
}

// Working groups of the comité on a real PostgreSQL (issue 18 §7; accord, article 3 and fiche 6): a group with member
// organisations that exist, its meetings once held, its proposals put on the agenda of the first comité meeting whose
// documents can still go out 10 days before. The clock is fixed on Thursday 3 December 2026.
import type { UserPrincipal } from '@navette/auth';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { clockAt, principalOf, refusalOf, retriedWhileUnavailable } from '@navette/subgraph-server/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { proposalsOnAgenda, steeringMeetingOfProposal, membersOf } from '../services/working-groups.js';
import { createWorkingGroup } from './create-working-group.js';
import { recordSteeringMeeting } from './record-steering-meeting.js';
import { recordWorkingGroupMeeting } from './record-working-group-meeting.js';
import { submitWorkingGroupProposal } from './submit-working-group-proposal.js';

const TODAY = '2026-12-03';
type Who = 'steering' | 'state';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
const as = (who: Who) => contextFor(database.db, principals[who], { clock: clockAt(TODAY) });

beforeAll(async () => {
  database = await createTestDatabase();
  Object.assign(principals, {
    steering: await principalOf(database.db, 'pilotage@demo.navette.fr'),
    state: await principalOf(database.db, 'etat@demo.navette.fr'),
  });
});
afterAll(async () => {
  await database?.drop();
});

const group = (changes: Record<string, unknown> = {}) => ({
  name: 'Formation des salariés de l’IAE',
  theme: 'Accès à la formation pendant et en sortie de parcours',
  fiche: 6,
  memberIds: [demoId('steering:bfc'), demoId('state:dreets'), demoId('agency:25-BES')],
  ...changes,
});

describe('working groups (article 3, fiche 6)', () => {
  it('created once with members that exist; twenty at once are one; another of the same name is a conflict', async () => {
    const atOnce = await Promise.all(
      Array.from({ length: 20 }, () => retriedWhileUnavailable(() => createWorkingGroup(as('steering'), group()))),
    );
    expect(new Set(atOnce.map((g) => g.id)).size).toBe(1);
    expect(await database.db.$count(tables.workingGroups)).toBe(1);
    expect((await membersOf(as('steering'), atOnce[0]!.id)).map((m) => m.kindLabel).sort()).toEqual([
      'Agence Pôle emploi',
      'Comité de pilotage',
      'Service de l’État',
    ]);
    expect(await refusalOf(() => createWorkingGroup(as('state'), group({ theme: 'Autre' })))).toMatchObject({
      code: 'CONFLICT',
      reason: 'WORKING_GROUP_NAME_TAKEN',
    });
    // A forged organisation, a SIAE (not among those who sit) and a malformed id are all unknown.
    for (const forged of [randomUUID(), demoId('siae:25-BES:0'), 'x']) {
      expect(
        await refusalOf(() => createWorkingGroup(as('steering'), group({ name: 'Autre', memberIds: [forged] }))),
      ).toMatchObject({ code: 'NOT_FOUND', reason: 'WORKING_GROUP_MEMBER_NOT_FOUND' });
    }
    expect(await refusalOf(() => createWorkingGroup(as('steering'), group({ name: 'Autre', fiche: 9 })))).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'Fiche action' },
    );
    expect(
      await refusalOf(() => createWorkingGroup(as('steering'), group({ name: 'Autre', memberIds: [] }))),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Membres' });
  });

  it('meetings once held; proposals dated by the server and put on the first comité meeting in time', async () => {
    const [formation] = await database.db.select().from(tables.workingGroups);
    const meeting = { groupId: formation!.id, heldOn: '2026-11-20', summary: 'État des lieux des besoins.' };
    const meetings = await Promise.all([1, 2, 3].map(() => recordWorkingGroupMeeting(as('state'), meeting)));
    expect(new Set(meetings.map((m) => m.id)).size).toBe(1);
    expect(
      await refusalOf(() => recordWorkingGroupMeeting(as('state'), { ...meeting, heldOn: '2026-12-04' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' });
    expect(
      await refusalOf(() => recordWorkingGroupMeeting(as('state'), { ...meeting, summary: 'Autre chose.' })),
    ).toMatchObject({ code: 'CONFLICT', reason: 'WORKING_GROUP_MEETING_ALREADY_RECORDED' });
    expect(
      await refusalOf(() => recordWorkingGroupMeeting(as('state'), { ...meeting, groupId: randomUUID() })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'WORKING_GROUP_NOT_FOUND' });

    // A comité meeting too close (documents due 10 days before), and one in time.
    const tooClose = await recordSteeringMeeting(as('steering'), {
      heldOn: '2026-12-10',
      agenda: 'Comité de décembre',
    });
    const inTime = await recordSteeringMeeting(as('steering'), { heldOn: '2027-01-21', agenda: 'Comité de janvier' });
    const proposal = {
      groupId: formation!.id,
      title: 'Expérimentation régionale',
      summary: 'Mobiliser les OPCA pour les salariés en parcours.',
      submittedOn: '2026-01-01',
    };
    const submitted = await Promise.all([1, 2].map(() => submitWorkingGroupProposal(as('state'), proposal)));
    expect(submitted[0]!.id).toBe(submitted[1]!.id);
    expect(submitted[0]).toMatchObject({ submittedOn: TODAY });
    expect(await steeringMeetingOfProposal(as('steering'), submitted[0]!)).toMatchObject({ id: inTime.id });
    expect(await proposalsOnAgenda(as('steering'), inTime)).toMatchObject([{ id: submitted[0]!.id }]);
    expect(await proposalsOnAgenda(as('steering'), tooClose)).toEqual([]);
    expect(
      await refusalOf(() => submitWorkingGroupProposal(as('state'), { ...proposal, summary: 'Autre texte.' })),
    ).toMatchObject({ code: 'CONFLICT', reason: 'WORKING_GROUP_PROPOSAL_ALREADY_SUBMITTED' });
  });
});

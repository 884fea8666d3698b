// The agence's pending work as prescripteur (issue 18 §2; seed 004) on a real PostgreSQL: a fiche navette its agent
// sent and the SIAE left unanswered 10 days (a delay chosen by the platform, @navette/domain prescriptionUnanswered) is
// on the agence's home page, as on a prescripteur's; another prescripteur's fiche to an SIAE of its territory, which
// the agence sees, is not its work; nor is the agence's fiche another agence's.
import type { UserPrincipal } from '@navette/auth';
import { demoId } from '@navette/db';
import { addDays, dateInFrance } from '@navette/domain';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { clockAt, newUserIn, principalOf } from '@navette/subgraph-server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { recordDiagnosis } from '../use-cases/record-diagnosis.js';
import { recordPerson } from '../use-cases/record-person.js';
import { sendPrescription } from '../use-cases/send-prescription.js';
import { parcoursPendingWork } from './pending-work.js';

// Fiches are sent now (the database's clock dates them); the home page is read 11 days later.
const SENT_ON = dateInFrance(new Date());
const TODAY = addDays(SENT_ON, 11);
const SIAE = demoId('siae:25-BES:0');

type Who = 'agency' | 'prescriber' | 'otherAgency';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
const as = (who: Who, day = TODAY) => contextFor(database.db, principals[who], { clock: clockAt(day) });

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  Object.assign(principals, {
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    prescriber: await principalOf(db, 'prescripteur@demo.navette.fr'),
    otherAgency: await newUserIn(db, 'AGENCY', demoId('agency:21-BEA')),
  });
});
afterAll(async () => {
  await database?.drop();
});

async function prescribedBy(who: 'agency' | 'prescriber', lastName: string) {
  const person = await recordPerson(as(who, SENT_ON), { firstName: 'Alex', lastName, birthDate: '1985-03-14' });
  const diagnosis = await recordDiagnosis(as(who, SENT_ON), {
    personId: person.id,
    diagnosedOn: SENT_ON,
    criteria: ['PUB_DELD_12_MONTHS'],
  });
  return sendPrescription(as(who, SENT_ON), {
    personId: person.id,
    diagnosisId: diagnosis.id,
    siaeId: SIAE,
    message: 'Motivé(e) par les espaces verts',
  });
}

describe('the agence’s pending work as prescripteur', () => {
  it('counts its own fiche unanswered after 10 days, not its territory’s other fiches, and not for another agence', async () => {
    const own = await prescribedBy('agency', 'Agence');
    const others = await prescribedBy('prescriber', 'MissionLocale');
    const unanswered = (items: Awaited<ReturnType<typeof parcoursPendingWork>>) =>
      items.filter((i) => i.kind === 'PRESCRIPTION_UNANSWERED').map((i) => i.link);

    expect(unanswered(await parcoursPendingWork(as('agency')))).toEqual([`/prescriptions/${own.id}`]);
    expect(unanswered(await parcoursPendingWork(as('prescriber')))).toEqual([`/prescriptions/${others.id}`]);
    expect(unanswered(await parcoursPendingWork(as('otherAgency')))).toEqual([]);
    // Not before the 10th day.
    expect(unanswered(await parcoursPendingWork(as('agency', addDays(SENT_ON, 5))))).toEqual([]);
  });
});

// Test support (test files only): a person with a whole parcours written as the tables' owner, with dates in the past (the retention
// and export tests age records; the server's own dates cannot be chosen through the API).
import { addMonths } from '@navette/domain';
import type { Database } from './client.js';
import * as tables from './schema/index.js';
import { demoId } from './seed/ids.js';

const prescriber = demoId('prescriber:21:MISSION_LOCALE');
export const FIXTURE_SIAE = demoId('siae:25-BES:0');
const siaeId = FIXTURE_SIAE;
const at = (day: string) => new Date(`${day}T10:00:00Z`);

export interface Made {
  personId: string;
  approvalId?: string;
}

/** A person recorded on `createdOn`; with `approvalEndOn`, a full parcours whose agrément ends then. */
export async function makePerson(
  db: Database,
  name: string,
  createdOn: string,
  options: { approvalEndOn?: string; diagnosedOn?: string } = {},
): Promise<Made> {
  const [person] = await db
    .insert(tables.people)
    .values({
      firstName: name,
      lastName: 'Durand',
      birthDate: '1988-03-02',
      email: `${name.toLowerCase()}@example.org`,
      phone: '0611223344',
      poleEmploiId: `PE${name.slice(0, 6).toUpperCase()}`,
      rqth: true,
      createdByOrganisationId: prescriber,
      createdAt: at(createdOn),
    })
    .returning();
  const personId = person!.id;
  const diagnosedOn = options.diagnosedOn ?? createdOn;
  const [diagnosis] = await db
    .insert(tables.eligibilityDiagnoses)
    .values({
      personId,
      prescriberOrganisationId: prescriber,
      criteria: ['RSA'],
      diagnosedOn,
      comment: `Suivi de ${name} : situation familiale difficile`,
      createdAt: at(diagnosedOn),
    })
    .returning();
  if (!options.approvalEndOn) return { personId };
  const end = options.approvalEndOn;
  const start = addMonths(end, -24);
  const [prescription] = await db
    .insert(tables.prescriptions)
    .values({
      personId,
      diagnosisId: diagnosis!.id,
      prescriberOrganisationId: prescriber,
      siaeId,
      message: `${name} Durand cherche un emploi en espaces verts`,
      status: 'HIRED',
      sentAt: at(start),
      updatedAt: at(start),
    })
    .returning();
  await db.insert(tables.prescriptionEvents).values({
    prescriptionId: prescription!.id,
    status: 'HIRED',
    comment: `${name} embauché(e)`,
    occurredAt: at(start),
  });
  const [approval] = await db
    .insert(tables.approvals)
    .values({
      number: `99${Math.floor(Math.random() * 1e10)}`.slice(0, 12),
      personId,
      siaeId,
      prescriberOrganisationId: prescriber,
      prescriptionId: prescription!.id,
      startOn: start,
      endOn: end,
      createdAt: at(start),
    })
    .returning();
  const approvalId = approval!.id;
  const [request] = await db
    .insert(tables.approvalRequests)
    .values({
      kind: 'PROLONGATION',
      personId,
      siaeId,
      approvalId,
      receivedOn: addMonths(end, -3),
      deadline: addMonths(end, -3),
      status: 'REFUSED',
      decidedOn: addMonths(end, -3),
      refusalReason: 'OTHER',
      refusalComment: `${name} n'a pas de formation prévue`,
      appealText: `Nous contestons : ${name} commence une formation`,
      appealedOn: addMonths(end, -3),
      appealStatus: 'DISMISSED',
      appealDecidedOn: addMonths(end, -3),
      appealComment: 'Rejeté',
      createdAt: at(addMonths(end, -3)),
    })
    .returning();
  await db.insert(tables.requestDocuments).values({
    requestId: request!.id,
    fileName: `attestation-${name}.pdf`,
    contentType: 'application/pdf',
    size: 4,
    content: Buffer.from('%PDF'),
  });
  await db.insert(tables.contracts).values({
    approvalId,
    personId,
    siaeId,
    kind: 'CDDI',
    startOn: start,
    endOn: addMonths(end, -1),
    endedOn: addMonths(end, -1),
  });
  await db.insert(tables.trainingRecords).values({
    personId,
    approvalId,
    siaeId,
    kind: 'ADAPTATION',
    title: 'Gestes et postures',
    organisation: 'AFPA',
    hours: 14,
    startOn: addMonths(start, 2),
    endOn: addMonths(start, 2),
  });
  await db.insert(tables.immersions).values({
    personId,
    approvalId,
    siaeId,
    hostCompany: 'Jardins de Cocagne',
    objective: `Découvrir le maraîchage pour ${name}`,
    startOn: addMonths(start, 3),
    endOn: addMonths(start, 3),
  });
  await db.insert(tables.exitInterviews).values({
    approvalId,
    siaeId,
    heldOn: addMonths(end, -1),
    assessment: `${name} a progressé, reste fragile (santé)`,
  });
  await db.insert(tables.exits).values({
    approvalId,
    personId,
    siaeId,
    exitOn: addMonths(end, -1),
    outcome: 'DURABLE_JOB',
    skills: ['Taille des haies'],
    comment: `${name} embauché(e) chez un paysagiste`,
  });
  return { personId, approvalId };
}

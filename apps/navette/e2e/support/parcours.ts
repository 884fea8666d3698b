// A parcours set up through the API the way it happens (prescription, acceptance, request, grant, contract), for the
// browser tests of the screens that come after it. Each step is a real call with the acting role's own account.
import type { Product } from './product.ts';
import { demoAccounts } from './session.ts';

/** Today in France, as the API counts days. */
export const todayInFrance = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** `isoDate` moved by whole days (calendar arithmetic in UTC, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface GrantedParcours {
  personId: string;
  prescriptionId: string;
  /** The initial request, granted. */
  requestId: string;
  approvalId: string;
  number: string;
}

/**
 * A person prescribed by the demo prescripteur to `siaeAccount`'s SIAE, accepted, its initial request granted by the
 * demo agence, and a CDDI from `contract.startOn` recorded (the agrément starts with it).
 */
export async function grantedParcours(
  product: Product,
  person: { firstName: string; lastName: string; birthDate: string },
  contract: { startOn: string; endOn: string },
  siaeAccount: string = demoAccounts.siae,
): Promise<GrantedParcours> {
  const { prescripteur, agence } = demoAccounts;
  const { viewer } = await product.graphql<{ viewer: { organisation: { id: string } } }>(
    '{ viewer { organisation { id } } }',
    {},
    siaeAccount,
  );
  const { eligibilityCriteria } = await product.graphql<{ eligibilityCriteria: { code: string }[] }>(
    '{ eligibilityCriteria { code } }',
    {},
    prescripteur,
  );
  const { recordPerson } = await product.graphql<{ recordPerson: { id: string } }>(
    'mutation ($input: PersonInput!) { recordPerson(input: $input) { id } }',
    { input: person },
    prescripteur,
  );
  const { diagnose } = await product.graphql<{ diagnose: { id: string } }>(
    'mutation ($input: DiagnosisInput!) { diagnose(input: $input) { id } }',
    { input: { personId: recordPerson.id, criteria: [eligibilityCriteria[0]!.code], diagnosedOn: todayInFrance() } },
    prescripteur,
  );
  const { prescribe } = await product.graphql<{ prescribe: { id: string } }>(
    'mutation ($input: PrescriptionInput!) { prescribe(input: $input) { id } }',
    {
      input: {
        personId: recordPerson.id,
        diagnosisId: diagnose.id,
        siaeId: viewer.organisation.id,
        message: 'Candidature pour un poste en insertion.',
      },
    },
    prescripteur,
  );
  await product.graphql(
    'mutation ($id: ID!) { acceptPrescription(id: $id) { id } }',
    { id: prescribe.id },
    siaeAccount,
  );
  const { requestApproval } = await product.graphql<{ requestApproval: { id: string } }>(
    'mutation ($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }',
    { input: { kind: 'INITIAL', prescriptionId: prescribe.id, contractStartOn: contract.startOn } },
    siaeAccount,
  );
  const { decideApprovalRequest } = await product.graphql<{
    decideApprovalRequest: { resultingApproval: { id: string; number: string } };
  }>(
    'mutation ($id: ID!) { decideApprovalRequest(id: $id, decision: GRANT) { resultingApproval { id number } } }',
    { id: requestApproval.id },
    agence,
  );
  const approval = decideApprovalRequest.resultingApproval;
  await product.graphql(
    'mutation ($input: ContractInput!) { recordContract(input: $input) { id } }',
    { input: { approvalId: approval.id, kind: 'CDDI', ...contract } },
    siaeAccount,
  );
  return {
    personId: recordPerson.id,
    prescriptionId: prescribe.id,
    requestId: requestApproval.id,
    approvalId: approval.id,
    number: approval.number,
  };
}

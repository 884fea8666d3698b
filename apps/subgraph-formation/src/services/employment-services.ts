// The prestations an agence offers (the employment services of its catalogue), read through the request's loaders.
import type { FormationContext } from '../context.js';
import type { EmploymentServiceRow } from './rows.js';

/** The agence's services, of one kind when given. */
export async function employmentServicesOf(
  { loaders }: Pick<FormationContext, 'loaders'>,
  agencyId: string,
  kind: EmploymentServiceRow['kind'] | null | undefined,
) {
  const services = await loaders.employmentServicesByAgency.load(agencyId);
  return kind ? services.filter((s) => s.kind === kind) : services;
}

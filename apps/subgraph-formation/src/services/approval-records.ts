// What an agrément shows of its records here (formation, PMSMP, prestations, POE), read through the request's loaders.
import type { FormationContext } from '../context.js';

/** Hours of training recorded on the agrément, all records added up. */
export async function trainingHoursOf({ loaders }: Pick<FormationContext, 'loaders'>, approvalId: string) {
  return (await loaders.trainingByApproval.load(approvalId)).reduce((sum, r) => sum + r.hours, 0);
}

// Whether a mise à disposition by an AI needs an agrément (accord, annexe 4 §2.2.8; rule in @navette/domain).
import { addMonths, isApprovalRequiredForAi, isWithin } from '@navette/domain';
import type { ParcoursContext } from '../context.js';
import type { ContractRow } from '../rows.js';

/** null for any other contract; else the rule applied to the hours of mises à disposition over the 2 years up to it. */
export async function aiApprovalRequired(
  ctx: Pick<ParcoursContext, 'loaders'>,
  contract: ContractRow,
): Promise<boolean | null> {
  if (contract.kind !== 'MISE_A_DISPOSITION_AI' || contract.aiSector == null || contract.aiHours == null) return null;
  const since = addMonths(contract.startOn, -24);
  const hours = (await ctx.loaders.contractsByApproval.load(contract.approvalId))
    .filter(
      (o) => o.kind === 'MISE_A_DISPOSITION_AI' && o.aiHours != null && isWithin(o.startOn, since, contract.startOn),
    )
    .reduce((sum, o) => sum + o.aiHours!, 0);
  return isApprovalRequiredForAi({
    sector: contract.aiSector as 'MARCHAND',
    missionHours: contract.aiHours,
    hoursOverTwoYears: hours,
  });
}

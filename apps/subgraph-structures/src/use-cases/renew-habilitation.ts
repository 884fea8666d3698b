// The renewal of a habilitation in effect or to come, by a period that follows it without a gap (issue 14 §2; accord,
// annexe 4 §2.1): same callers and same server-owned decision date as the grant (@navette/domain decideHabilitation).
import { dateInput, parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { StructuresContext } from '../context.js';
import { recordHabilitationDecision } from '../services/habilitations.js';
import { habilitationPeriodLabels } from './grant-habilitation.js';

export const renewHabilitationInput = z.object({
  prescriberOrganisationId: z.string(),
  startOn: dateInput(),
  endOn: dateInput(),
});

export async function renewHabilitation(ctx: StructuresContext, raw: unknown) {
  const { prescriberOrganisationId, startOn, endOn } = parseInput(
    renewHabilitationInput,
    raw,
    habilitationPeriodLabels,
  );
  return recordHabilitationDecision(ctx, prescriberOrganisationId, { kind: 'RENEWAL', startOn, endOn });
}

// The withdrawal of a habilitation, with a reason, taking effect on the decision day (the server's): the organisation
// may no longer prescribe from today on (issue 14 §2; accord, annexe 4 §2.1; @navette/domain decideHabilitation, which
// also judges the reason: blank or over WITHDRAWAL_REASON_MAX_LENGTH is HABILITATION_REASON_REQUIRED).
import { parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { StructuresContext } from '../context.js';
import { recordHabilitationDecision } from '../services/habilitations.js';

export const withdrawHabilitationInput = z.object({
  prescriberOrganisationId: z.string(),
  reason: z.string(),
});

export async function withdrawHabilitation(ctx: StructuresContext, raw: unknown) {
  const { prescriberOrganisationId, reason } = parseInput(withdrawHabilitationInput, raw, { reason: 'Motif' });
  return recordHabilitationDecision(ctx, prescriberOrganisationId, { kind: 'WITHDRAWAL', reason });
}

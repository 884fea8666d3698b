// The CDIAE's avis on a habilitation request (issue 18 §5; accord, annexe 4 §2.1: "habilités par le Préfet après avis
// du CDIAE"), recorded by the CDIAE of the organisation's département: the date is the server's, the avis is judged by
// @navette/domain decideHabilitationAvis (one per request, a défavorable one with its reason).
import { optionalTextInput, parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { StructuresContext } from '../context.js';
import { giveHabilitationAvis as record } from '../services/habilitation-avis.js';

export const giveHabilitationAvisInput = z.object({
  prescriberOrganisationId: z.string(),
  favorable: z.boolean(),
  reason: optionalTextInput(2_000),
});

export async function giveHabilitationAvis(ctx: StructuresContext, raw: unknown) {
  const { prescriberOrganisationId, favorable, reason } = parseInput(giveHabilitationAvisInput, raw, {
    favorable: 'Avis',
    reason: 'Raison',
  });
  return record(ctx, prescriberOrganisationId, { favorable, reason });
}

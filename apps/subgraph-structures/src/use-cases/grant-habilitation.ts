// The préfet's habilitation of a prescripteur for a period, after the CDIAE's opinion (issue 14 §2; accord, annexe 4
// §2.1; fiche 2), recorded by the service de l'État of the organisation's département: the decision date is the
// server's (today), the period is judged by @navette/domain decideHabilitation.
import { dateInput, parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { StructuresContext } from '../context.js';
import { recordHabilitationDecision } from '../services/habilitations.js';

export const grantHabilitationInput = z.object({
  prescriberOrganisationId: z.string(),
  startOn: dateInput(),
  endOn: dateInput(),
});

export const habilitationPeriodLabels = { startOn: 'Premier jour', endOn: 'Dernier jour' };

export async function grantHabilitation(ctx: StructuresContext, raw: unknown) {
  const { prescriberOrganisationId, startOn, endOn } = parseInput(
    grantHabilitationInput,
    raw,
    habilitationPeriodLabels,
  );
  return recordHabilitationDecision(ctx, prescriberOrganisationId, { kind: 'GRANT', startOn, endOn });
}

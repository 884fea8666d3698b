// A figure of an indicator the platform does not compute, entered in the console by its provider (issue 18 §6; accord,
// annexe 1, "Fournisseurs des indicateurs"): checked by @navette/domain's rules, recorded as the cell's next version
// unless it is the figure already in force.
import { checkProvidedFigure, MAX_PROVIDED_SOURCE_LENGTH } from '@navette/domain';
import { dateInput, parseInput, refusalError, textInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import { checkProviderFor, providerOf, writeProvidedFigures } from '../services/provided-figures.js';
import type { ProvidedFigureRow } from '../services/rows.js';

export const recordProvidedFigureInput = z.object({
  indicatorId: textInput(60),
  departement: z.string().max(10).nullish(),
  siaeKind: z.string().max(10).nullish(),
  period: textInput(10),
  value: z.number(),
  source: textInput(MAX_PROVIDED_SOURCE_LENGTH),
  referenceDate: dateInput(),
});

const labels = {
  indicatorId: 'Indicateur',
  departement: 'Département',
  siaeKind: 'Type de SIAE',
  period: 'Période',
  value: 'Valeur',
  source: 'Source',
  referenceDate: 'Date de référence',
};

export async function recordProvidedFigure(ctx: PilotageContext, raw: unknown): Promise<ProvidedFigureRow> {
  const user = providerOf(ctx);
  const input = parseInput(recordProvidedFigureInput, raw, labels);
  const checked = checkProvidedFigure(
    { ...input, departement: input.departement ?? null, siaeKind: input.siaeKind ?? null },
    ctx.today,
  );
  if (!checked.ok) throw refusalError(errors, checked);
  const forbidden = checkProviderFor(user, checked.value);
  if (forbidden) throw forbidden;
  const written = await writeProvidedFigures(ctx, user, [{ figure: checked.value, source: input.source }], false);
  return written.figures[0]!;
}

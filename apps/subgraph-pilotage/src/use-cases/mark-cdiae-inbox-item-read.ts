// A member of a CDIAE opens a document of its inbox (issue 18 §5): the item is marked read for its CDIAE, once.
import { parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { markCdiaeInboxItemRead as mark, type CdiaeInboxItemRow } from '../services/cdiae-inbox.js';

export const markCdiaeInboxItemReadInput = z.object({ id: z.string().max(100) });

export async function markCdiaeInboxItemRead(ctx: PilotageContext, raw: unknown): Promise<CdiaeInboxItemRow> {
  const { id } = parseInput(markCdiaeInboxItemReadInput, raw, { id: 'Document' });
  return mark(ctx, id);
}

// Avenants (accord, article 5: "Le présent accord peut être modifié par voie d'avenant sur proposition du comité de
// pilotage"). Recorded by use-cases/record-amendment.ts; read here.
import { tables } from '@navette/db';
import { desc } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { AmendmentRow } from './rows.js';

const { amendments } = tables;

export async function listAmendments(ctx: PilotageContext): Promise<AmendmentRow[]> {
  return ctx.db.select().from(amendments).orderBy(desc(amendments.signedOn), desc(amendments.createdAt));
}

// The CTA (comités techniques d'animation, accord fiche 8), one per bassin d'emploi: the list the pilotage reads.
import { tables } from '@navette/db';
import { asc, eq } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';

const { ctas } = tables;

/** Every CTA, or those of a département, by département then name. */
export function listCtas({ db }: Pick<PilotageContext, 'db'>, departement: string | null | undefined) {
  return db
    .select()
    .from(ctas)
    .where(departement ? eq(ctas.departementCode, departement) : undefined)
    .orderBy(asc(ctas.departementCode), asc(ctas.name));
}

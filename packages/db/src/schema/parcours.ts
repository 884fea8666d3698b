// Context `parcours`: personnes, diagnostics, prescriptions, agréments, contrats, sorties (DESIGN §1).
// Its tables come with the parcours issue; the schema exists from the start so that roles and grants can name it.
import { pgSchema } from 'drizzle-orm/pg-core';

export const parcours = pgSchema('parcours');

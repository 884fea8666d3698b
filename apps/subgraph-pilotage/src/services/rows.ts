import type { tables } from '@navette/db';

export type CtaRow = typeof tables.ctas.$inferSelect;

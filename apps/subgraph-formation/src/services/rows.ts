import type { tables } from '@navette/db';

export type EmploymentServiceRow = typeof tables.employmentServices.$inferSelect;

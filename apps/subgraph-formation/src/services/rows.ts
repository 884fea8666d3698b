import type { tables } from '@navette/db';

export type EmploymentServiceRow = typeof tables.employmentServices.$inferSelect;
export type TrainingRecordRow = typeof tables.trainingRecords.$inferSelect;
export type ImmersionRow = typeof tables.immersions.$inferSelect;
export type ServiceUseRow = typeof tables.serviceUses.$inferSelect;
export type PoeRow = typeof tables.poes.$inferSelect;
export interface ApprovalRef {
  id: string;
}

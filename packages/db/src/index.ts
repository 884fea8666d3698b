export { createDatabase, type Database, type DatabaseHandle, type DatabaseOptions, type Schema } from './client.js';
export { runMigrations, migrationsFolder } from './migrate.js';
export { lockDataDir } from './embedded.js';
export { buildDemoDataSet, seedDemoData, type DemoDataSet } from './seed/demo.js';
export { demoId } from './seed/ids.js';
export { searchKeySql } from './schema/structures.js';
export * as tables from './schema/index.js';
export {
  demoAccounts,
  demoApiClient,
  demoApiClientCredential,
  demoTeamAccounts,
  DEMO_PASSWORD,
  seedDemoAccounts,
  seedDemoTeamAccounts,
  type DemoAccount,
} from './seed/accounts.js';
export { withIdentity, APP_ROLE, type RequestIdentity } from './identity.js';
export {
  UniqueViolation,
  uniqueViolationOf,
  withConflicts,
  keyValues,
  NATURAL_KEYS,
  type UniqueViolationFacts,
} from './unique-violations.js';
export {
  measureTotalsSql,
  readMeasureTotals,
  resultRows,
  splitByMonths,
  totalsPlan,
  type MeasureTotal,
  type Period,
  type TotalsBlock,
  type TotalsFilter,
} from './reporting-totals.js';
export {
  databaseUnavailability,
  DatabaseUnavailableError,
  Limiter,
  POOL_BOUNDS,
  requestTimeoutsFromEnvironment,
  SESSION_TIMEOUTS,
  type ConnectionRole,
  type LimiterStats,
  type PoolBounds,
  type SessionTimeouts,
  type UnavailableReason,
} from './resilience.js';
export { describeStatement, tracedStatement } from './tracing.js';
export { recordOutboxEvent, type OutboxEvent } from './outbox.js';
export {
  anonymiseExpiredPeople,
  anonymisePeople,
  eraseFreeTexts,
  personActivity,
  retentionDayOf,
  retentionReport,
  type RetentionCandidate,
  type RetentionOptions,
  type RetentionReport,
  type RetentionRun,
} from './retention.js';
export { purgeExpiredNotifications, type NotificationPurge } from './notification-retention.js';
export {
  exportPerson,
  exportPersonForFollower,
  type PersonExportAuthor,
  PERSON_EXPORT_TABLES,
  type PersonExportSection,
  type PersonRecordExport,
  type PersonRecordReader,
} from './person-export.js';
export { anonymiseCopy, type AnonymisedCopy } from './anonymise-copy.js';
export {
  checkErasure,
  erasePersonOnRequest,
  erasureMessage,
  type ErasureCheck,
  type ErasureOutcome,
  type ErasureScope,
} from './erasure.js';

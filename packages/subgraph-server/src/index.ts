export { startSubgraph, type SubgraphDefinition, type SubgraphOptions, type RunningSubgraph } from './server.js';
export { loadTypeDefs } from './schema-files.js';
export { isUuid, knownId, rowIdSchema } from './ids.js';
export { withSingleSpelling } from './spelling.js';
export { DateScalar, DateTimeScalar } from './scalars.js';
export { userError, type UserErrorCode } from './errors.js';
export {
  decodeCursor,
  encodeCursor,
  connectionFromRows,
  clampFirst,
  timestampKey,
  type CursorKeyKind,
} from './connections.js';
export {
  checkOperationInputs,
  checkStringValue,
  inputChecksPlugin,
  CODE_IDS,
  DEFAULT_MAX_LENGTH,
  MAX_LENGTH_BY_NAME,
} from './input-checks.js';
export { clientErrorOf, frenchValidationError, validationMessage, type ClientError } from './client-errors.js';
export { bodyErrorHandler } from './body-errors.js';
export { serveFromEnvironment, type AuthDependencies } from './standalone.js';
export {
  createAuthenticator,
  authenticateRequest,
  authenticationError,
  type Authenticator,
  type AuthenticateOptions,
  type AuthenticationFailure,
  type VerifiedCaller,
  type VerifyingAuthenticator,
} from './authentication.js';
export {
  announceRevocation,
  createPrincipalCache,
  PRINCIPAL_CACHE_TTL_MS,
  REVOCATION_BOUND_MS,
  type CachingAuthenticator,
  type PrincipalCacheOptions,
  type Revocation,
} from './principal-cache.js';
export {
  GATEWAY_PRINCIPAL_HEADER,
  GATEWAY_SIGNATURE_HEADER,
  encodePrincipal,
  signedPrincipalOf,
  checkGatewaySecret,
  generateGatewaySecret,
  isSignedByGateway,
  signGatewayRequest,
} from './gateway-signature.js';
export { recordAudit, actorOf, type AuditEntry } from './audit.js';
export { purgeExpiredAuditEvents, startAuditRetentionJob } from './audit-retention.js';
export { startRetentionJob } from './retention-job.js';
export { startNotificationRetentionJob } from './notification-retention.js';
export { startPeriodicJob, type PeriodicJob, type PeriodicJobRun } from './periodic-job.js';
export { periodicFlush, type PeriodicFlush } from './periodic-flush.js';
export {
  installReadAudit,
  personalDataProblems,
  personalDataProblemsOf,
  readAuditPlugin,
  readAuditRows,
  classOf,
  PERSON_READ,
  PERSONAL_DATA_DIRECTIVE,
  NOT_PERSONAL_DATA_DIRECTIVE,
  type PersonalDataClass,
  type ReadAuditContext,
} from './read-audit.js';
export { loadOrCreateSigningKeys, pemFromEnvironment } from './keys.js';
export { enforceAccessDirectives, checkAccess, ruleFromDirectives, type AccessRule } from './access-directives.js';
export {
  configureLogging,
  createLogger,
  currentLogger,
  currentRequestId,
  currentApiClientId,
  setCurrentApiClientId,
  logLevelFromEnvironment,
  requestIdFrom,
  rootLogger,
  scrubAttributes,
  scrubText,
  serializeError,
  withRequestId,
  type Logger,
} from './logging.js';
export { shutdownGracePeriodMs, stopOnTerminationSignals } from './shutdown.js';
export {
  idempotencyPlugin,
  expireIdempotencyKeys,
  startIdempotencyExpiryJob,
  requestHash,
  idempotencyKeyOf,
  principalKey,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_RETENTION_HOURS,
  type IdempotencyOptions,
} from './idempotency.js';
export { installProcessGuards, processGuardCounters, type ProcessGuardCounters } from './process-guards.js';
export {
  serviceUnavailable,
  serviceUnavailableError,
  withTimeout,
  SERVICE_UNAVAILABLE_MESSAGE,
} from './unavailable.js';
export {
  OPERATION_LIMITS,
  operationLimitRules,
  operationLimitError,
  operationCost,
  costLimitError,
  limitedParseOptions,
  isTokenLimitError,
  asksForSchema,
  type OperationLimits,
  type OperationLimit,
} from './operation-limits.js';
export {
  createRateLimiter,
  rateLimitedError,
  rateLimitSettingsFromEnvironment,
  parseRateLimitRule,
  throttleExtensionLookup,
  DEFAULT_RATE_LIMITS,
  RATE_LIMIT_FLUSH_INTERVAL_MS,
  type RateLimiter,
  type RateLimitRule,
  type RateLimitRuleName,
  type RateLimitSettings,
  type RateLimitStore,
} from './rate-limits.js';
export {
  defineErrorCatalogue,
  parseInput,
  type ErrorCatalogue,
  type ErrorEntry,
  type FieldLabels,
} from './use-cases.js';
export {
  dateInput,
  isCalendarDate,
  optionalDateInput,
  optionalTextInput,
  refusalError,
  textInput,
} from './use-case-inputs.js';
export {
  startTelemetry,
  startTelemetryOrExit,
  telemetryActive,
  telemetryRequested,
  traceSubgraphRequests,
  annotateCurrentSpan,
  currentTraceIds,
  type Telemetry,
} from './telemetry.js';
export {
  metricsRegistry,
  gatewayMetrics,
  subgraphMetrics,
  registerPoolMetrics,
  registerBacklogMetrics,
  type QueueBacklog,
  recordJobRun,
  respondMetrics,
  mayReadMetrics,
  metricsToken,
  isLoopback,
  codeLabel,
  ERROR_CODE_LABELS,
  errorCodesOf,
  LATENCY_BUCKETS,
  type PoolStatsSource,
} from './metrics.js';
export { observabilityPlugin } from './observability.js';
export {
  createApiClientUsageRecorder,
  USAGE_FLUSH_INTERVAL_MS,
  type ApiClientUsageRecorder,
  type UsageRecorderOptions,
} from './api-client-usage.js';
export {
  IDENTITY_ASSERTION_TTL_MS,
  signIdentityAssertion,
  verifyIdentityAssertion,
  type IdentityAssertion,
} from './identity-assertion.js';
export {
  MAX_WORKERS,
  SERVICES,
  planLayout,
  planPools,
  workersFromSetting,
  type ConnectionLimits,
  type Layout,
  type PoolPlan,
  type PoolPlanInput,
} from './workers.js';

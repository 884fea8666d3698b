export { startSubgraph, type SubgraphDefinition, type RunningSubgraph } from './server.js';
export { loadTypeDefs } from './schema-files.js';
export { DateScalar, DateTimeScalar } from './scalars.js';
export { userError, type UserErrorCode } from './errors.js';
export { decodeCursor, encodeCursor, connectionFromRows, clampFirst } from './connections.js';
export { serveFromEnvironment, type AuthDependencies } from './standalone.js';
export { createAuthenticator, authenticationError, type Authenticator, type AuthenticationFailure } from './authentication.js';
export { recordAudit, actorOf, type AuditEntry } from './audit.js';
export { loadOrCreateSigningKeys, pemFromEnvironment } from './keys.js';
export { enforceAccessDirectives, checkAccess, ruleFromDirectives, type AccessRule } from './access-directives.js';
export {
  createRateLimiter,
  rateLimitedError,
  rateLimitSettingsFromEnvironment,
  parseRateLimitRule,
  throttleExtensionLookup,
  DEFAULT_RATE_LIMITS,
  type RateLimiter,
  type RateLimitRule,
  type RateLimitRuleName,
  type RateLimitSettings,
  type RateLimitStore,
} from './rate-limits.js';

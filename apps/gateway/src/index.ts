export { startGateway, portals, type GatewayOptions, type RunningGateway } from './server.js';
export { subgraphs, type SubgraphName } from './subgraphs.js';
export { loadSupergraph } from './supergraph.js';
export { AllowedOriginsVariable, parseAllowedOrigins, CONTENT_SECURITY_POLICY } from './http-security.js';
export { refreshCookieName, AUTH_PATH } from './session-endpoints.js';
export { adHocDocumentsForUsersFromEnvironment } from './edge-documents.js';
export {
  oidcSettingsFromEnvironment,
  oidcCookieName,
  OIDC_CALLBACK_PATH,
  OIDC_PATH,
  type OidcSettings,
} from './oidc-sign-in.js';

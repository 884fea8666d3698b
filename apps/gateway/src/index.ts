export { startGateway, portals, type GatewayOptions, type RunningGateway } from './server.js';
export { subgraphs, type SubgraphName } from './subgraphs.js';
export { loadSupergraph } from './supergraph.js';

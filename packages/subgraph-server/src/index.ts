export { startSubgraph, type SubgraphDefinition, type RunningSubgraph } from './server.js';
export { loadTypeDefs } from './schema-files.js';
export { DateScalar } from './scalars.js';
export { userError, type UserErrorCode } from './errors.js';
export { decodeCursor, encodeCursor, connectionFromRows, clampFirst } from './connections.js';
export { serveFromEnvironment } from './standalone.js';

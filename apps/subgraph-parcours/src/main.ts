import { serveFromEnvironment } from '@navette/subgraph-server';
import { parcoursSubgraph } from './app.js';

await serveFromEnvironment((db, { authenticator }) => parcoursSubgraph(db, { authenticator }), 4002);

import { serveFromEnvironment } from '@navette/subgraph-server';
import { pilotageSubgraph } from './app.js';

await serveFromEnvironment((db, { authenticator }) => pilotageSubgraph(db, { authenticator }), 4004);

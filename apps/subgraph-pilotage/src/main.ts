import { serveFromEnvironment } from '@navette/subgraph-server';
import { pilotageSubgraph } from './app.js';

await serveFromEnvironment((db) => pilotageSubgraph(db), 4004);

import { serveFromEnvironment } from '@navette/subgraph-server';
import { structuresSubgraph } from './app.js';

await serveFromEnvironment((db) => structuresSubgraph(db), 4001);

import { serveFromEnvironment } from '@navette/subgraph-server';
import { parcoursSubgraph } from './app.js';

await serveFromEnvironment((db) => parcoursSubgraph(db), 4002);

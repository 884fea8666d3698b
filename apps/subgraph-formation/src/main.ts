import { serveFromEnvironment } from '@navette/subgraph-server';
import { formationSubgraph } from './app.js';

await serveFromEnvironment((db) => formationSubgraph(db), 4003);

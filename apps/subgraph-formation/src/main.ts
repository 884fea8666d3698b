import { serveFromEnvironment } from '@navette/subgraph-server';
import { formationSubgraph } from './app.js';

await serveFromEnvironment((db, { authenticator }) => formationSubgraph(db, { authenticator }), 4003);

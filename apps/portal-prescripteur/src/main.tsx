import { ApolloProvider } from '@apollo/client/react';
import { createPortalClient, SessionProvider, startDsfr } from '@navette/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './router.tsx';

startDsfr();

// Every screen needs a signed-in user of this portal's roles (tokens in sessionStorage: closing the tab signs out).
const { client, session } = createPortalClient({
  app: 'portal-prescripteur',
  // Hashes only: the gateway accepts from a portal user's token nothing but this portal's persisted documents.
  persistedDocumentsOnly: true,
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider store={session}>
        <RouterProvider router={router} />
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);

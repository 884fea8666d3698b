import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, startDsfr } from '@navette/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './router.tsx';

startDsfr();

const client = createApolloClient({
  persistedDocumentsOnly: import.meta.env.VITE_PERSISTED_DOCUMENTS_ONLY === 'true',
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);

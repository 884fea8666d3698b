import { createPortalSession, SessionProvider, startDsfr } from '@navette/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './router.tsx';

startDsfr();

// Every screen needs a signed-in user of this portal's roles (tokens in sessionStorage: closing the tab signs out).
// No Apollo Client here: it comes in its own chunk with the first signed-in screen, not with the sign-in page.
const session = createPortalSession({ app: 'portal-agence' });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <SessionProvider store={session}>
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);

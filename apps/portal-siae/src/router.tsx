import { portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { SiaeDetailScreen } from './features/siae-detail/SiaeDetailScreen.tsx';
import { siaeRoute } from './features/siae-detail/paths.ts';
import { SiaeDirectoryScreen } from './features/siae-directory/SiaeDirectoryScreen.tsx';

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [{ text: copy.navigation.directory, to: '/' }],
    screens: [
      { index: true, element: <SiaeDirectoryScreen /> },
      { path: siaeRoute, element: <SiaeDetailScreen /> },
    ],
  }),
  { basename },
);

import { legalRoutes, NotFound, PortalLayout } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { SiaeDetailScreen } from './features/siae-detail/SiaeDetailScreen.tsx';
import { siaeRoute } from './features/siae-detail/paths.ts';
import { SiaeDirectoryScreen } from './features/siae-directory/SiaeDirectoryScreen.tsx';

export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: (
        <PortalLayout portalName={copy.portalName} navigation={[{ text: copy.navigation.directory, to: '/' }]} />
      ),
      children: [
        { index: true, element: <SiaeDirectoryScreen /> },
        { path: siaeRoute, element: <SiaeDetailScreen /> },
        ...legalRoutes,
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename },
);

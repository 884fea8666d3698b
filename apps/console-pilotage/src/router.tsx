import { legalRoutes, NotFound, PortalLayout } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { CtaListScreen } from './features/ctas/CtaListScreen.tsx';
import { SiaeCountsScreen } from './features/siae-counts/SiaeCountsScreen.tsx';

export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: (
        <PortalLayout
          portalName={copy.portalName}
          navigation={[
            { text: copy.navigation.counts, to: '/' },
            { text: copy.navigation.ctas, to: '/cta' },
          ]}
        />
      ),
      children: [
        { index: true, element: <SiaeCountsScreen /> },
        { path: 'cta', element: <CtaListScreen /> },
        ...legalRoutes,
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename },
);

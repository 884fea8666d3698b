import { portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { CtaListScreen } from './features/ctas/CtaListScreen.tsx';
import { ParcoursStatisticsScreen } from './features/parcours-statistics/ParcoursStatisticsScreen.tsx';
import { SiaeCountsScreen } from './features/siae-counts/SiaeCountsScreen.tsx';

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.counts, to: '/' },
      { text: copy.navigation.ctas, to: '/cta' },
      { text: copy.navigation.parcours, to: '/parcours' },
    ],
    screens: [
      { index: true, element: <SiaeCountsScreen /> },
      { path: 'cta', element: <CtaListScreen /> },
      { path: 'parcours', element: <ParcoursStatisticsScreen /> },
    ],
  }),
  { basename },
);

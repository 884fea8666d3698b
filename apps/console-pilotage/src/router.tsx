import { portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { AmendmentsScreen } from './features/amendments/AmendmentsScreen.tsx';
import { AuditScreen } from './features/audit/AuditScreen.tsx';
import { CtaListScreen } from './features/ctas/CtaListScreen.tsx';
import { IndicatorScreen } from './features/indicators/IndicatorScreen.tsx';
import { IndicatorsScreen } from './features/indicators/IndicatorsScreen.tsx';
import { ParcoursStatisticsScreen } from './features/parcours-statistics/ParcoursStatisticsScreen.tsx';
import { RoadmapScreen } from './features/roadmap/RoadmapScreen.tsx';
import { SiaeCountsScreen } from './features/siae-counts/SiaeCountsScreen.tsx';
import { SteeringScreen } from './features/steering/SteeringScreen.tsx';

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.counts, to: '/' },
      { text: copy.navigation.indicators, to: '/indicateurs', matchPrefix: true },
      { text: copy.navigation.parcours, to: '/parcours' },
      { text: copy.navigation.ctas, to: '/cta' },
      { text: copy.navigation.steering, to: '/comite' },
      { text: copy.navigation.roadmap, to: '/feuille-de-route' },
      { text: copy.navigation.amendments, to: '/avenants' },
      { text: copy.navigation.audit, to: '/audit' },
    ],
    screens: [
      { index: true, element: <SiaeCountsScreen /> },
      { path: 'indicateurs', element: <IndicatorsScreen /> },
      { path: 'indicateurs/:id', element: <IndicatorScreen /> },
      { path: 'parcours', element: <ParcoursStatisticsScreen /> },
      { path: 'cta', element: <CtaListScreen /> },
      { path: 'comite', element: <SteeringScreen /> },
      { path: 'feuille-de-route', element: <RoadmapScreen /> },
      { path: 'avenants', element: <AmendmentsScreen /> },
      { path: 'audit', element: <AuditScreen /> },
    ],
  }),
  { basename },
);

import { lazyScreen, portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';

// Each screen in its own chunk, loaded when its route is first shown (the sign-in page needs none of them).
const PendingWorkScreen = lazyScreen(() => import('@navette/ui/pending-work'), 'PendingWorkScreen');
const AccordScreen = lazyScreen(() => import('./features/accord/AccordScreen.tsx'), 'AccordScreen');
const WorkingGroupsScreen = lazyScreen(
  () => import('./features/working-groups/WorkingGroupsScreen.tsx'),
  'WorkingGroupsScreen',
);
const EtatDesLieuxScreen = lazyScreen(
  () => import('./features/etat-des-lieux/EtatDesLieuxScreen.tsx'),
  'EtatDesLieuxScreen',
);
const AmendmentsScreen = lazyScreen(() => import('./features/amendments/AmendmentsScreen.tsx'), 'AmendmentsScreen');
const ApiClientsScreen = lazyScreen(() => import('./features/api-clients/ApiClientsScreen.tsx'), 'ApiClientsScreen');
const AuditScreen = lazyScreen(() => import('./features/audit/AuditScreen.tsx'), 'AuditScreen');
const CtaListScreen = lazyScreen(() => import('./features/ctas/CtaListScreen.tsx'), 'CtaListScreen');
const HabilitationsScreen = lazyScreen(
  () => import('./features/habilitations/HabilitationsScreen.tsx'),
  'HabilitationsScreen',
);
const IndicatorScreen = lazyScreen(() => import('./features/indicators/IndicatorScreen.tsx'), 'IndicatorScreen');
const IndicatorsScreen = lazyScreen(() => import('./features/indicators/IndicatorsScreen.tsx'), 'IndicatorsScreen');
const ParcoursStatisticsScreen = lazyScreen(
  () => import('./features/parcours-statistics/ParcoursStatisticsScreen.tsx'),
  'ParcoursStatisticsScreen',
);
const ProvidedFiguresScreen = lazyScreen(
  () => import('./features/provided-figures/ProvidedFiguresScreen.tsx'),
  'ProvidedFiguresScreen',
);
const CdiaeInboxScreen = lazyScreen(() => import('./features/cdiae/CdiaeInboxScreen.tsx'), 'CdiaeInboxScreen');
const AccordPresentationsScreen = lazyScreen(
  () => import('./features/cdiae/AccordPresentationsScreen.tsx'),
  'AccordPresentationsScreen',
);
const RoadmapScreen = lazyScreen(() => import('./features/roadmap/RoadmapScreen.tsx'), 'RoadmapScreen');
const SiaeCountsScreen = lazyScreen(() => import('./features/siae-counts/SiaeCountsScreen.tsx'), 'SiaeCountsScreen');
const SteeringScreen = lazyScreen(() => import('./features/steering/SteeringScreen.tsx'), 'SteeringScreen');

/** The roles of the pilotage itself: the comité and the État (the platform's administrators see only their screens). */
const PILOTAGE = ['STEERING', 'STATE'];

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.home, to: '/', pending: 'all' },
      { text: copy.navigation.counts, to: '/structures', roles: PILOTAGE },
      { text: copy.navigation.indicators, to: '/indicateurs', matchPrefix: true, roles: PILOTAGE },
      {
        text: copy.navigation.providedFigures,
        to: '/chiffres-fournis',
        roles: ['STEERING', 'STATE', 'ADMIN'],
      },
      { text: copy.navigation.parcours, to: '/parcours', roles: PILOTAGE },
      { text: copy.navigation.ctas, to: '/cta', roles: PILOTAGE },
      {
        text: copy.navigation.steering,
        to: '/comite',
        pending: ['STEERING_MEETINGS_DUE', 'STEERING_DOCUMENTS_DUE'],
        roles: PILOTAGE,
      },
      { text: copy.navigation.roadmap, to: '/feuille-de-route', pending: ['ROADMAP_ACTION_LATE'], roles: PILOTAGE },
      { text: copy.navigation.accord, to: '/accord', roles: PILOTAGE },
      { text: copy.navigation.workingGroups, to: '/groupes-de-travail', roles: PILOTAGE },
      { text: copy.navigation.amendments, to: '/avenants', roles: PILOTAGE },
      { text: copy.navigation.etatDesLieux, to: '/etat-des-lieux', roles: PILOTAGE },
      // The CDIAE of a département (issue 18 §5): its inbox, its avis on habilitations, its presentations of the accord.
      { text: copy.navigation.cdiaeInbox, to: '/cdiae/courrier', roles: ['CDIAE'] },
      { text: copy.navigation.cdiaeAvis, to: '/habilitations', roles: ['CDIAE'] },
      { text: copy.navigation.cdiaePresentations, to: '/cdiae/presentations', roles: ['CDIAE'] },
      { text: copy.navigation.habilitations, to: '/habilitations', roles: ['STATE', 'ADMIN'] },
      { text: copy.navigation.audit, to: '/audit', roles: ['STATE', 'ADMIN'] },
      { text: copy.navigation.apiClients, to: '/clients-api', roles: ['STATE', 'ADMIN'] },
    ],
    screens: [
      // The SIAE counts were the home page until issue 14: `/?departement=…` links are sent to /structures.
      { index: true, element: <PendingWorkScreen intro={copy.home.intro} searchMovedTo="/structures" /> },
      { path: 'structures', element: <SiaeCountsScreen /> },
      { path: 'indicateurs', element: <IndicatorsScreen /> },
      { path: 'indicateurs/:id', element: <IndicatorScreen /> },
      { path: 'chiffres-fournis', element: <ProvidedFiguresScreen /> },
      { path: 'parcours', element: <ParcoursStatisticsScreen /> },
      { path: 'cta', element: <CtaListScreen /> },
      { path: 'comite', element: <SteeringScreen /> },
      { path: 'feuille-de-route', element: <RoadmapScreen /> },
      { path: 'accord', element: <AccordScreen /> },
      { path: 'groupes-de-travail', element: <WorkingGroupsScreen /> },
      { path: 'avenants', element: <AmendmentsScreen /> },
      { path: 'etat-des-lieux', element: <EtatDesLieuxScreen /> },
      { path: 'habilitations', element: <HabilitationsScreen /> },
      { path: 'cdiae/courrier', element: <CdiaeInboxScreen /> },
      { path: 'cdiae/presentations', element: <AccordPresentationsScreen /> },
      { path: 'audit', element: <AuditScreen /> },
      { path: 'clients-api', element: <ApiClientsScreen /> },
    ],
  }),
  { basename },
);

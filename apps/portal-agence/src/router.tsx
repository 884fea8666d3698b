import { legalRoutes, NotFound, PortalLayout } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { AgencyPickerScreen } from './features/agency-picker/AgencyPickerScreen.tsx';
import { AgencyTerritoryScreen } from './features/agency-territory/AgencyTerritoryScreen.tsx';
import { agencyRoute } from './features/agency-territory/paths.ts';

export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: (
        <PortalLayout
          portalName={copy.portalName}
          navigation={[{ text: copy.navigation.agencies, to: '/', matchPrefix: false }]}
        />
      ),
      children: [
        { index: true, element: <AgencyPickerScreen /> },
        { path: agencyRoute, element: <AgencyTerritoryScreen /> },
        ...legalRoutes,
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename },
);

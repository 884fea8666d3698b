import { portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { AgencyPickerScreen } from './features/agency-picker/AgencyPickerScreen.tsx';
import { AgencyTerritoryScreen } from './features/agency-territory/AgencyTerritoryScreen.tsx';
import { agencyRoute } from './features/agency-territory/paths.ts';

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [{ text: copy.navigation.agencies, to: '/', matchPrefix: false }],
    screens: [
      { index: true, element: <AgencyPickerScreen /> },
      { path: agencyRoute, element: <AgencyTerritoryScreen /> },
    ],
  }),
  { basename },
);

import { portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { AgencyPickerScreen } from './features/agency-picker/AgencyPickerScreen.tsx';
import { AgencyTerritoryScreen } from './features/agency-territory/AgencyTerritoryScreen.tsx';
import { agencyRoute } from './features/agency-territory/paths.ts';
import { AppealsScreen } from './features/approvals/AppealsScreen.tsx';
import { ApprovalHistoryScreen } from './features/approvals/ApprovalHistoryScreen.tsx';
import { ApprovalInboxScreen } from './features/approvals/ApprovalInboxScreen.tsx';
import { ApprovalRequestScreen } from './features/approvals/ApprovalRequestScreen.tsx';
import { approvalPaths, approvalRequestRoute } from './features/approvals/paths.ts';

const relative = (path: string) => path.replace(/^\//, '');

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.agencies, to: '/', matchPrefix: false },
      { text: copy.navigation.inbox, to: approvalPaths.inbox, matchPrefix: true },
      { text: copy.navigation.appeals, to: approvalPaths.appeals },
      { text: copy.navigation.history, to: approvalPaths.history },
    ],
    screens: [
      { index: true, element: <AgencyPickerScreen /> },
      { path: agencyRoute, element: <AgencyTerritoryScreen /> },
      { path: relative(approvalPaths.inbox), element: <ApprovalInboxScreen /> },
      { path: approvalRequestRoute, element: <ApprovalRequestScreen /> },
      { path: relative(approvalPaths.appeals), element: <AppealsScreen /> },
      { path: relative(approvalPaths.history), element: <ApprovalHistoryScreen /> },
    ],
  }),
  { basename },
);

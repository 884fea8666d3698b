import { IndicatorsScreen, portalRoutes } from '@navette/ui';
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
import { EditAgreementScreen, NewAgreementScreen } from './features/cooperation/AgreementFormScreen.tsx';
import { AgreementScreen } from './features/cooperation/AgreementScreen.tsx';
import { CooperationScreen } from './features/cooperation/CooperationScreen.tsx';
import { cooperationPaths, cooperationRoutes } from './features/cooperation/paths.ts';
import { SiaeCooperationScreen } from './features/cooperation/SiaeCooperationScreen.tsx';
import { CtaMeetingFormScreen } from './features/cta/CtaMeetingFormScreen.tsx';
import { CtaScreen } from './features/cta/CtaScreen.tsx';
import { ctaPaths, ctaRoutes } from './features/cta/paths.ts';
import { indicatorsPath, indicatorsRoute } from './features/indicators/paths.ts';

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
      { text: copy.navigation.cooperation, to: cooperationPaths.list, matchPrefix: true },
      { text: copy.navigation.cta, to: ctaPaths.list, matchPrefix: true },
      { text: copy.navigation.indicators, to: indicatorsPath },
    ],
    screens: [
      { index: true, element: <AgencyPickerScreen /> },
      { path: agencyRoute, element: <AgencyTerritoryScreen /> },
      { path: relative(approvalPaths.inbox), element: <ApprovalInboxScreen /> },
      { path: approvalRequestRoute, element: <ApprovalRequestScreen /> },
      { path: relative(approvalPaths.appeals), element: <AppealsScreen /> },
      { path: relative(approvalPaths.history), element: <ApprovalHistoryScreen /> },
      { path: cooperationRoutes.list, element: <CooperationScreen /> },
      { path: cooperationRoutes.siae, element: <SiaeCooperationScreen /> },
      { path: cooperationRoutes.newAgreement, element: <NewAgreementScreen /> },
      { path: cooperationRoutes.agreement, element: <AgreementScreen /> },
      { path: cooperationRoutes.editAgreement, element: <EditAgreementScreen /> },
      { path: ctaRoutes.list, element: <CtaScreen /> },
      { path: ctaRoutes.newMeeting, element: <CtaMeetingFormScreen /> },
      { path: indicatorsRoute, element: <IndicatorsScreen wording={copy.indicators} /> },
    ],
  }),
  { basename },
);

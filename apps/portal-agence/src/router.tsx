import { lazyScreen, portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { agenciesPath, agenciesRoute, agencyPath, agencyRoute } from './features/agency-territory/paths.ts';
import { approvalServicesRoute } from './features/approval-services/paths.ts';
import { approvalPaths, approvalRequestRoute } from './features/approvals/paths.ts';
import { cooperationPaths, cooperationRoutes } from './features/cooperation/paths.ts';
import { ctaPaths, ctaRoutes } from './features/cta/paths.ts';
import { indicatorsPath, indicatorsRoute } from './features/indicators/paths.ts';
import { registrationChecksPaths, registrationChecksRoutes } from './features/registration-checks/paths.ts';
import { prevalidationsPath, prevalidationsRoute } from './features/prevalidations/paths.ts';

// Each screen in its own chunk, loaded when its route is first shown (the sign-in page needs none of them).
const PendingWorkScreen = lazyScreen(() => import('@navette/ui/pending-work'), 'PendingWorkScreen');
const AgencyPickerScreen = lazyScreen(
  () => import('./features/agency-picker/AgencyPickerScreen.tsx'),
  'AgencyPickerScreen',
);
const AgencyTerritoryScreen = lazyScreen(
  () => import('./features/agency-territory/AgencyTerritoryScreen.tsx'),
  'AgencyTerritoryScreen',
);
const ApprovalServicesScreen = lazyScreen(
  () => import('./features/approval-services/ApprovalServicesScreen.tsx'),
  'ApprovalServicesScreen',
);
const AppealsScreen = lazyScreen(() => import('./features/approvals/AppealsScreen.tsx'), 'AppealsScreen');
const ApprovalHistoryScreen = lazyScreen(
  () => import('./features/approvals/ApprovalHistoryScreen.tsx'),
  'ApprovalHistoryScreen',
);
const ApprovalInboxScreen = lazyScreen(
  () => import('./features/approvals/ApprovalInboxScreen.tsx'),
  'ApprovalInboxScreen',
);
const ApprovalRequestScreen = lazyScreen(
  () => import('./features/approvals/ApprovalRequestScreen.tsx'),
  'ApprovalRequestScreen',
);
const EditAgreementScreen = lazyScreen(
  () => import('./features/cooperation/AgreementFormScreen.tsx'),
  'EditAgreementScreen',
);
const NewAgreementScreen = lazyScreen(
  () => import('./features/cooperation/AgreementFormScreen.tsx'),
  'NewAgreementScreen',
);
const AgreementScreen = lazyScreen(() => import('./features/cooperation/AgreementScreen.tsx'), 'AgreementScreen');
const CooperationScreen = lazyScreen(() => import('./features/cooperation/CooperationScreen.tsx'), 'CooperationScreen');
const SiaeCooperationScreen = lazyScreen(
  () => import('./features/cooperation/SiaeCooperationScreen.tsx'),
  'SiaeCooperationScreen',
);
const CtaMeetingFormScreen = lazyScreen(
  () => import('./features/cta/CtaMeetingFormScreen.tsx'),
  'CtaMeetingFormScreen',
);
const CtaScreen = lazyScreen(() => import('./features/cta/CtaScreen.tsx'), 'CtaScreen');
const RegistrationChecksScreen = lazyScreen(
  () => import('./features/registration-checks/RegistrationChecksScreen.tsx'),
  'RegistrationChecksScreen',
);
const RegistrationCheckScreen = lazyScreen(
  () => import('./features/registration-checks/RegistrationCheckScreen.tsx'),
  'RegistrationCheckScreen',
);
const ProfilePrevalidationsScreen = lazyScreen(
  () => import('./features/prevalidations/ProfilePrevalidationsScreen.tsx'),
  'ProfilePrevalidationsScreen',
);
const IndicatorsScreen = lazyScreen(() => import('@navette/ui/own-indicators'), 'IndicatorsScreen');

const relative = (path: string) => path.replace(/^\//, '');

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.home, to: '/', pending: 'all' },
      // An agent lands on the page of their own agence; the picker of every agence stays at /agences.
      {
        text: copy.navigation.agency,
        to: (viewer) => (viewer.organisation?.kind === 'AGENCY' ? agencyPath(viewer.organisation.id) : agenciesPath),
        matchPrefix: true,
      },
      { text: copy.navigation.inbox, to: approvalPaths.inbox, matchPrefix: true, pending: ['DECISION_DUE'] },
      { text: copy.navigation.appeals, to: approvalPaths.appeals, pending: ['APPEAL_TO_ANSWER'] },
      { text: copy.navigation.history, to: approvalPaths.history },
      {
        text: copy.navigation.cooperation,
        to: cooperationPaths.list,
        matchPrefix: true,
        pending: ['CONVENTION_TO_SIGN'],
      },
      {
        text: copy.navigation.cta,
        to: ctaPaths.list,
        matchPrefix: true,
        pending: ['CTA_MEETING_DUE', 'CTA_MINUTES_TO_SEND'],
      },
      { text: copy.navigation.registrationChecks, to: registrationChecksPaths.list, matchPrefix: true },
      {
        text: copy.navigation.prevalidations,
        to: prevalidationsPath,
        pending: ['PREVALIDATION_TO_RENEW'],
      },
      { text: copy.navigation.indicators, to: indicatorsPath },
    ],
    screens: [
      { index: true, element: <PendingWorkScreen intro={copy.home.intro} searchMovedTo={agenciesPath} /> },
      { path: agenciesRoute, element: <AgencyPickerScreen /> },
      { path: agencyRoute, element: <AgencyTerritoryScreen /> },
      { path: relative(approvalPaths.inbox), element: <ApprovalInboxScreen /> },
      { path: approvalRequestRoute, element: <ApprovalRequestScreen /> },
      { path: approvalServicesRoute, element: <ApprovalServicesScreen /> },
      { path: relative(approvalPaths.appeals), element: <AppealsScreen /> },
      { path: relative(approvalPaths.history), element: <ApprovalHistoryScreen /> },
      { path: cooperationRoutes.list, element: <CooperationScreen /> },
      { path: cooperationRoutes.siae, element: <SiaeCooperationScreen /> },
      { path: cooperationRoutes.newAgreement, element: <NewAgreementScreen /> },
      { path: cooperationRoutes.agreement, element: <AgreementScreen /> },
      { path: cooperationRoutes.editAgreement, element: <EditAgreementScreen /> },
      { path: ctaRoutes.list, element: <CtaScreen /> },
      { path: ctaRoutes.newMeeting, element: <CtaMeetingFormScreen /> },
      { path: registrationChecksRoutes.list, element: <RegistrationChecksScreen /> },
      { path: registrationChecksRoutes.check, element: <RegistrationCheckScreen /> },
      { path: prevalidationsRoute, element: <ProfilePrevalidationsScreen /> },
      { path: indicatorsRoute, element: <IndicatorsScreen wording={copy.indicators} /> },
    ],
  }),
  { basename },
);

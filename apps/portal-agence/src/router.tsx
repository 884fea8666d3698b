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
import { prescribingPaths, prescribingRoutes } from './features/prescribing/paths.ts';

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
// The agence as prescripteur (issue 18 §2): the prescribing screens shared with the Espace prescripteur.
const DiagnosisScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'DiagnosisScreen');
const OrientScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'OrientScreen');
const PeopleScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PeopleScreen');
const PersonScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PersonScreen');
const PrescribeScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PrescribeScreen');
const PrescriptionScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PrescriptionScreen');
const PrescriptionsScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PrescriptionsScreen');
const ReceivedOrientationsScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'ReceivedOrientationsScreen');
const RecordPersonScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'RecordPersonScreen');
const SentOrientationsScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'SentOrientationsScreen');
const IndicatorsScreen = lazyScreen(() => import('@navette/ui/own-indicators'), 'IndicatorsScreen');

const relative = (path: string) => path.replace(/^\//, '');

/** The agence's prescribing screens, each given the agence's paths and wording. */
function prescribingScreens() {
  const config = { paths: prescribingPaths, wording: copy.prescribing };
  const r = prescribingRoutes;
  return [
    { path: r.people, element: <PeopleScreen {...config} /> },
    { path: r.newPerson, element: <RecordPersonScreen {...config} /> },
    { path: r.person, element: <PersonScreen {...config} /> },
    { path: r.diagnose, element: <DiagnosisScreen {...config} /> },
    { path: r.prescribe, element: <PrescribeScreen {...config} /> },
    { path: r.orient, element: <OrientScreen {...config} /> },
    { path: r.prescriptions, element: <PrescriptionsScreen {...config} /> },
    { path: r.prescription, element: <PrescriptionScreen {...config} /> },
    { path: r.orientations, element: <ReceivedOrientationsScreen {...config} /> },
    { path: r.sentOrientations, element: <SentOrientationsScreen {...config} /> },
  ];
}

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
      {
        text: copy.navigation.registrationChecks,
        to: registrationChecksPaths.list,
        matchPrefix: true,
        pending: ['REGISTRATION_CHECKS_DUE'],
      },
      {
        text: copy.navigation.prevalidations,
        to: prevalidationsPath,
        pending: ['PREVALIDATION_TO_RENEW'],
      },
      // The agence as prescripteur (issue 18 §2): one menu, the navigation staying on one line.
      {
        text: copy.navigation.prescribing,
        to: prescribingPaths.people,
        menu: [
          { text: copy.navigation.people, to: prescribingPaths.people, matchPrefix: true },
          { text: copy.navigation.prescriptions, to: prescribingPaths.prescriptions, matchPrefix: true },
          { text: copy.navigation.orientations, to: prescribingPaths.orientations, matchPrefix: true },
        ],
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
      ...prescribingScreens(),
      { path: indicatorsRoute, element: <IndicatorsScreen wording={copy.indicators} /> },
    ],
  }),
  { basename },
);

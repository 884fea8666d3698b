import { lazyScreen, portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { siaeRoute } from './features/siae-detail/paths.ts';
import { paths, routes } from './paths.ts';

// Each screen in its own chunk, loaded when its route is first shown (the sign-in page needs none of them).
const PendingWorkScreen = lazyScreen(() => import('@navette/ui/pending-work'), 'PendingWorkScreen');
const AppealScreen = lazyScreen(() => import('./features/approval-requests/AppealScreen.tsx'), 'AppealScreen');
const ApprovalRequestScreen = lazyScreen(
  () => import('./features/approval-requests/ApprovalRequestScreen.tsx'),
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
const ContractScreen = lazyScreen(() => import('./features/employee/ContractScreen.tsx'), 'ContractScreen');
const EmployeeScreen = lazyScreen(() => import('./features/employee/EmployeeScreen.tsx'), 'EmployeeScreen');
const ExtensionScreen = lazyScreen(() => import('./features/employees/ExtensionScreen.tsx'), 'ExtensionScreen');
const ExitScreen = lazyScreen(() => import('./features/employee/ExitScreen.tsx'), 'ExitScreen');
const ImmersionScreen = lazyScreen(() => import('./features/employee/ImmersionScreen.tsx'), 'ImmersionScreen');
const InterviewScreen = lazyScreen(() => import('./features/employee/InterviewScreen.tsx'), 'InterviewScreen');
const PoeScreen = lazyScreen(() => import('./features/employee/PoeScreen.tsx'), 'PoeScreen');
const ProlongationScreen = lazyScreen(() => import('./features/employee/ProlongationScreen.tsx'), 'ProlongationScreen');
const RenewalScreen = lazyScreen(() => import('./features/employee/RenewalScreen.tsx'), 'RenewalScreen');
const ServiceUseScreen = lazyScreen(() => import('./features/employee/ServiceUseScreen.tsx'), 'ServiceUseScreen');
const SuspensionScreen = lazyScreen(() => import('./features/employee/SuspensionScreen.tsx'), 'SuspensionScreen');
const TrainingScreen = lazyScreen(() => import('./features/employee/TrainingScreen.tsx'), 'TrainingScreen');
const EmployeesScreen = lazyScreen(() => import('./features/employees/EmployeesScreen.tsx'), 'EmployeesScreen');
const IncomingPrescriptionScreen = lazyScreen(
  () => import('./features/incoming-prescriptions/IncomingPrescriptionScreen.tsx'),
  'IncomingPrescriptionScreen',
);
const IncomingPrescriptionsScreen = lazyScreen(
  () => import('./features/incoming-prescriptions/IncomingPrescriptionsScreen.tsx'),
  'IncomingPrescriptionsScreen',
);
const JobOffersScreen = lazyScreen(() => import('./features/job-offers/JobOffersScreen.tsx'), 'JobOffersScreen');
const PublishJobOfferScreen = lazyScreen(
  () => import('./features/job-offers/PublishJobOfferScreen.tsx'),
  'PublishJobOfferScreen',
);
const SiaeDetailScreen = lazyScreen(() => import('./features/siae-detail/SiaeDetailScreen.tsx'), 'SiaeDetailScreen');
const SiaeDirectoryScreen = lazyScreen(
  () => import('./features/siae-directory/SiaeDirectoryScreen.tsx'),
  'SiaeDirectoryScreen',
);
const IndicatorsScreen = lazyScreen(() => import('@navette/ui/own-indicators'), 'IndicatorsScreen');

const OrientationsScreen = lazyScreen(
  () => import('./features/orientations/OrientationsScreen.tsx'),
  'OrientationsScreen',
);
const PersonRecordRoute = lazyScreen(() => import('./features/employee/PersonRecordRoute.tsx'), 'PersonRecordRoute');
const OrientScreen = lazyScreen(() => import('./features/orientations/OrientScreen.tsx'), 'OrientScreen');

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.home, to: paths.home, pending: 'all' },
      { text: copy.navigation.directory, to: paths.directory },
      {
        text: copy.navigation.prescriptions,
        to: paths.prescriptions,
        matchPrefix: true,
        pending: ['PRESCRIPTION_TO_ANSWER'],
      },
      {
        text: copy.navigation.employees,
        to: paths.employees,
        matchPrefix: true,
        pending: ['CONTRACT_TO_RECORD', 'EXIT_INTERVIEW_DUE', 'APPROVAL_ENDING', 'SUSPENSION_ENDING'],
      },
      { text: copy.navigation.cooperation, to: paths.cooperation, matchPrefix: true, pending: ['CONVENTION_TO_SIGN'] },
      { text: copy.navigation.jobOffers, to: paths.jobOffers, matchPrefix: true },
      { text: copy.navigation.orientations, to: paths.orientations, matchPrefix: true },
      { text: copy.navigation.indicators, to: paths.indicators },
    ],
    screens: [
      { index: true, element: <PendingWorkScreen intro={copy.home.intro} searchMovedTo={paths.directory} /> },
      { path: routes.directory, element: <SiaeDirectoryScreen /> },
      { path: siaeRoute, element: <SiaeDetailScreen /> },
      { path: routes.prescriptions, element: <IncomingPrescriptionsScreen /> },
      { path: routes.prescription, element: <IncomingPrescriptionScreen /> },
      { path: routes.request, element: <ApprovalRequestScreen /> },
      { path: routes.appeal, element: <AppealScreen /> },
      { path: routes.employees, element: <EmployeesScreen /> },
      { path: routes.extension, element: <ExtensionScreen /> },
      { path: routes.employee, element: <EmployeeScreen /> },
      { path: routes.contract, element: <ContractScreen /> },
      { path: routes.suspension, element: <SuspensionScreen /> },
      { path: routes.prolongation, element: <ProlongationScreen /> },
      { path: routes.renewal, element: <RenewalScreen /> },
      { path: routes.interview, element: <InterviewScreen /> },
      { path: routes.exit, element: <ExitScreen /> },
      { path: routes.training, element: <TrainingScreen /> },
      { path: routes.immersion, element: <ImmersionScreen /> },
      { path: routes.serviceUse, element: <ServiceUseScreen /> },
      { path: routes.poe, element: <PoeScreen /> },
      { path: routes.cooperation, element: <CooperationScreen /> },
      { path: routes.newAgreement, element: <NewAgreementScreen /> },
      { path: routes.agreement, element: <AgreementScreen /> },
      { path: routes.editAgreement, element: <EditAgreementScreen /> },
      { path: routes.jobOffers, element: <JobOffersScreen /> },
      { path: routes.newJobOffer, element: <PublishJobOfferScreen /> },
      { path: routes.orientations, element: <OrientationsScreen /> },
      { path: routes.newOrientation, element: <OrientScreen /> },
      { path: routes.personRecord, element: <PersonRecordRoute /> },
      { path: routes.indicators, element: <IndicatorsScreen wording={copy.indicators} /> },
    ],
  }),
  { basename },
);

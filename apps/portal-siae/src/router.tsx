import { IndicatorsScreen, portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { AppealScreen } from './features/approval-requests/AppealScreen.tsx';
import { ApprovalRequestScreen } from './features/approval-requests/ApprovalRequestScreen.tsx';
import { EditAgreementScreen, NewAgreementScreen } from './features/cooperation/AgreementFormScreen.tsx';
import { AgreementScreen } from './features/cooperation/AgreementScreen.tsx';
import { CooperationScreen } from './features/cooperation/CooperationScreen.tsx';
import { ContractScreen } from './features/employee/ContractScreen.tsx';
import { EmployeeScreen } from './features/employee/EmployeeScreen.tsx';
import { ExitScreen } from './features/employee/ExitScreen.tsx';
import { ImmersionScreen } from './features/employee/ImmersionScreen.tsx';
import { InterviewScreen } from './features/employee/InterviewScreen.tsx';
import { PoeScreen } from './features/employee/PoeScreen.tsx';
import { ProlongationScreen } from './features/employee/ProlongationScreen.tsx';
import { ServiceUseScreen } from './features/employee/ServiceUseScreen.tsx';
import { SuspensionScreen } from './features/employee/SuspensionScreen.tsx';
import { TrainingScreen } from './features/employee/TrainingScreen.tsx';
import { EmployeesScreen } from './features/employees/EmployeesScreen.tsx';
import { IncomingPrescriptionScreen } from './features/incoming-prescriptions/IncomingPrescriptionScreen.tsx';
import { IncomingPrescriptionsScreen } from './features/incoming-prescriptions/IncomingPrescriptionsScreen.tsx';
import { JobOffersScreen } from './features/job-offers/JobOffersScreen.tsx';
import { PublishJobOfferScreen } from './features/job-offers/PublishJobOfferScreen.tsx';
import { SiaeDetailScreen } from './features/siae-detail/SiaeDetailScreen.tsx';
import { siaeRoute } from './features/siae-detail/paths.ts';
import { SiaeDirectoryScreen } from './features/siae-directory/SiaeDirectoryScreen.tsx';
import { paths, routes } from './paths.ts';

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.directory, to: '/' },
      { text: copy.navigation.prescriptions, to: paths.prescriptions, matchPrefix: true },
      { text: copy.navigation.employees, to: paths.employees, matchPrefix: true },
      { text: copy.navigation.cooperation, to: paths.cooperation, matchPrefix: true },
      { text: copy.navigation.jobOffers, to: paths.jobOffers, matchPrefix: true },
      { text: copy.navigation.indicators, to: paths.indicators },
    ],
    screens: [
      { index: true, element: <SiaeDirectoryScreen /> },
      { path: siaeRoute, element: <SiaeDetailScreen /> },
      { path: routes.prescriptions, element: <IncomingPrescriptionsScreen /> },
      { path: routes.prescription, element: <IncomingPrescriptionScreen /> },
      { path: routes.request, element: <ApprovalRequestScreen /> },
      { path: routes.appeal, element: <AppealScreen /> },
      { path: routes.employees, element: <EmployeesScreen /> },
      { path: routes.employee, element: <EmployeeScreen /> },
      { path: routes.contract, element: <ContractScreen /> },
      { path: routes.suspension, element: <SuspensionScreen /> },
      { path: routes.prolongation, element: <ProlongationScreen /> },
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
      { path: routes.indicators, element: <IndicatorsScreen wording={copy.indicators} /> },
    ],
  }),
  { basename },
);

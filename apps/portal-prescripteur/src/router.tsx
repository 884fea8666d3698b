import { lazyScreen, portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { paths, routes } from './paths.ts';

// Each screen in its own chunk, loaded when its route is first shown (the sign-in page needs none of them).
const PendingWorkScreen = lazyScreen(() => import('@navette/ui/pending-work'), 'PendingWorkScreen');
const ApprovalFollowUpScreen = lazyScreen(
  () => import('./features/approval-follow-up/ApprovalFollowUpScreen.tsx'),
  'ApprovalFollowUpScreen',
);
const DiagnosisScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'DiagnosisScreen');
const JobOffersScreen = lazyScreen(() => import('./features/job-offers/JobOffersScreen.tsx'), 'JobOffersScreen');
const OfferPrescriptionScreen = lazyScreen(
  () => import('./features/job-offers/OfferPrescriptionScreen.tsx'),
  'OfferPrescriptionScreen',
);
const PeopleScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PeopleScreen');
const PersonScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PersonScreen');
const PrescribeScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PrescribeScreen');
const PrescriptionScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PrescriptionScreen');
const PrescriptionsScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'PrescriptionsScreen');
const RecordPersonScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'RecordPersonScreen');
const SiaeDirectoryScreen = lazyScreen(
  () => import('./features/siae-directory/SiaeDirectoryScreen.tsx'),
  'SiaeDirectoryScreen',
);
const SiaeScreen = lazyScreen(() => import('./features/siae/SiaeScreen.tsx'), 'SiaeScreen');

const ReceivedOrientationsScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'ReceivedOrientationsScreen');
const SentOrientationsScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'SentOrientationsScreen');
const PersonRecordRoute = lazyScreen(() => import('./features/person/PersonRecordRoute.tsx'), 'PersonRecordRoute');
const CorrectIdentityScreen = lazyScreen(
  () => import('./features/correct-identity/CorrectIdentityScreen.tsx'),
  'CorrectIdentityScreen',
);
const OrientScreen = lazyScreen(() => import('@navette/ui/prescribing'), 'OrientScreen');

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.home, to: paths.home, pending: 'all' },
      { text: copy.navigation.directory, to: paths.directory },
      { text: copy.navigation.jobOffers, to: paths.jobOffers, matchPrefix: true },
      { text: copy.navigation.people, to: paths.people, matchPrefix: true, pending: ['EXIT_BILAN_TO_READ'] },
      {
        text: copy.navigation.prescriptions,
        to: paths.prescriptions,
        matchPrefix: true,
        pending: ['PRESCRIPTION_UNANSWERED', 'APPROVAL_REFUSED'],
      },
      { text: copy.navigation.orientations, to: paths.orientations, matchPrefix: true },
    ],
    screens: [
      { index: true, element: <PendingWorkScreen intro={copy.home.intro} searchMovedTo={paths.directory} /> },
      { path: routes.directory, element: <SiaeDirectoryScreen /> },
      { path: routes.siae, element: <SiaeScreen /> },
      { path: routes.jobOffers, element: <JobOffersScreen /> },
      { path: routes.offerPrescription, element: <OfferPrescriptionScreen /> },
      { path: routes.people, element: <PeopleScreen paths={paths} /> },
      { path: routes.newPerson, element: <RecordPersonScreen paths={paths} /> },
      { path: routes.person, element: <PersonScreen paths={paths} /> },
      { path: routes.diagnose, element: <DiagnosisScreen paths={paths} /> },
      { path: routes.correctIdentity, element: <CorrectIdentityScreen /> },
      { path: routes.prescribe, element: <PrescribeScreen paths={paths} /> },
      { path: routes.prescriptions, element: <PrescriptionsScreen paths={paths} /> },
      { path: routes.prescription, element: <PrescriptionScreen paths={paths} /> },
      { path: routes.approval, element: <ApprovalFollowUpScreen /> },
      { path: routes.orientations, element: <ReceivedOrientationsScreen paths={paths} /> },
      { path: routes.sentOrientations, element: <SentOrientationsScreen paths={paths} /> },
      { path: routes.orient, element: <OrientScreen paths={paths} /> },
      { path: routes.personRecord, element: <PersonRecordRoute /> },
    ],
  }),
  { basename },
);

import { portalRoutes } from '@navette/ui';
import { createBrowserRouter } from 'react-router';
import { basename } from './base-path.ts';
import { copy } from './copy.ts';
import { DiagnosisScreen } from './features/diagnosis/DiagnosisScreen.tsx';
import { JobOffersScreen } from './features/job-offers/JobOffersScreen.tsx';
import { OfferPrescriptionScreen } from './features/job-offers/OfferPrescriptionScreen.tsx';
import { PeopleScreen } from './features/people/PeopleScreen.tsx';
import { PersonScreen } from './features/person/PersonScreen.tsx';
import { PrescribeScreen } from './features/prescribe/PrescribeScreen.tsx';
import { PrescriptionScreen } from './features/prescriptions/PrescriptionScreen.tsx';
import { PrescriptionsScreen } from './features/prescriptions/PrescriptionsScreen.tsx';
import { RecordPersonScreen } from './features/record-person/RecordPersonScreen.tsx';
import { SiaeDirectoryScreen } from './features/siae-directory/SiaeDirectoryScreen.tsx';
import { SiaeScreen } from './features/siae/SiaeScreen.tsx';
import { paths, routes } from './paths.ts';

// Sign-in at /connexion; every screen below needs a session with a role allowed here (RequireSession).
export const router = createBrowserRouter(
  portalRoutes({
    portalName: copy.portalName,
    navigation: [
      { text: copy.navigation.directory, to: paths.directory },
      { text: copy.navigation.jobOffers, to: paths.jobOffers, matchPrefix: true },
      { text: copy.navigation.people, to: paths.people, matchPrefix: true },
      { text: copy.navigation.prescriptions, to: paths.prescriptions, matchPrefix: true },
    ],
    screens: [
      { index: true, element: <SiaeDirectoryScreen /> },
      { path: routes.siae, element: <SiaeScreen /> },
      { path: routes.jobOffers, element: <JobOffersScreen /> },
      { path: routes.offerPrescription, element: <OfferPrescriptionScreen /> },
      { path: routes.people, element: <PeopleScreen /> },
      { path: routes.newPerson, element: <RecordPersonScreen /> },
      { path: routes.person, element: <PersonScreen /> },
      { path: routes.diagnose, element: <DiagnosisScreen /> },
      { path: routes.prescribe, element: <PrescribeScreen /> },
      { path: routes.prescriptions, element: <PrescriptionsScreen /> },
      { path: routes.prescription, element: <PrescriptionScreen /> },
    ],
  }),
  { basename },
);

// The prescribing screens (record a person, diagnose against annexe 2, prescribe to a SIAE, follow the prescriptions),
// shared by the Espace prescripteur and the Espace agence (issue 18 §2). Each portal gives its paths and wording.
export { DiagnosisScreen } from './DiagnosisScreen.tsx';
export { OrientScreen } from './OrientScreen.tsx';
export { ReceivedOrientationsScreen, SentOrientationsScreen } from './OrientationsScreens.tsx';
export { PeopleScreen } from './PeopleScreen.tsx';
export { PersonScreen } from './PersonScreen.tsx';
export { PrescribeScreen } from './PrescribeScreen.tsx';
export { PrescriptionScreen } from './PrescriptionScreen.tsx';
export { PrescriptionsScreen } from './PrescriptionsScreen.tsx';
export { RecordPersonScreen } from './RecordPersonScreen.tsx';

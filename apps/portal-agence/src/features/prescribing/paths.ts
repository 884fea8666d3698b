// The agence as prescripteur (issue 18 §2; seed 004: Pôle emploi "endosse à la fois les rôles d'orienteur, de
// prescripteur et d'organisme d'agrémentation"): its agents record a person, diagnose, prescribe to a SIAE, orient,
// and answer the orientations sent to the agence, on the shared screens of @navette/ui/prescribing.
import type { PrescribingPaths } from '@navette/ui';

const segment = (id: string) => encodeURIComponent(id);

export const prescribingRoutes = {
  people: 'personnes',
  newPerson: 'personnes/nouvelle',
  person: 'personnes/:personId',
  diagnose: 'personnes/:personId/diagnostic',
  prescribe: 'personnes/:personId/prescription',
  orient: 'personnes/:personId/orientation',
  prescriptions: 'prescriptions',
  prescription: 'prescriptions/:prescriptionId',
  orientations: 'orientations',
  sentOrientations: 'orientations/envoyees',
} as const;

export const prescribingPaths = {
  people: '/personnes',
  newPerson: '/personnes/nouvelle',
  person: (personId: string) => `/personnes/${segment(personId)}`,
  diagnose: (personId: string) => `/personnes/${segment(personId)}/diagnostic`,
  prescribe: (personId: string) => `/personnes/${segment(personId)}/prescription`,
  orient: (personId: string) => `/personnes/${segment(personId)}/orientation`,
  prescriptions: '/prescriptions',
  prescription: (prescriptionId: string) => `/prescriptions/${segment(prescriptionId)}`,
  orientations: '/orientations',
  sentOrientations: '/orientations/envoyees',
} as const satisfies PrescribingPaths;

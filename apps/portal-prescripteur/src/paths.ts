// Routes of the Espace prescripteur (French paths, as the user sees them) and the links to them.
const segment = (id: string) => encodeURIComponent(id);

export const routes = {
  people: 'personnes',
  newPerson: 'personnes/nouvelle',
  person: 'personnes/:personId',
  diagnose: 'personnes/:personId/diagnostic',
  prescribe: 'personnes/:personId/prescription',
  prescriptions: 'prescriptions',
  prescription: 'prescriptions/:prescriptionId',
} as const;

export const paths = {
  directory: '/',
  people: '/personnes',
  newPerson: '/personnes/nouvelle',
  person: (personId: string) => `/personnes/${segment(personId)}`,
  diagnose: (personId: string) => `/personnes/${segment(personId)}/diagnostic`,
  prescribe: (personId: string) => `/personnes/${segment(personId)}/prescription`,
  prescriptions: '/prescriptions',
  prescription: (prescriptionId: string) => `/prescriptions/${segment(prescriptionId)}`,
} as const;

// Routes of the parcours screens of the Espace SIAE (French paths, as the user sees them) and the links to them.
// The directory's own routes stay in features/siae-detail/paths.ts.
const segment = (id: string) => encodeURIComponent(id);

export const routes = {
  prescriptions: 'prescriptions',
  prescription: 'prescriptions/:prescriptionId',
  employees: 'salaries',
  employee: 'salaries/:approvalId',
  contract: 'salaries/:approvalId/contrat',
  suspension: 'salaries/:approvalId/suspension',
  prolongation: 'salaries/:approvalId/prolongation',
  interview: 'salaries/:approvalId/entretien-tripartite',
  exit: 'salaries/:approvalId/sortie',
} as const;

export const paths = {
  prescriptions: '/prescriptions',
  prescription: (prescriptionId: string) => `/prescriptions/${segment(prescriptionId)}`,
  employees: '/salaries',
  employee: (approvalId: string) => `/salaries/${segment(approvalId)}`,
  contract: (approvalId: string) => `/salaries/${segment(approvalId)}/contrat`,
  suspension: (approvalId: string) => `/salaries/${segment(approvalId)}/suspension`,
  prolongation: (approvalId: string) => `/salaries/${segment(approvalId)}/prolongation`,
  interview: (approvalId: string) => `/salaries/${segment(approvalId)}/entretien-tripartite`,
  exit: (approvalId: string) => `/salaries/${segment(approvalId)}/sortie`,
} as const;

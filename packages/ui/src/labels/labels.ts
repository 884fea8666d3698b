// French labels of the API's enums, shared by every portal (UI in French, schema in English).

export const SIAE_KINDS = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'] as const;
export type SiaeKindCode = (typeof SIAE_KINDS)[number];

const siaeKindLabels: Record<SiaeKindCode, string> = {
  ACI: "Atelier et chantier d'insertion",
  AI: 'Association intermédiaire',
  EI: "Entreprise d'insertion",
  ETTI: "Entreprise de travail temporaire d'insertion",
  EITI: "Entreprise d'insertion par le travail indépendant",
};

export const PRESCRIBER_KINDS = ['POLE_EMPLOI', 'MISSION_LOCALE', 'CAP_EMPLOI', 'HABILITE'] as const;
export type PrescriberKindCode = (typeof PRESCRIBER_KINDS)[number];

const prescriberKindLabels: Record<PrescriberKindCode, string> = {
  POLE_EMPLOI: 'Pôle emploi',
  MISSION_LOCALE: 'Mission locale',
  CAP_EMPLOI: 'Cap emploi',
  HABILITE: 'Prescripteur habilité',
};

export const EMPLOYMENT_SERVICE_KINDS = ['ATELIER', 'PRESTATION', 'FORMATION', 'AIDE'] as const;
export type EmploymentServiceKindCode = (typeof EMPLOYMENT_SERVICE_KINDS)[number];

const employmentServiceKindLabels: Record<EmploymentServiceKindCode, string> = {
  ATELIER: 'Atelier',
  PRESTATION: 'Prestation',
  FORMATION: 'Formation',
  AIDE: 'Aide',
};

export function isSiaeKind(value: string): value is SiaeKindCode {
  return (SIAE_KINDS as readonly string[]).includes(value);
}

/** "Atelier et chantier d'insertion" for ACI; the code itself for a kind this version does not know. */
export function siaeKindLabel(kind: string): string {
  return isSiaeKind(kind) ? siaeKindLabels[kind] : kind;
}

/** The acronym with its meaning, e.g. "ACI – Atelier et chantier d'insertion", for select options. */
export function siaeKindOptionLabel(kind: SiaeKindCode): string {
  return `${kind} – ${siaeKindLabels[kind]}`;
}

export function prescriberKindLabel(kind: string): string {
  return (PRESCRIBER_KINDS as readonly string[]).includes(kind)
    ? prescriberKindLabels[kind as PrescriberKindCode]
    : kind;
}

export function employmentServiceKindLabel(kind: string): string {
  return (EMPLOYMENT_SERVICE_KINDS as readonly string[]).includes(kind)
    ? employmentServiceKindLabels[kind as EmploymentServiceKindCode]
    : kind;
}

/** "1 structure", "42 structures", "Aucune structure" (French plural: 0 and 1 are singular). */
export function countLabel(count: number, singular: string, plural: string, none?: string): string {
  if (count === 0 && none !== undefined) return none;
  return `${new Intl.NumberFormat('fr-FR').format(count)} ${count <= 1 ? singular : plural}`;
}

/**
 * Kinds of SIAE (structures d'insertion par l'activité économique) named by the accord:
 * ateliers et chantiers d'insertion, associations intermédiaires, entreprises d'insertion,
 * entreprises de travail temporaire d'insertion, entreprises d'insertion par le travail
 * indépendant. (accord, préambule and annexe 4 §2.2.2, §2.2.8)
 */
export const SIAE_KINDS = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'] as const;
export type SiaeKind = (typeof SIAE_KINDS)[number];

export const SIAE_KIND_LABELS: Readonly<Record<SiaeKind, string>> = {
  ACI: "Atelier et chantier d'insertion",
  AI: 'Association intermédiaire',
  EI: "Entreprise d'insertion",
  ETTI: "Entreprise de travail temporaire d'insertion",
  EITI: "Entreprise d'insertion par le travail indépendant",
};

export function isSiaeKind(value: unknown): value is SiaeKind {
  return typeof value === 'string' && (SIAE_KINDS as readonly string[]).includes(value);
}

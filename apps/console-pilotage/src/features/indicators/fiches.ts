// The indicators grouped as the accord presents them: by fiche action (1 to 8), then those of an article (article 2:
// the conventions locales), each group in the API's order (that of annexe 1).

export interface FicheGroup<T> {
  /** null: named by an article of the accord, not by a fiche. */
  fiche: number | null;
  indicators: T[];
}

export function groupByFiche<T extends { fiche?: number | null }>(indicators: readonly T[]): FicheGroup<T>[] {
  const groups = new Map<number | null, T[]>();
  for (const indicator of indicators) {
    const fiche = indicator.fiche ?? null;
    groups.set(fiche, [...(groups.get(fiche) ?? []), indicator]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER))
    .map(([fiche, list]) => ({ fiche, indicators: list }));
}

/** The id of a fiche's section, for the summary's links: "fiche-4", "articles". */
export const ficheAnchor = (fiche: number | null) => (fiche === null ? 'articles' : `fiche-${fiche}`);

/** The id of an indicator's heading (the API's ids are upper-case words and underscores). */
export const indicatorAnchor = (id: string) => `indicateur-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

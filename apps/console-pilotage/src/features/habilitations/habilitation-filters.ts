// The habilitations screen's filters in the URL (issue 14 §5): the département (`?departement=25`) and a search
// (`?recherche=…`), with the page (`useListParams`). The départements offered are the server's
// (`Viewer.habilitationDepartements`): one outside them is never asked for.
import { departementFromSearchParams, searchCodec, type ListParamsCodec } from '@navette/ui';

export interface HabilitationFilters {
  /** As read from the URL (checked as a code only); null when none. */
  departement: string | null;
  search: string;
}

const search = searchCodec();

export const habilitationFiltersCodec: ListParamsCodec<HabilitationFilters> = {
  keys: ['departement', ...search.keys],
  read: (params) => ({ departement: departementFromSearchParams(params), search: search.read(params) }),
  write: (filters) => {
    const params = new URLSearchParams();
    if (filters.departement) params.set('departement', filters.departement);
    for (const [key, value] of search.write(filters.search)) params.set(key, value);
    return params;
  },
};

/** The département shown: the one asked for when the user decides for it, else the first of theirs. */
export function shownDepartement<D extends { code: string }>(asked: string | null, departements: readonly D[]): D {
  return departements.find((d) => d.code === asked) ?? departements[0]!;
}

// The name searched in "Mes personnes" lives in the URL (`?recherche=`): shareable, kept by the back button.

export const SEARCH_PARAM = 'recherche';

/** The search from the URL, spaces tidied; '' for none. */
export function searchFromParams(params: URLSearchParams): string {
  return normaliseSearch(params.get(SEARCH_PARAM) ?? '');
}

export function searchToParams(search: string): URLSearchParams {
  const params = new URLSearchParams();
  const value = normaliseSearch(search);
  if (value) params.set(SEARCH_PARAM, value);
  return params;
}

export function normaliseSearch(search: string): string {
  return search.trim().replace(/\s+/g, ' ');
}

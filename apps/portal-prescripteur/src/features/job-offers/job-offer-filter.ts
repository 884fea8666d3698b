// The offers screen keeps the directory's filters in the URL (département, kind, text: `?departement=&type=&recherche=`)
// and sends them as a JobOfferFilter; the text is searched in the offer's title by the API.
import type { SiaeDirectoryFilters } from '@navette/ui';
import type { JobOfferFilter } from '../../generated/graphql.ts';

/** Only the filters the user set: an empty field means "all", never an empty-string match. */
export function toJobOfferFilter(filters: SiaeDirectoryFilters): JobOfferFilter | null {
  const filter: JobOfferFilter = {};
  if (filters.departement) filter.departement = filters.departement;
  if (filters.kind) filter.siaeKind = filters.kind;
  const search = filters.search.trim().replace(/\s+/g, ' ');
  if (search) filter.search = search;
  return Object.keys(filter).length > 0 ? filter : null;
}

// The directory's filters live in the URL (shareable, back button friendly); these pure functions
// translate between the URL, the form and the GraphQL variables.
import { departementFromSearchParams } from '../../forms/departement-param.ts';
import { isSiaeKind, type SiaeKindCode } from '../../labels/labels.ts';

export interface SiaeDirectoryFilters {
  departement: string;
  kind: SiaeKindCode | '';
  search: string;
}

export const emptyFilters: SiaeDirectoryFilters = { departement: '', kind: '', search: '' };

/** French URL parameter names, as the user sees them. */
export const filterParams = { departement: 'departement', kind: 'type', search: 'recherche' } as const;

export function filtersFromSearchParams(params: URLSearchParams): SiaeDirectoryFilters {
  const kind = (params.get(filterParams.kind) ?? '').trim().toUpperCase();
  return {
    departement: departementFromSearchParams(params) ?? '',
    kind: isSiaeKind(kind) ? kind : '',
    search: (params.get(filterParams.search) ?? '').trim(),
  };
}

export function filtersToSearchParams(filters: SiaeDirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.departement) params.set(filterParams.departement, filters.departement);
  if (filters.kind) params.set(filterParams.kind, filters.kind);
  const search = filters.search.trim();
  if (search) params.set(filterParams.search, search);
  return params;
}

export interface SiaeFilterInput {
  departement?: string;
  kind?: SiaeKindCode;
  search?: string;
  agencyId?: string;
}

/** Only the filters the user set: an empty field means "all", never an empty-string match. */
export function toSiaeFilter(filters: SiaeDirectoryFilters, fixed: { agencyId?: string } = {}): SiaeFilterInput | null {
  const filter: SiaeFilterInput = {};
  if (filters.departement) filter.departement = filters.departement;
  if (filters.kind) filter.kind = filters.kind;
  const search = filters.search.trim().replace(/\s+/g, ' ');
  if (search) filter.search = search;
  if (fixed.agencyId) filter.agencyId = fixed.agencyId;
  return Object.keys(filter).length > 0 ? filter : null;
}

export function hasActiveFilters(filters: SiaeDirectoryFilters): boolean {
  return Boolean(filters.departement || filters.kind || filters.search.trim());
}

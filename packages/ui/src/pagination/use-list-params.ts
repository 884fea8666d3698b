import { useSearchParams } from 'react-router';
import { pageParamNames } from './cursor-pages.ts';
import { useCursorPages, type CursorPagesOptions } from './use-cursor-pages.ts';

/**
 * How one list's filters travel in the URL: the parameters it owns, read (validated: a forged or unknown value gives the
 * default, never an error) and written (only what differs from the default, so that an address stays short).
 */
export interface ListParamsCodec<F> {
  readonly keys: readonly string[];
  read(params: URLSearchParams): F;
  write(filters: F): URLSearchParams;
}

/**
 * A list screen's filters and page, both in the URL (issue 14 §5): Back returns to the same page with the same filters.
 * Applying filters starts again from page 1 and keeps the address's other parameters (another list's, a choice made
 * before). One hook for every list of the portals, over `useCursorPages`.
 */
export function useListParams<F>(codec: ListParamsCodec<F>, options: CursorPagesOptions & { resetKey?: string } = {}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = codec.read(searchParams);
  const filterKey = codec.write(filters).toString();
  const pager = useCursorPages(
    options.resetKey === undefined ? filterKey : `${options.resetKey}|${filterKey}`,
    options,
  );

  const setFilters = (next: F) => {
    const params = new URLSearchParams(searchParams);
    const names = pageParamNames(options.prefix);
    for (const key of [...codec.keys, names.page, names.after]) params.delete(key);
    for (const [key, value] of codec.write(next)) params.append(key, value);
    setSearchParams(params);
  };

  return { filters, filterKey, setFilters, pager };
}

/** A free-text search kept as `?<name>=…` (trimmed, at most 200 characters). */
export function searchCodec(name = 'recherche'): ListParamsCodec<string> {
  return {
    keys: [name],
    read: (params) => (params.get(name) ?? '').trim().replace(/\s+/g, ' ').slice(0, 200),
    write: (search) => {
      const params = new URLSearchParams();
      const value = search.trim();
      if (value) params.set(name, value);
      return params;
    },
  };
}

/** A yes/no filter kept as `?<name>=1` when it differs from `fallback`, `?<name>=0` otherwise; anything else is `fallback`. */
export function flagCodec(name: string, fallback: boolean): ListParamsCodec<boolean> {
  return {
    keys: [name],
    read: (params) => {
      const value = params.get(name);
      return value === '1' ? true : value === '0' ? false : fallback;
    },
    write: (flag) => {
      const params = new URLSearchParams();
      if (flag !== fallback) params.set(name, flag ? '1' : '0');
      return params;
    },
  };
}

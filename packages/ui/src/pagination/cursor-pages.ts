// Forward cursor pagination (first/after) shown as numbered pages: the API only goes forward, so
// the client keeps the `after` cursor that opened each page it has seen to be able to go back.

export interface CursorPages {
  /** `after` cursors of the pages seen so far; page 1 has none. */
  readonly afters: readonly (string | null)[];
  /** 0-based index of the current page in `afters`. */
  readonly index: number;
}

export const firstPage: CursorPages = { afters: [null], index: 0 };

export function currentAfter(pages: CursorPages): string | null {
  return pages.afters[pages.index] ?? null;
}

export function pageNumber(pages: CursorPages): number {
  return pages.index + 1;
}

/** Goes to the next page, opened by the current page's `endCursor`. Forgets pages after it. */
export function nextPage(pages: CursorPages, endCursor: string | null | undefined): CursorPages {
  if (!endCursor) return pages;
  return { afters: [...pages.afters.slice(0, pages.index + 1), endCursor], index: pages.index + 1 };
}

export function previousPage(pages: CursorPages): CursorPages {
  return pages.index === 0 ? pages : { afters: pages.afters, index: pages.index - 1 };
}

export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}

/** "Résultats 21 à 40 sur 42" bounds for the current page. */
export function pageRange(pages: CursorPages, pageSize: number, itemsOnPage: number): { from: number; to: number } {
  const from = itemsOnPage === 0 ? 0 : pages.index * pageSize + 1;
  return { from, to: from === 0 ? 0 : from + itemsOnPage - 1 };
}

// ---------------------------------------------------------------------------------------------------------------------
// In the URL (issue 14 §5: Back returns to the same page): the current page's number and the cursor that opened it,
// `?page=3&apres=<cursor>`; the cursors of the pages before it travel in the history entry's state, so that "Page
// précédente" works after Back, Forward and a reload, and a shared link opens the same page. A cursor stays opaque:
// only its alphabet and length are checked here (what the API accepts, connections.ts), the API judges the rest.

/** The URL parameters of one list; a screen with two lists gives the second a prefix. */
export interface PageParamNames {
  readonly page: string;
  readonly after: string;
}

export function pageParamNames(prefix?: string): PageParamNames {
  return prefix ? { page: `${prefix}-page`, after: `${prefix}-apres` } : { page: 'page', after: 'apres' };
}

/** The longest cursor the API accepts (MAX_CURSOR_LENGTH in @navette/subgraph-server). */
const MAX_CURSOR_LENGTH = 2_000;
const MAX_PAGE = 100_000;

export function isCursor(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(value);
}

/** What the history entry keeps for one list: the filters the pages belong to and the cursor of every page so far. */
export interface PagesState {
  readonly key: string;
  readonly afters: readonly (string | null)[];
}

function isPagesState(value: unknown): value is PagesState {
  if (typeof value !== 'object' || value === null) return false;
  const { key, afters } = value as { key?: unknown; afters?: unknown };
  return (
    typeof key === 'string' &&
    Array.isArray(afters) &&
    afters.length > 0 &&
    afters.length <= MAX_PAGE &&
    afters[0] === null &&
    afters.slice(1).every(isCursor)
  );
}

/**
 * The pages shown for `key` given the URL and the history entry's state. Anything forged or stale falls back on page 1:
 * a page number that is not a whole number ≥ 2, a cursor the API could not have written, pages kept for other filters.
 * Without the earlier cursors (a link opened in a new tab), the page is shown and "Page précédente" leads to page 1.
 */
export function pagesFromUrl(
  params: URLSearchParams,
  names: PageParamNames,
  state: unknown,
  key: string,
): { pages: CursorPages; complete: boolean } {
  const rawPage = params.get(names.page) ?? '';
  const after = params.get(names.after);
  const page = /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : NaN;
  if (!(page >= 2 && page <= MAX_PAGE) || !isCursor(after)) return { pages: firstPage, complete: true };
  const kept = isPagesState(state) ? state : null;
  if (kept && kept.key !== key) return { pages: firstPage, complete: true };
  if (kept && kept.afters.length === page && kept.afters[page - 1] === after) {
    return { pages: { afters: kept.afters, index: page - 1 }, complete: true };
  }
  // Only page 1 and this one are known: the pages in between are empty slots ("Page précédente" goes to page 1).
  const afters: (string | null)[] = Array.from({ length: page }, () => null);
  afters[page - 1] = after;
  return { pages: { afters, index: page - 1 }, complete: false };
}

/** `params` showing `pages` (a copy; other parameters kept). */
export function pagesToUrl(params: URLSearchParams, names: PageParamNames, pages: CursorPages): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(names.page);
  next.delete(names.after);
  const after = currentAfter(pages);
  if (pages.index > 0 && after) {
    next.set(names.page, String(pages.index + 1));
    next.set(names.after, after);
  }
  return next;
}

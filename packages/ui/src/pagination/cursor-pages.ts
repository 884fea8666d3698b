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

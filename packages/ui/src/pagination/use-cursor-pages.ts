import { useState } from 'react';
import { currentAfter, firstPage, nextPage, pageNumber, previousPage, type CursorPages } from './cursor-pages.ts';

/**
 * Numbered cursor pages that start again from page 1 whenever `resetKey` changes (new filters,
 * another agence…), without an effect: the pages are stored with the key they belong to.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; pages: CursorPages }>({ key: resetKey, pages: firstPage });
  const pages = state.key === resetKey ? state.pages : firstPage;
  return {
    pages,
    after: currentAfter(pages),
    page: pageNumber(pages),
    hasPrevious: pages.index > 0,
    next: (endCursor: string | null | undefined) => setState({ key: resetKey, pages: nextPage(pages, endCursor) }),
    previous: () => setState({ key: resetKey, pages: previousPage(pages) }),
  };
}

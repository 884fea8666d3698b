import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { graphQLErrorsOf } from '../session/auth-errors.ts';
import {
  currentAfter,
  firstPage,
  nextPage,
  pageNumber,
  pageParamNames,
  pagesFromUrl,
  pagesToUrl,
  previousPage,
  type CursorPages,
  type PagesState,
} from './cursor-pages.ts';

/** Where the history entry's state keeps each list's cursors (next to what other screens keep there). */
const STATE_FIELD = 'navettePages';

function pagesStateOf(state: unknown, param: string): unknown {
  if (typeof state !== 'object' || state === null) return undefined;
  const lists = (state as Record<string, unknown>)[STATE_FIELD];
  return typeof lists === 'object' && lists !== null ? (lists as Record<string, unknown>)[param] : undefined;
}

export interface CursorPagesOptions {
  /** Prefix of the URL parameters (`<prefix>-page`, `<prefix>-apres`) when a screen shows two lists. */
  prefix?: string;
}

/**
 * Numbered cursor pages kept in the URL (`?page=2&apres=…`, issue 14 §5): Back, Forward, a reload or a shared link show
 * the same page. They start again from page 1 whenever `resetKey` changes (new filters, another agence…): the history
 * entry remembers which filters its pages belong to. Each page is its own history entry.
 */
export function useCursorPages(resetKey: string, options: CursorPagesOptions = {}) {
  const location = useLocation();
  const navigate = useNavigate();
  const names = pageParamNames(options.prefix);
  const params = new URLSearchParams(location.search);
  const { pages, complete } = pagesFromUrl(params, names, pagesStateOf(location.state, names.page), resetKey);

  const go = (target: CursorPages, replace = false) => {
    const search = pagesToUrl(params, names, target).toString();
    const previousState = (
      typeof location.state === 'object' && location.state !== null ? location.state : {}
    ) as Record<string, unknown>;
    const kept = previousState[STATE_FIELD];
    const listsState: Record<string, unknown> = {
      ...(typeof kept === 'object' && kept !== null ? (kept as Record<string, unknown>) : {}),
      [names.page]: { key: resetKey, afters: target.afters.slice(0, target.index + 1) } satisfies PagesState,
    };
    void navigate(
      { pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash },
      { replace, state: { ...previousState, [STATE_FIELD]: listsState }, preventScrollReset: true },
    );
  };

  return {
    pages,
    after: currentAfter(pages),
    page: pageNumber(pages),
    hasPrevious: pages.index > 0,
    next: (endCursor: string | null | undefined) => {
      const target = nextPage(pages, endCursor);
      if (target !== pages) go(target);
    },
    previous: () => go(complete ? previousPage(pages) : firstPage),
    /** Back to page 1 in place of this history entry (a cursor the API refused). */
    reset: () => go(firstPage, true),
  };
}

export type CursorPagesControl = ReturnType<typeof useCursorPages>;

/** Whether the API refused the page's cursor (forged, or written by another version: `INVALID_CURSOR`). */
export function isInvalidCursorError(error: unknown): boolean {
  return graphQLErrorsOf(error).some((e) => e.extensions?.['reason'] === 'INVALID_CURSOR');
}

/**
 * The list's error, unless the API refused the cursor read from the URL: then the list goes back to page 1 (replacing
 * the forged address) and no error is shown. Call it with the query's error, after the query.
 */
export function useCursorFallback(pager: CursorPagesControl, error: unknown): unknown {
  const refused = pager.after !== null && isInvalidCursorError(error);
  const { reset } = pager;
  useEffect(() => {
    // Replaces the address: running twice before it changes leads to the same page 1.
    if (refused) reset();
  }, [refused, reset]);
  return refused ? undefined : error;
}

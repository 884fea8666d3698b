import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/** How long a screen may take to show its h1 (its chunk and first data) before the announcement falls back on the title. */
const WAIT_FOR_HEADING_MS = 10_000;

/**
 * On every client-side navigation (not on the first load, where the browser reads the page itself): moves the focus to
 * the new page's `h1` and announces the page in a polite live region, as a full page load would (RGAA 7.1, 12.6).
 * Pagination and filters changed on the same page (search only) do not move the focus: the screens put it on their
 * results. Returns the live region to render once in the layout.
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const [message, setMessage] = useState('');
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('contenu');
    let done = false;
    const settle = (heading: HTMLElement | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      const active = document.activeElement;
      // A screen that put the focus somewhere itself (an error summary, a result) keeps it, and so does the user.
      const focusTaken =
        active instanceof HTMLElement && active !== main && active !== document.body && !!main?.contains(active);
      if (!focusTaken && heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      } else if (!focusTaken) {
        main?.focus();
      }
      // The title is set by the screen (useDocumentTitle) by now; the h1 otherwise.
      setMessage(document.title || heading?.textContent?.trim() || '');
    };
    const find = () => main?.querySelector<HTMLElement>('h1') ?? null;
    const observer = new MutationObserver(() => {
      const heading = find();
      if (heading) settle(heading);
    });
    const timer = setTimeout(() => settle(find()), WAIT_FOR_HEADING_MS);
    const now = find();
    if (now) {
      // Wait for this commit's effects (the screen's document title).
      queueMicrotask(() => settle(find()));
    } else if (main) {
      observer.observe(main, { childList: true, subtree: true });
    }
    return () => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);

  return (
    <p className="fr-sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
      {message}
    </p>
  );
}

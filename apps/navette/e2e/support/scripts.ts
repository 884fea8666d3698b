// Which JavaScript a page loaded (issue 14 §5: the sign-in page loads no Apollo Client, the signed-in screens do).
import type { Page } from 'playwright-core';

/** A string Apollo Client's code carries once built (its devtools hook), whatever the minifier renames. */
const APOLLO_CLIENT_MARK = '__APOLLO_CLIENT__';

type Script = { path: string; text: string } | { path: string; unreadable: string };

/**
 * Records the scripts `page` receives from now on; `withApolloClient()` names those that hold Apollo Client (the
 * paths of the ones received so far).
 *
 * A body is read as soon as its response arrives, and a failed read is kept, never left as an unhandled rejection:
 * the browser drops the bodies of a document it navigates away from, which happens to every script received after the
 * last call when the test goes on to other pages.
 */
export function recordScripts(page: Page): { withApolloClient(): Promise<string[]> } {
  const scripts: Promise<Script>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js')) return;
    scripts.push(
      response.text().then(
        (text) => ({ path: url.pathname, text }),
        (error: unknown) => ({ path: url.pathname, unreadable: String(error) }),
      ),
    );
  });
  return {
    /** Throws when a script received so far could not be read: a check on unread code would pass for nothing. */
    async withApolloClient() {
      const received = await Promise.all(scripts);
      const unreadable = received.flatMap((s) => ('unreadable' in s ? [`${s.path}: ${s.unreadable}`] : []));
      if (unreadable.length > 0) throw new Error(`scripts whose body could not be read:\n${unreadable.join('\n')}`);
      return received.flatMap((s) => ('text' in s && s.text.includes(APOLLO_CLIENT_MARK) ? [s.path] : []));
    },
  };
}

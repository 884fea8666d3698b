// Which JavaScript a page loaded (issue 14 §5: the sign-in page loads no Apollo Client, the signed-in screens do).
import type { Page } from 'playwright-core';

/** A string Apollo Client's code carries once built (its devtools hook), whatever the minifier renames. */
const APOLLO_CLIENT_MARK = '__APOLLO_CLIENT__';

/**
 * Records the scripts `page` receives from now on; `withApolloClient()` names those that hold Apollo Client (the
 * paths of the ones received so far).
 */
export function recordScripts(page: Page): { withApolloClient(): Promise<string[]> } {
  const scripts: Promise<{ path: string; text: string }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js')) return;
    scripts.push(response.text().then((text) => ({ path: url.pathname, text })));
  });
  return {
    async withApolloClient() {
      return (await Promise.all(scripts)).filter((s) => s.text.includes(APOLLO_CLIENT_MARK)).map((s) => s.path);
    },
  };
}

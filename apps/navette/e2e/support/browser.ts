// Debian's Chromium driven by playwright-core (`playwright install` cannot download browsers here).
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { auditEveryVisit } from './axe.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A French-locale page that records uncaught page errors, so a test can assert the portal ran
 * without crashing (console errors are allowed: the portals log technical errors there on purpose).
 */
export async function openPage(
  browser: Browser,
): Promise<{ page: Page; pageErrors: Error[]; consoleErrors: string[] }> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 },
  });
  // Every locator wait and action waits on its condition up to this limit (Playwright's default, 30 s, is a quiet
  // machine's: under load the journey still showed "Chargement en cours…" at it). The suite's limits:
  // vitest.timeouts.ts at the repository root (playwrightActionTimeoutMs).
  context.setDefaultTimeout(300_000);
  context.setDefaultNavigationTimeout(300_000);
  const page = await context.newPage();
  // axe-core on every page visited (support/axe.ts): 0 violations.
  auditEveryVisit(page);
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  return { page, pageErrors, consoleErrors };
}

/** Saves a screenshot under apps/navette/test-results/ when E2E_SCREENSHOTS=1, to look at a page. */
export async function maybeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: new URL(`../../test-results/${name}.png`, import.meta.url).pathname, fullPage: true });
}

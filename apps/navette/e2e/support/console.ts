// The console de pilotage in a browser test file: the product started with the console, Chromium and a first page
// before the file's tests, all stopped after them; a sign-in to one of its screens, and another account's page opened
// beside the first (its own cookies) for another role's view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { startProduct, type Product } from './product.ts';
import { signInThrough } from './session.ts';

export interface ConsoleSuite {
  /** The running product (set once the file's first hook ran). */
  readonly product: Product;
  readonly browser: Browser;
  /** The file's first page. */
  readonly page: Page;
  /** The uncaught errors of the first page. */
  readonly pageErrors: Error[];
  /** Signs `account` in on `page` (the first one by default) through `/pilotage<path>`, and waits to be there. */
  signIn(path: string, account: string, page?: Page): Promise<void>;
  /** A new page of its own, signed in as `account` on `/pilotage<path>`; close it with `close()`. */
  openAs(path: string, account: string): Promise<{ page: Page; pageErrors: Error[]; close: () => Promise<void> }>;
}

/** Registers the file's `beforeAll`/`afterAll` (in the order they are written: later hooks see a started product). */
export function useConsole(): ConsoleSuite {
  const started = {} as { product: Product; browser: Browser; page: Page; pageErrors: Error[] };
  beforeAll(async () => {
    started.product = await startProduct('pilotage');
    started.browser = await launchBrowser();
    const { page, pageErrors } = await openPage(started.browser);
    Object.assign(started, { page, pageErrors });
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.product?.stop();
  });
  const suite: ConsoleSuite = {
    get product() {
      return started.product;
    },
    get browser() {
      return started.browser;
    },
    get page() {
      return started.page;
    },
    get pageErrors() {
      return started.pageErrors;
    },
    signIn: (path, account, page = started.page) =>
      signInThrough(page, `${started.product.url}/pilotage${path}`, account),
    async openAs(path, account) {
      const { page, pageErrors } = await openPage(started.browser);
      await suite.signIn(path, account, page);
      return { page, pageErrors, close: () => page.context().close() };
    },
  };
  return suite;
}

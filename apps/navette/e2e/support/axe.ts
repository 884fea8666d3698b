// axe-core on every page the browser tests visit (issue 14 §6): `openPage` (browser.ts) runs it after each `page.goto`
// once the page shows its h1 and nothing is loading; pages reached by a click are checked with `expectAccessible`.
// Rules: WCAG 2.0/2.1/2.2 A and AA and axe's best practices, plus the experimental label-content-name-mismatch
// (RGAA 6.1 / WCAG 2.5.3). Zero violations expected.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Waits for the screen to be there (its h1, no busy region, no "Chargement…"), without failing when it never is. */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document.querySelector('main h1') !== null &&
        document.querySelector('[aria-busy="true"]') === null &&
        !/Chargement/.test(document.querySelector('main')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
}

/** The axe violations of the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the portals' CSP (script-src 'self') stays on and does not apply to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** Fails with the list of violations (rule, impact, elements) when the current page has any. */
export async function expectAccessible(page: Page): Promise<void> {
  await settled(page);
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    const lines = violations.map(
      (v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`,
    );
    throw new Error(`axe: ${violations.length} violation(s) on ${page.url()}\n${lines.join('\n')}`);
  }
}

/** Makes every `page.goto` of this page check the page it lands on with axe (see browser.ts' openPage). */
export function auditEveryVisit(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await expectAccessible(page);
    return response;
  };
}

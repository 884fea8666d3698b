// Helpers for the shared SIAE directory of @navette/ui (same markup in every portal that shows it).
import type { Page } from 'playwright-core';

/** Waits until the count heading ("42 structures", "Aucune structure") is shown and not loading. */
export async function waitForResults(page: Page): Promise<void> {
  await page.locator('#siae-directory-results').waitFor();
  await page.locator('section[aria-busy="false"] #siae-directory-results').waitFor();
}

export async function resultsCount(page: Page): Promise<string> {
  return (await page.locator('#siae-directory-results').innerText()).trim();
}

/** The cells of the results table: name, kind, commune, département, agence. */
export async function directoryRows(page: Page): Promise<string[][]> {
  return page
    .locator('table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

export async function searchDirectory(
  page: Page,
  filters: { departement?: string; kind?: string; search?: string },
): Promise<void> {
  if (filters.departement !== undefined) {
    if (filters.departement)
      await page.locator(`#filtre-departement option[value="${filters.departement}"]`).waitFor({ state: 'attached' });
    await page.locator('#filtre-departement').selectOption(filters.departement);
  }
  if (filters.kind !== undefined) await page.locator('#filtre-type').selectOption(filters.kind);
  if (filters.search !== undefined) await page.locator('#filtre-recherche').fill(filters.search);
  const before = page.url();
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.waitForFunction((url) => location.href !== url, before).catch(() => undefined);
  await waitForResults(page);
}

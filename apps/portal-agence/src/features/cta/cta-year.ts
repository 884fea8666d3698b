// The year of the CTA screen, kept in the URL (`?annee=2025`) so that a past year can be bookmarked and reached again
// with the back button. Without one: the current year.

/** The accord régional was signed in 2016: no CTA meeting of the platform before. */
export const FIRST_CTA_YEAR = 2016;

/** The years offered, the current one first. */
export function ctaYears(currentYear: number): number[] {
  const years: number[] = [];
  for (let year = currentYear; year >= FIRST_CTA_YEAR; year--) years.push(year);
  return years;
}

export function yearFromSearchParams(params: URLSearchParams, currentYear: number): number {
  const value = (params.get('annee') ?? '').trim();
  if (!/^\d{4}$/.test(value)) return currentYear;
  const year = Number(value);
  return year >= FIRST_CTA_YEAR && year <= currentYear ? year : currentYear;
}

/** No parameter for the current year, so that the plain URL stays the current year. */
export function yearToSearchParams(year: number, currentYear: number): URLSearchParams {
  return year === currentYear ? new URLSearchParams() : new URLSearchParams({ annee: String(year) });
}

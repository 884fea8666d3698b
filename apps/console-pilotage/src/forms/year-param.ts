// The year a governance screen shows, kept in the URL (`?annee=2026`) so that a view can be bookmarked; the current
// year by default.

/** The years offered: from the accord's signature (2016) to next year (meetings and actions may be planned). */
export function yearRange(today: string): { min: number; max: number } {
  return { min: 2016, max: Number(today.slice(0, 4)) + 1 };
}

export function yearFromSearchParams(params: URLSearchParams, today: string): number {
  const { min, max } = yearRange(today);
  const asked = (params.get('annee') ?? '').trim();
  const year = /^\d{4}$/.test(asked) ? Number(asked) : NaN;
  return year >= min && year <= max ? year : Number(today.slice(0, 4));
}

/** The years of the select, newest first. */
export function selectableYears(today: string): number[] {
  const { min, max } = yearRange(today);
  return Array.from({ length: max - min + 1 }, (_, i) => max - i);
}

/** An INSEE département code: 2 digits, 2A/2B (Corse) or 3 digits (outre-mer). */
export function isDepartementCode(value: string): boolean {
  return /^(\d{2,3}|2[AB])$/.test(value);
}

/** The département chosen on a list, kept in the URL as `?departement=25`; null means all. */
export function departementFromSearchParams(params: URLSearchParams): string | null {
  const value = (params.get('departement') ?? '').trim().toUpperCase();
  return isDepartementCode(value) ? value : null;
}

export interface CtaRow {
  id: string;
  name: string;
  employmentArea: { name: string; departement: { code: string; name: string } };
  ledBy: { name: string };
}

/** By département code, then employment area name (French collation). */
export function sortCtas<T extends CtaRow>(ctas: readonly T[]): T[] {
  return [...ctas].sort(
    (a, b) =>
      a.employmentArea.departement.code.localeCompare(b.employmentArea.departement.code) ||
      a.employmentArea.name.localeCompare(b.employmentArea.name, 'fr'),
  );
}

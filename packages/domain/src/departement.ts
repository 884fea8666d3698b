/**
 * A département is its INSEE code as a string: "01"…"95" (no "20"), "2A", "2B" for Corsica,
 * "971"…"974" and "976" for the départements d'outre-mer.
 */
export type Departement = string;

const DEPARTEMENT_PATTERN = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-46])$/;

/** True for a code of a French département ("21", "2A", "57", "971"); "20" and "975" are not. */
export function isDepartement(value: unknown): value is Departement {
  return typeof value === 'string' && DEPARTEMENT_PATTERN.test(value);
}

/** The three départements of Alsace-Moselle (local law: Good Friday and 26 December are holidays). */
export const ALSACE_MOSELLE_DEPARTEMENTS: readonly Departement[] = ['57', '67', '68'];

/** The eight départements of Bourgogne-Franche-Comté, the region of the accord. */
export const BFC_DEPARTEMENTS: readonly Departement[] = ['21', '25', '39', '58', '70', '71', '89', '90'];

export function assertDepartement(value: unknown): asserts value is Departement {
  if (!isDepartement(value)) throw new RangeError(`Unknown département INSEE code: ${String(value)}`);
}

/**
 * Secret statistique for aggregates published outside a structure (DESIGN §4: "mask any count
 * below 5"). Primary suppression only: counts from 1 to threshold − 1 are replaced by null and
 * the row is flagged. Zero is NOT masked: an empty cell reveals no one's situation, and masking
 * it would hide that an action did not happen at all. Callers who publish totals next to masked
 * cells must take care that a single masked cell cannot be recomputed by difference.
 */
export const DEFAULT_MASKING_THRESHOLD = 5;

export type MaskedRow<T> = {
  [K in keyof T]: T[K] extends number ? number | null : T[K];
} & {
  /** True when at least one cell of the row was masked. */
  readonly masked: boolean;
  /** Names of the masked cells. */
  readonly maskedFields: readonly string[];
};

export interface MaskingOptions<T> {
  /**
   * The count fields to check. Default: every field holding a number. Pass the list when rows
   * also hold non-count numbers (rates, years) that must not be masked.
   */
  readonly fields?: readonly (keyof T & string)[];
}

/**
 * Masks small counts (1 … threshold − 1) in each row, keeping the row's shape:
 *   maskSmallCounts([{ dep: '21', n: 3 }, { dep: '25', n: 12 }])
 *   → [{ dep: '21', n: null, masked: true, maskedFields: ['n'] },
 *      { dep: '25', n: 12, masked: false, maskedFields: [] }]
 */
export function maskSmallCounts<T extends Record<string, unknown>>(
  rows: readonly T[],
  threshold: number = DEFAULT_MASKING_THRESHOLD,
  options: MaskingOptions<T> = {},
): MaskedRow<T>[] {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`threshold must be a positive integer, got ${threshold}`);
  }
  return rows.map((row) => {
    const fields = options.fields ?? Object.keys(row).filter((key) => typeof row[key] === 'number');
    const copy: Record<string, unknown> = { ...row };
    const maskedFields: string[] = [];
    for (const field of fields) {
      const value = row[field];
      if (typeof value === 'number' && value > 0 && value < threshold) {
        copy[field] = null;
        maskedFields.push(field);
      }
    }
    return { ...copy, masked: maskedFields.length > 0, maskedFields } as MaskedRow<T>;
  });
}

/** Whether a recorded row holds exactly `values` (what a retried or double-submitted creation would write again). */
export function sameValues<T extends Record<string, unknown>>(row: T, values: Partial<T>): boolean {
  return Object.entries(values).every(([key, value]) => (row[key] ?? null) === (value ?? null));
}

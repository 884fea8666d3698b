// A reason code shown with its label from the shared lists of @navette/domain (an unknown code shows as itself).
import type { ReasonRow } from '../rows.js';

export function reasonOf(list: readonly ReasonRow[], code: string | null): ReasonRow | null {
  return code == null ? null : (list.find((r) => r.code === code) ?? { code, label: code });
}

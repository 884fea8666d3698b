// Client-side checks of a form, before it is sent: one French message per field in error. The API checks again and
// holds the rules of the accord; these only spare a round trip for what is obviously missing or malformed.
import { isIsoDate } from '../format/dates.ts';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function hasErrors<K extends string>(errors: FieldErrors<K>): boolean {
  return Object.values(errors).some(Boolean);
}

/**
 * After a failed submit, the errors to keep showing while the user corrects: only the fields already reported that
 * still fail (a field is not flagged before the user has tried to send the form).
 */
export function keepReportedErrors<K extends string>(
  reported: FieldErrors<K>,
  current: FieldErrors<K>,
): FieldErrors<K> {
  const kept: FieldErrors<K> = {};
  for (const key of Object.keys(reported) as K[]) {
    if (reported[key] && current[key]) kept[key] = current[key];
  }
  return kept;
}

/** The message for a date field: missing (when required), unreadable, or none. */
export function dateFieldError(
  value: string,
  { label, required, badInput = false }: { label: string; required: boolean; badInput?: boolean },
): string | undefined {
  const text = value.trim();
  if (badInput || (text && !isIsoDate(text)))
    return `${label} n’est pas une date valide : saisissez-la au format JJ/MM/AAAA.`;
  if (!text && required) return `Saisissez ${label.charAt(0).toLowerCase()}${label.slice(1)}.`;
  return undefined;
}

/** The summary's links, in the order of the form's fields. */
export function errorSummaryItems<K extends string>(
  errors: FieldErrors<K>,
  fieldIds: Readonly<Record<K, string>>,
): { id: string; message: string }[] {
  return (Object.keys(fieldIds) as K[])
    .filter((key) => errors[key])
    .map((key) => ({ id: fieldIds[key], message: errors[key]! }));
}

/** "Le formulaire contient 1 erreur" / "… 3 erreurs". */
export function errorSummaryTitle(count: number): string {
  return count <= 1 ? 'Le formulaire contient 1 erreur' : `Le formulaire contient ${count} erreurs`;
}

// How the home page words the time left on an item (issue 14 §1), from the API's daysLeft.

/** "Aujourd’hui", "Demain", "Dans 3 jours (ouvrés)", "En retard de 2 jours". */
export function daysLeftText(daysLeft: number, workingDays: boolean): string {
  const unit = (n: number) => `${n} jour${n > 1 ? 's' : ''}${workingDays ? (n > 1 ? ' ouvrés' : ' ouvré') : ''}`;
  if (daysLeft === 0) return 'Aujourd’hui';
  if (daysLeft < 0) return `En retard de ${unit(-daysLeft)}`;
  if (daysLeft === 1 && !workingDays) return 'Demain';
  return `Dans ${unit(daysLeft)}`;
}

/** The DSFR badge severity of an item: late or due today is an error, within 3 days a warning. */
export function urgencyOf(daysLeft: number): 'error' | 'warning' | 'info' {
  return daysLeft <= 0 ? 'error' : daysLeft <= 3 ? 'warning' : 'info';
}

/** Sum of the counts of the given kinds (the navigation's counts); all kinds when `kinds` is omitted. */
export function countOf(
  counts: readonly { readonly kind: string; readonly count: number }[] | undefined,
  kinds?: readonly string[],
): number {
  return (counts ?? []).filter((c) => !kinds || kinds.includes(c.kind)).reduce((n, c) => n + c.count, 0);
}

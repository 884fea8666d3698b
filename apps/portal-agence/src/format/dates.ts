// Short French dates for tables and timelines (the API sends `YYYY-MM-DD` dates and ISO instants;
// @navette/ui's formatLongDate gives the long form "lundi 30 novembre 2026").

const shortDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "05/03/2026" for "2026-03-05"; the value itself when it is not a date. */
export function formatShortDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  return shortDate.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
}

/** "05/03/2026 14:30" (time in France) for an ISO instant; the value itself when it is not one. */
export function formatDateTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? isoInstant : dateTime.format(date).replace(',', '');
}

/** The calendar day of an ISO instant in France, `YYYY-MM-DD`, to sort it among plain dates. */
export function dayInFrance(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant.slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

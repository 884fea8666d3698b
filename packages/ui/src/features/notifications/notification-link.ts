// A notification's link is a path of the recipient's portal (`/siae/prescriptions/…`, @navette/domain
// notificationLink). Inside the portal the router takes it without its base (`/prescriptions/…`); a link to another
// portal (a user of several organisations) stays a full path.

/** The route of `link` inside the portal served under `basename` (e.g. '/siae'), or null when it is not there. */
export function routeInPortal(link: string, basename: string): string | null {
  const base = basename.replace(/\/+$/, '');
  if (base === '') return link.startsWith('/') ? link : null;
  if (link === base) return '/';
  return link.startsWith(`${base}/`) ? link.slice(base.length) : null;
}

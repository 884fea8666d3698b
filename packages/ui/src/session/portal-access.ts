// Which roles may use which portal. The UI only hides: every subgraph refuses what a role may not read
// (DESIGN §4), this mapping only spares a user screens that would answer FORBIDDEN everywhere.
import { copy } from '../copy.tsx';

/** The portals, by app name: also the value of the `x-navette-client` header they send. */
export const PORTAL_APPS = ['portal-prescripteur', 'portal-siae', 'portal-agence', 'console-pilotage'] as const;
export type PortalApp = (typeof PORTAL_APPS)[number];

export type Role = 'PRESCRIBER' | 'SIAE' | 'AGENCY' | 'STEERING' | 'STATE' | 'CDIAE' | 'ADMIN';

export const PORTAL_ROLES: Readonly<Record<PortalApp, readonly Role[]>> = {
  'portal-prescripteur': ['PRESCRIBER'],
  'portal-siae': ['SIAE'],
  'portal-agence': ['AGENCY'],
  // The platform's administrators use the console for the API clients and the audit log (issue 15 §1): their
  // navigation shows only those (router.tsx), and the subgraphs refuse them the rest.
  // The CDIAE of a département (issue 18 §5) too: its inbox, its avis on habilitations, its presentations of the accord.
  'console-pilotage': ['STEERING', 'STATE', 'CDIAE', 'ADMIN'],
};

export function canUsePortal(app: PortalApp, role: string): boolean {
  return (PORTAL_ROLES[app] as readonly string[]).includes(role);
}

/** What a user of another role reads after signing in to this portal (then signed out). */
export function accessRefusedMessage(app: PortalApp): string {
  return copy.session.accessRefused[app];
}

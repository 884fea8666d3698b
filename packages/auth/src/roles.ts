/**
 * Roles, organisation kinds, scopes and the authenticated principal.
 *
 * Scopes say *what kind* of data a principal may touch; *which rows* (own organisation, its
 * territory, its département) are decided by each subgraph from `organisationId`,
 * `organisationKind` and `departement` of the principal. Both checks are enforced
 * server-side in every subgraph (DESIGN §4: "Who sees what (enforced server-side)").
 */
import { ok, refuse, type Result } from './result.js';

/** Every role a user account can hold (one organisation, one role). */
export const ROLES = ['PRESCRIBER', 'SIAE', 'AGENCY', 'STEERING', 'STATE', 'CDIAE', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** French labels for the roles, as shown in the portals. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  PRESCRIBER: 'Prescripteur',
  SIAE: 'Structure d’insertion par l’activité économique (SIAE)',
  AGENCY: 'Agence Pôle emploi',
  STEERING: 'Comité de pilotage',
  STATE: 'Service de l’État',
  CDIAE: 'Conseil départemental de l’insertion par l’activité économique (CDIAE)',
  ADMIN: 'Administrateur de la plateforme',
};

/** Every kind of organisation a user belongs to. */
export const ORGANISATION_KINDS = [
  'SIAE',
  'AGENCY',
  'PRESCRIBER_ORGANISATION',
  'STATE_SERVICE',
  'STEERING_COMMITTEE',
  'CDIAE',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** French labels for the organisation kinds. */
export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
  SIAE: 'SIAE',
  AGENCY: 'Agence Pôle emploi',
  PRESCRIBER_ORGANISATION: 'Prescripteur (de droit ou habilité)',
  STATE_SERVICE: 'Service de l’État',
  STEERING_COMMITTEE: 'Comité de pilotage',
  CDIAE: 'CDIAE',
};

/**
 * The role a member of each kind of organisation holds.
 * `ADMIN` is not the default of any kind: platform administrators are members of a
 * `STATE_SERVICE` (the platform is operated for the services of the État), see
 * {@link ORGANISATION_KINDS_FOR_ROLE}.
 */
export const ROLE_FOR_ORGANISATION_KIND: Readonly<Record<OrganisationKind, Role>> = {
  SIAE: 'SIAE',
  AGENCY: 'AGENCY',
  PRESCRIBER_ORGANISATION: 'PRESCRIBER',
  STATE_SERVICE: 'STATE',
  STEERING_COMMITTEE: 'STEERING',
  CDIAE: 'CDIAE',
};

/** The organisation kinds a member holding each role may belong to. */
export const ORGANISATION_KINDS_FOR_ROLE: Readonly<Record<Role, readonly OrganisationKind[]>> = {
  PRESCRIBER: ['PRESCRIBER_ORGANISATION'],
  SIAE: ['SIAE'],
  AGENCY: ['AGENCY'],
  STEERING: ['STEERING_COMMITTEE'],
  STATE: ['STATE_SERVICE'],
  CDIAE: ['CDIAE'],
  ADMIN: ['STATE_SERVICE'],
};

/** Whether a membership (role within an organisation of that kind) is consistent. */
export function isRoleAllowedForOrganisationKind(role: Role, kind: OrganisationKind): boolean {
  return ORGANISATION_KINDS_FOR_ROLE[role].includes(kind);
}

/**
 * Every scope, with the DESIGN §4 row it gates. Rows are narrowed further by the subgraph
 * (own organisation / territory / what it prescribed), scopes only open the door.
 */
export const SCOPES = [
  // One marker per role, so that a resolver can ask "is this an SIAE user" with `hasScope`.
  'role:prescriber',
  'role:siae',
  'role:agency',
  'role:steering',
  'role:state',
  // The CDIAE of a département (accord, article 3; fiches 3 and 8; annexe 4 §2.1): its inbox, its avis on the
  // habilitations of its département, the presentations of the accord in its sessions. Never personal data.
  'role:cdiae',
  'role:admin',
  // §4 row "conventions locales, référents, offers": organisations, habilitations, référents,
  // conventions de coopération locale (everyone but anonymous; API clients: public part only).
  'directory:read',
  // Organisations, habilitations, référents, conventions: changes (agences for their
  // territory, the platform administrator for everything).
  'directory:write',
  // §4 row "offers": public job offers (prescripteurs see public offers, API clients too).
  'offers:read',
  // Job offers deposited by an SIAE ("its own") or by the agence on its behalf.
  'offers:write',
  // §4 row "conventions locales, référents": read (SIAE: its own; agence: its territory; comité, État: all).
  'agreements:read',
  // Conventions de coopération locale and référents: drafted and signed by the SIAE and its agence (accord, article 2).
  'agreements:write',
  // §4 row "person, diagnosis, prescription": read (prescripteur: own org's; SIAE: addressed
  // to / hired by it; agence: its territory's SIAE). PERSONAL DATA.
  'persons:read',
  // Create people, eligibility diagnoses and prescriptions (fiche navette). PERSONAL DATA.
  'prescriptions:write',
  // Answer a prescription: hire or refuse with a reason (SIAE). PERSONAL DATA.
  'prescriptions:respond',
  // Orient a person towards a prescripteur (accord, annexe 4 §3: "tous les acteurs accueillant du public"). PERSONAL DATA.
  'orientations:write',
  // Accept or decline an orientation received (prescripteur). PERSONAL DATA.
  'orientations:answer',
  // §4 row "approval requests, approvals": read. PERSONAL DATA.
  'approvals:read',
  // File a demande d'agrément (any kind) or an appeal (SIAE; prescripteurs for the initial
  // request attached to a prescription). PERSONAL DATA.
  'approvals:request',
  // Decide on a demande d'agrément: only Pôle emploi (accord, annexe 4 §2.1). PERSONAL DATA.
  'approvals:decide',
  // §4 row "contracts, training, immersions, exits": read (prescripteur: status of those it
  // prescribed). PERSONAL DATA.
  'parcours:read',
  // Contracts, training hours, PMSMP, exits, tripartite interviews, prestations, POE. PERSONAL DATA.
  'parcours:write',
  // §4 rows "indicators" and "aggregates": counts masked below 5 (secret statistique).
  'aggregates:read',
  // CTA and comité de pilotage meetings, feuille de route, avenants: read.
  'governance:read',
  // CTA and comité de pilotage meetings, feuille de route, avenants: write.
  'governance:write',
  // Meetings of the CTA an agence leads (accord, fiche 8: "animé par Pôle emploi").
  'cta:write',
  // §4 "every read of personal data by someone other than its author is audit-logged": read
  // that log. PERSONAL DATA (it names who read whose file).
  'audit:read',
  // User accounts and memberships; API clients (issue, revoke).
  'accounts:manage',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Whether a string is a known scope. */
export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Scopes that give access to personal data (or to a log naming people): never for API clients. */
export const PERSONAL_DATA_SCOPES: readonly Scope[] = [
  'persons:read',
  'prescriptions:write',
  'prescriptions:respond',
  'orientations:write',
  'orientations:answer',
  'approvals:read',
  'approvals:request',
  'approvals:decide',
  'parcours:read',
  'parcours:write',
  'audit:read',
];

/**
 * Scopes granted to each role (DESIGN §4 columns).
 * - PRESCRIBER (prescripteur de droit or habilité): its organisation's people, diagnoses and
 *   prescriptions; approvals it prescribed; status of the parcours it prescribed; public
 *   offers. No indicators ("—" in §4).
 * - SIAE: what is addressed to / hired by it; its own approvals, contracts, offers and
 *   indicators.
 * - AGENCY (agence Pôle emploi): its territory's SIAE; decides on agréments; also a prescripteur de droit (seed 004):
 *   records people, diagnoses, prescribes and answers orientations, never deciding for a person it prescribed.
 * - STEERING (comité de pilotage) and STATE (service de l'État): never personal data,
 *   aggregates only; lists of conventions, référents and offers; governance.
 * - CDIAE (conseil départemental de l'IAE, one per département): least privilege, no personal data and no
 *   indicators; the directory, and through `role:cdiae` only its own département's inbox (CTA minutes, comité's
 *   reports), avis on habilitations and presentations of the accord (checked by the subgraphs).
 * - ADMIN: accounts, organisations, API clients and the audit log; no personal data of the
 *   parcours (data minimisation: administering the platform does not need it).
 */
export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  PRESCRIBER: [
    'role:prescriber',
    'directory:read',
    'offers:read',
    'persons:read',
    'prescriptions:write',
    'orientations:write',
    'orientations:answer',
    'approvals:read',
    'approvals:request',
    'parcours:read',
  ],
  SIAE: [
    'role:siae',
    'directory:read',
    'offers:read',
    'offers:write',
    'agreements:read',
    'agreements:write',
    'persons:read',
    'prescriptions:respond',
    'orientations:write',
    'approvals:read',
    'approvals:request',
    'parcours:read',
    'parcours:write',
    'aggregates:read',
    'governance:read',
  ],
  AGENCY: [
    'role:agency',
    'directory:read',
    'directory:write',
    'offers:read',
    'offers:write',
    'agreements:read',
    'agreements:write',
    'persons:read',
    // Seed 004: Pôle emploi "endosse à la fois les rôles d'orienteur, de prescripteur et d'organisme d'agrémentation":
    // its agents diagnose and prescribe like a Mission locale (issue 18 §2); the agrément of a person they prescribed
    // for is decided by another agent (@navette/domain mayDecideApproval).
    'prescriptions:write',
    'orientations:answer',
    'orientations:write',
    'approvals:read',
    'approvals:decide',
    'parcours:read',
    'parcours:write',
    'aggregates:read',
    'governance:read',
    'cta:write',
  ],
  STEERING: [
    'role:steering',
    'directory:read',
    'agreements:read',
    'offers:read',
    'aggregates:read',
    'governance:read',
    'governance:write',
  ],
  STATE: [
    'role:state',
    'directory:read',
    'agreements:read',
    'offers:read',
    'aggregates:read',
    'governance:read',
    'governance:write',
  ],
  CDIAE: ['role:cdiae', 'directory:read'],
  ADMIN: ['role:admin', 'directory:read', 'directory:write', 'offers:read', 'audit:read', 'accounts:manage'],
};

/**
 * The only scopes an API client (third party) may be given: non-personal data
 * (§4 column "API client": public offers, scoped aggregates; "never" for the rest).
 */
export const API_CLIENT_SCOPES: readonly Scope[] = ['directory:read', 'offers:read', 'aggregates:read'];

/** Whether an API client may hold this scope (a plain boolean: a scope it may not hold is still a Scope). */
export function isApiClientScope(scope: string): boolean {
  return (API_CLIENT_SCOPES as readonly string[]).includes(scope);
}

export type ApiClientScopesRefusal = 'SCOPE_UNKNOWN' | 'SCOPE_NOT_ALLOWED_FOR_API_CLIENT' | 'SCOPES_EMPTY';

/**
 * Checks the scopes requested for a new API client (administration screen): at least one,
 * all known, none giving access to personal data. Returns them deduplicated, in table order.
 */
export function validateApiClientScopes(scopes: readonly string[]): Result<Scope[], ApiClientScopesRefusal> {
  if (scopes.length === 0) return refuse('SCOPES_EMPTY', 'Choisissez au moins une autorisation pour ce client d’API.');
  for (const scope of scopes) {
    if (!isScope(scope)) return refuse('SCOPE_UNKNOWN', `Autorisation inconnue : « ${scope} ».`);
    if (!isApiClientScope(scope)) {
      return refuse(
        'SCOPE_NOT_ALLOWED_FOR_API_CLIENT',
        `L’autorisation « ${scope} » donne accès à des données personnelles et ne peut pas être accordée à un client d’API.`,
      );
    }
  }
  return ok(API_CLIENT_SCOPES.filter((s) => scopes.includes(s)));
}

/** Whether a role grants this scope. */
export function roleHasScope(role: Role, scope: string): boolean {
  return (ROLE_SCOPES[role] as readonly string[]).includes(scope);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/** Who is calling. Built from a verified access token ({@link principalFromClaims}) or anonymous. */
export type AnonymousPrincipal = { readonly kind: 'anonymous' };
export type UserPrincipal = {
  readonly kind: 'user';
  readonly userId: string;
  readonly sessionId: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationKind: OrganisationKind;
  /** Département code of the organisation ("21", "2A", "971"…), when it has one. */
  readonly departement?: string;
  readonly scopes: readonly Scope[];
};
export type ApiClientPrincipal = {
  readonly kind: 'api_client';
  readonly clientId: string;
  readonly scopes: readonly Scope[];
  /**
   * The client's own budget (issue 15 §1), enforced at the gateway in place of the defaults: the cost of one operation
   * and operations per minute. Absent: the defaults. Not sent to the subgraphs (they enforce the defaults).
   */
  readonly budget?: { readonly maxCostPerOperation?: number; readonly requestsPerMinute?: number };
};
export type Principal = AnonymousPrincipal | UserPrincipal | ApiClientPrincipal;

export const ANONYMOUS: AnonymousPrincipal = Object.freeze({ kind: 'anonymous' });

/** Whether the principal holds the scope (anonymous holds none). */
export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.kind !== 'anonymous' && principal.scopes.includes(scope);
}

/** Whether the principal is a signed-in user or an authenticated API client. */
export function isAuthenticated(principal: Principal): principal is UserPrincipal | ApiClientPrincipal {
  return principal.kind !== 'anonymous';
}

/**
 * Keeps the known scopes of a space-separated `scope` string that the grantee may hold
 * (defence in depth: a token can never widen what a role or an API client is allowed).
 */
export function parseScopes(scope: string, allowed: readonly Scope[]): Scope[] {
  const wanted = new Set(scope.split(' ').filter((s) => s.length > 0));
  return allowed.filter((s) => wanted.has(s));
}

/** Space-separated `scope` claim (RFC 8693 §4.2 style) from a list of scopes. */
export function formatScopes(scopes: readonly Scope[]): string {
  return [...new Set(scopes)].join(' ');
}

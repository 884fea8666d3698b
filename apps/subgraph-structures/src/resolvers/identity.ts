import { ROLE_LABELS, signInSource } from '@navette/auth';
import { actorOf, recordAudit } from '@navette/subgraph-server';
import { errors } from '../errors.js';
import type {
  AccountSessionResolvers,
  MutationResolvers,
  QueryResolvers,
  ViewerOrganisationResolvers,
  ViewerResolvers,
} from '../generated/resolvers-types.js';
import {
  changePassword,
  listAccountSessions,
  revokeOtherSessions,
  revokeOwnSession,
} from '../services/identity/account.js';
import { listAuditEvents } from '../services/identity/audit-events.js';
import { listUnusualReaders } from '../services/identity/unusual-reads.js';
import { closeSession, renewSession } from '../services/identity/sessions.js';
import { signIn } from '../services/identity/sign-in.js';
import { signInWithIdentity } from '../services/identity/sign-in-with-identity.js';
import { loadViewer } from '../services/identity/viewer.js';
import { setUserStatus } from '../use-cases/set-user-status.js';
import { habilitationDepartementsOf } from '../services/habilitations.js';

export const identityQuery: Pick<QueryResolvers, 'viewer' | 'auditEvents' | 'unusualReaders' | 'accountSessions'> = {
  accountSessions: (_parent, _args, { db, principal, now }) => listAccountSessions(db, principal, now),
  auditEvents: (_parent, args, { db, principal }) => listAuditEvents(db, principal, args),
  unusualReaders: (_parent, args, { db, principal }) => listUnusualReaders(db, principal, args),
  // Second line behind the gateway's @authenticated: this subgraph checks the caller itself.
  viewer: async (_parent, _args, { db, principal }) => {
    if (principal.kind !== 'user') {
      throw errors.notSignedIn();
    }
    return loadViewer(db, principal.userId);
  },
};

export const identityMutation: MutationResolvers = {
  signIn: (_parent, { email, password }, { db, issuer, client, now, principal, clientIp, userAgent }) => {
    if (email.trim() === '' || password === '') {
      throw errors.signInFieldsMissing();
    }
    const source = signInSource({
      apiClientId: principal.kind === 'api_client' ? principal.clientId : null,
      ip: clientIp,
    });
    return signIn(db, issuer, { email, password, client, source, userAgent }, now);
  },
  signInWithIdentityAssertion: (
    _parent,
    { assertion },
    { db, issuer, client, now, userAgent, identityAssertionSecret },
  ) => signInWithIdentity(db, issuer, identityAssertionSecret, { assertion, client, userAgent }, now),
  renewSession: async (_parent, { refreshToken }, { db, issuer, now, client }) => {
    const session = await renewSession(db, issuer, refreshToken, now, client);
    if (!session) throw errors.sessionRevoked();
    return session;
  },
  signOut: async (_parent, { refreshToken }, { db, principal, client, now }) => {
    const userId = await closeSession(db, refreshToken, now, client);
    if (userId) {
      await recordAudit(
        db,
        { ...actorOf(principal), actorId: userId },
        { action: 'SIGN_OUT', subjectType: 'user', subjectId: userId, client },
      );
    }
    return userId !== null;
  },
  changePassword: (_parent, { currentPassword, newPassword }, { db, principal, now, client }) =>
    changePassword(db, principal, { currentPassword, newPassword }, now, client),
  revokeSession: (_parent, { id }, { db, principal, now, client }) => revokeOwnSession(db, principal, id, now, client),
  revokeOtherSessions: (_parent, _args, { db, principal, now, client }) =>
    revokeOtherSessions(db, principal, now, client),
  setUserStatus: (_parent, { userId, status }, { db, principal, client, now }) =>
    setUserStatus(db, principal, { userId, status, client }, now),
};

export const AccountSession: AccountSessionResolvers = {
  signedInAt: (session) => session.signedInAt.toISOString(),
  lastActiveAt: (session) => session.lastActiveAt.toISOString(),
  expiresAt: (session) => session.expiresAt.toISOString(),
};

export const Viewer: ViewerResolvers = {
  roleLabel: (viewer) => ROLE_LABELS[viewer.role],
  // From the viewer's own role and organisation (a session's viewer is read before its token is in use).
  habilitationDepartements: (viewer, _args, { db }) =>
    habilitationDepartementsOf(db, { role: viewer.role, departement: viewer.organisation?.departement }),
};

export const ViewerOrganisation: ViewerOrganisationResolvers = {
  departementCode: (organisation) => organisation.departement,
};

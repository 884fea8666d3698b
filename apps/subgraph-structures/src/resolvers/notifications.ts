import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import {
  listNotificationPreferences,
  listNotifications,
  markNotificationsRead,
  setNotificationPreference,
  unreadNotificationCount,
} from '../notifications/inbox.js';
import { requestPasswordReset, resetPassword } from '../notifications/password-reset.js';

export const notificationsQuery: Pick<
  QueryResolvers,
  'notifications' | 'unreadNotificationCount' | 'notificationPreferences'
> = {
  notifications: (_parent, args, { db, principal }) => listNotifications(db, principal, args),
  unreadNotificationCount: (_parent, _args, { db, principal }) => unreadNotificationCount(db, principal),
  notificationPreferences: (_parent, _args, { db, principal }) => listNotificationPreferences(db, principal),
};

export const notificationsMutation: Pick<
  MutationResolvers,
  | 'markNotificationsRead'
  | 'markAllNotificationsRead'
  | 'setNotificationPreference'
  | 'requestPasswordReset'
  | 'resetPassword'
> = {
  markNotificationsRead: (_parent, { ids }, { db, principal, now }) => markNotificationsRead(db, principal, ids, now),
  markAllNotificationsRead: (_parent, _args, { db, principal, now }) => markNotificationsRead(db, principal, null, now),
  setNotificationPreference: (_parent, { kind, email, delivery }, { db, principal, now }) =>
    setNotificationPreference(db, principal, kind, { email, delivery }, now),
  requestPasswordReset: (_parent, { email }, ctx) => requestPasswordReset(ctx, email),
  resetPassword: (_parent, { token, newPassword }, ctx) => resetPassword(ctx, token, newPassword),
};

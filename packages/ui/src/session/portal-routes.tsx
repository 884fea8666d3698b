import type { RouteObject } from 'react-router';
import { SignInPage } from '../features/sign-in/SignInPage.tsx';
import { legalRoutes } from '../layout/LegalPage.tsx';
import { PortalLayout, type PortalNavigationItem } from '../layout/PortalLayout.tsx';
import { NotFound } from '../states/NotFound.tsx';
import { lazyScreen } from '../routing/lazy-screen.tsx';
import { accountPath } from './account-path.ts';
import { notificationsPath } from '../features/notifications/notifications-path.ts';
import { resetPaths } from '../features/password-reset/reset-forms.ts';
import { RequireSession, signInPath } from './RequireSession.tsx';

// Apollo Client and its provider, loaded by the screens that ask the API: not by the sign-in page (issue 14 §5).
const ApolloOutlet = lazyScreen(() => import('../apollo/portal-apollo.tsx'), 'ApolloOutlet');
const AccountScreen = lazyScreen(() => import('../features/account/AccountScreen.tsx'), 'AccountScreen');
const NotificationsScreen = lazyScreen(
  () => import('../features/notifications/NotificationsScreen.tsx'),
  'NotificationsScreen',
);
const ForgotPasswordPage = lazyScreen(
  () => import('../features/password-reset/ForgotPasswordPage.tsx'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyScreen(
  () => import('../features/password-reset/ResetPasswordPage.tsx'),
  'ResetPasswordPage',
);

/**
 * The routes of a portal: the sign-in page, the password reset pages and the legal pages for everyone, every screen of the portal behind
 * {@link RequireSession} (a session with a role allowed in this portal), « Mon compte » and « Notifications » among them,
 * with Apollo Client loaded in their own chunk (ApolloOutlet).
 */
export function portalRoutes({
  portalName,
  navigation,
  screens,
}: {
  portalName: string;
  navigation?: PortalNavigationItem[];
  screens: RouteObject[];
}): RouteObject[] {
  return [
    {
      path: '/',
      element: <PortalLayout portalName={portalName} navigation={navigation} />,
      children: [
        { path: signInPath, element: <SignInPage /> },
        {
          // Password reset by e-mail (issue 14 §2): without a session, its mutations through Apollo Client.
          element: <ApolloOutlet />,
          children: [
            { path: resetPaths.request.slice(1), element: <ForgotPasswordPage /> },
            { path: resetPaths.reset.slice(1), element: <ResetPasswordPage /> },
          ],
        },
        ...legalRoutes,
        {
          element: <RequireSession />,
          children: [
            {
              // PortalLayout's Suspense shows "Chargement…" (role="status") while the chunk loads.
              element: <ApolloOutlet />,
              children: [
                ...screens,
                { path: accountPath.slice(1), element: <AccountScreen /> },
                { path: notificationsPath.slice(1), element: <NotificationsScreen /> },
                { path: '*', element: <NotFound /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}

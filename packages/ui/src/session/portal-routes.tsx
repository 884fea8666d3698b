import type { RouteObject } from 'react-router';
import { SignInPage } from '../features/sign-in/SignInPage.tsx';
import { legalRoutes } from '../layout/LegalPage.tsx';
import { PortalLayout, type PortalNavigationItem } from '../layout/PortalLayout.tsx';
import { NotFound } from '../states/NotFound.tsx';
import { lazyScreen } from '../routing/lazy-screen.tsx';
import { accountPath } from './account-path.ts';
import { RequireSession, signInPath } from './RequireSession.tsx';

const AccountScreen = lazyScreen(() => import('../features/account/AccountScreen.tsx'), 'AccountScreen');

/**
 * The routes of a portal: the sign-in page and the legal pages for everyone, every screen of the portal behind
 * {@link RequireSession} (a session with a role allowed in this portal), « Mon compte » among them.
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
        ...legalRoutes,
        {
          element: <RequireSession />,
          children: [
            ...screens,
            { path: accountPath.slice(1), element: <AccountScreen /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Suspense, useRef, useState, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { copy } from '../copy.tsx';
import { signInPath } from '../session/RequireSession.tsx';
import { accountPath } from '../session/account-path.ts';
import { useOptionalSession } from '../session/SessionContext.tsx';
import type { Viewer } from '../session/session-store.ts';
import { PortalNameContext } from './document-title.ts';
import { legalPaths } from './LegalPage.tsx';
import { useAriaInvalid } from '../forms/aria-invalid.ts';
import { RouteAnnouncer } from '../routing/route-announcer.tsx';
import { Loading } from '../states/Loading.tsx';
import { countOf } from '../features/pending-work/days-left.ts';
import { lazyScreen } from '../routing/lazy-screen.tsx';
import type { HeaderCounts } from './SignedInCounts.tsx';
import { notificationsPath } from '../features/notifications/notifications-path.ts';

export interface PortalNavigationItem {
  text: string;
  /** The path, or the path for the signed-in user (e.g. the agence's own page). */
  to: string | ((viewer: Viewer) => string);
  /** Also active on the paths below `to` (default: exact match only). */
  matchPrefix?: boolean;
  /**
   * Shows how many items of "Mon travail en attente" wait behind this entry (issue 14 §1): the kinds counted
   * (PendingWorkKind), or 'all' for the home page.
   */
  pending?: readonly string[] | 'all';
  /** Shown only to these roles (default: every role the portal admits, PORTAL_ROLES). The API decides anyway. */
  roles?: readonly string[];
  /**
   * A DSFR navigation menu instead of a link (`to` is then where the entry counts as active, with its links'): a
   * group of screens under one entry keeps a long navigation on one line.
   */
  menu?: readonly { text: string; to: string; matchPrefix?: boolean }[];
}

/** The header's bell and navigation counts, loaded with Apollo Client once someone is signed in (issue 14 §5). */
const SignedInCounts = lazyScreen(() => import('./SignedInCounts.tsx'), 'SignedInCounts');

/**
 * The bell's text (issue 14 §3): "Notifications" and, when some are unread, their number in a badge; the link's name
 * says it in words ("Notifications, 3 non lues").
 */
function BellText({ count }: { count: number }): ReactNode {
  if (count === 0) return copy.notifications.bell;
  return (
    <>
      {copy.notifications.bell}
      <span className="fr-sr-only">, </span>
      <span className="fr-badge fr-badge--sm fr-badge--error fr-badge--no-icon fr-ml-1v" data-testid="unread-count">
        {count}
      </span>
      <span className="fr-sr-only"> {count === 1 ? 'non lue' : 'non lues'}</span>
    </>
  );
}

/**
 * The entry's text, with the number waiting behind it when there is one. The badge is hidden from assistive
 * technologies: the link's name stays the entry's text, and "N en attente" is its description (aria-describedby).
 */
function NavigationText({ text, count }: { text: string; count: number }): ReactNode {
  if (count === 0) return text;
  return (
    <>
      {text}
      <span
        className="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon fr-ml-1v"
        aria-hidden="true"
        data-testid="pending-count"
      >
        {count}
      </span>
    </>
  );
}

function isActive(to: string, item: { matchPrefix?: boolean }, pathname: string): boolean {
  if (item.matchPrefix) return pathname === to || pathname.startsWith(to.endsWith('/') ? to : `${to}/`);
  return pathname === to;
}

/** Who is signed in: name, role, organisation (shown in the header's tools). */
function SignedInUser({ viewer }: { viewer: Viewer }): ReactNode {
  return (
    <p className="fr-text--sm fr-mb-0 fr-px-1w" data-testid="signed-in-user">
      <span className="fr-sr-only">{copy.session.signedInAs} </span>
      <span className="fr-icon-account-circle-line fr-icon--sm fr-mr-1v" aria-hidden="true" />
      <strong>{viewer.displayName}</strong>
      <br />
      <span>{viewer.roleLabel}</span>
      {viewer.organisation && <span> · {viewer.organisation.name}</span>}
    </p>
  );
}

/** The frame of every portal screen: DSFR header ("Navette" + the portal's name), main, footer. */
export function PortalLayout({
  portalName,
  navigation = [],
}: {
  portalName: string;
  navigation?: PortalNavigationItem[];
}) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { store, state } = useOptionalSession();
  const viewer = state.session?.viewer;
  const main = useRef<HTMLElement>(null);
  useAriaInvalid(main);
  const counted = navigation.some((item) => item.pending);
  // Reported by SignedInCounts (null until its chunk and first answers are in, and once signed out).
  const [headerCounts, setHeaderCounts] = useState<HeaderCounts | null>(null);
  const unreadCount = (viewer && headerCounts?.unread) || 0;
  const counts = viewer ? headerCounts?.pending : undefined;
  const countOfItem = (item: PortalNavigationItem) =>
    item.pending ? countOf(counts, item.pending === 'all' ? undefined : item.pending) : 0;
  const signOut = async () => {
    await store?.signOut();
    void navigate(signInPath, { replace: true });
  };
  return (
    <PortalNameContext value={portalName}>
      {viewer && (
        <Suspense fallback={null}>
          <SignedInCounts countPending={counted} onCounts={setHeaderCounts} />
        </Suspense>
      )}
      <SkipLinks
        links={[
          { anchor: '#contenu', label: 'Contenu' },
          { anchor: '#pied-de-page', label: 'Pied de page' },
        ]}
      />
      <Header
        brandTop={copy.brandTop}
        serviceTitle={copy.serviceTitle}
        serviceTagline={portalName}
        homeLinkProps={{ to: '/', title: copy.homeLinkTitle }}
        quickAccessItems={
          viewer
            ? [
                <SignedInUser key="user" viewer={viewer} />,
                {
                  iconId: 'fr-icon-notification-3-line',
                  text: <BellText count={unreadCount} />,
                  linkProps: { to: notificationsPath },
                },
                { iconId: 'fr-icon-user-setting-line', text: copy.account.link, linkProps: { to: accountPath } },
                {
                  iconId: 'fr-icon-logout-box-r-line',
                  text: copy.session.signOut,
                  buttonProps: { type: 'button', onClick: () => void signOut() },
                },
              ]
            : undefined
        }
        navigation={
          viewer && navigation.length > 0
            ? navigation
                .filter((item) => !item.roles || item.roles.includes(viewer.role))
                .map((item, index) => {
                  const to = typeof item.to === 'function' ? item.to(viewer) : item.to;
                  const count = countOfItem(item);
                  if (item.menu) {
                    const links = item.menu.map((link) => ({
                      text: link.text,
                      linkProps: { to: link.to },
                      isActive: isActive(link.to, link, pathname),
                    }));
                    return { text: item.text, menuLinks: links, isActive: links.some((link) => link.isActive) };
                  }
                  return {
                    text: <NavigationText text={item.text} count={count} />,
                    linkProps: { to, 'aria-describedby': count > 0 ? `navigation-attente-${index}` : undefined },
                    isActive: isActive(to, item, pathname),
                  };
                })
            : undefined
        }
      />
      <main ref={main} id="contenu" tabIndex={-1} className="fr-container fr-py-4w" role="main">
        {/* Screens come in their own chunks (lazyScreen): "Chargement…" while one loads. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      {/* The descriptions of the navigation's counts (referenced by aria-describedby; hidden elements still count). */}
      <div hidden>
        {navigation.map((item, index) =>
          countOfItem(item) > 0 ? (
            <span key={index} id={`navigation-attente-${index}`}>
              {copy.pendingWork.navCount(countOfItem(item))}
            </span>
          ) : null,
        )}
      </div>
      <RouteAnnouncer />
      <Footer
        id="pied-de-page"
        accessibility="non compliant"
        contentDescription={copy.footerDescription}
        accessibilityLinkProps={{ to: legalPaths.accessibility }}
        termsLinkProps={{ to: legalPaths.terms }}
        bottomItems={[
          { text: copy.legal.personalDataTitle, linkProps: { to: legalPaths.personalData } },
          { text: copy.legal.cookiesTitle, linkProps: { to: legalPaths.cookies } },
        ]}
      />
    </PortalNameContext>
  );
}

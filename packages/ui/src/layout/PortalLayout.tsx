import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Suspense, useRef, type ReactNode } from 'react';
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

export interface PortalNavigationItem {
  text: string;
  to: string;
  /** Also active on the paths below `to` (default: exact match only). */
  matchPrefix?: boolean;
}

function isActive(item: PortalNavigationItem, pathname: string): boolean {
  if (item.matchPrefix)
    return pathname === item.to || pathname.startsWith(item.to.endsWith('/') ? item.to : `${item.to}/`);
  return pathname === item.to;
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
  const signOut = async () => {
    await store?.signOut();
    void navigate(signInPath, { replace: true });
  };
  return (
    <PortalNameContext value={portalName}>
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
            ? navigation.map((item) => ({
                text: item.text,
                linkProps: { to: item.to },
                isActive: isActive(item, pathname),
              }))
            : undefined
        }
      />
      <main ref={main} id="contenu" tabIndex={-1} className="fr-container fr-py-4w" role="main">
        {/* Screens come in their own chunks (lazyScreen): "Chargement…" while one loads. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
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

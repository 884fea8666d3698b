import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Outlet, useLocation } from 'react-router';
import { copy } from '../copy.tsx';
import { PortalNameContext } from './document-title.ts';
import { legalPaths } from './LegalPage.tsx';

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

/** The frame of every portal screen: DSFR header ("Navette" + the portal's name), main, footer. */
export function PortalLayout({
  portalName,
  navigation = [],
}: {
  portalName: string;
  navigation?: PortalNavigationItem[];
}) {
  const { pathname } = useLocation();
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
        navigation={
          navigation.length > 0
            ? navigation.map((item) => ({
                text: item.text,
                linkProps: { to: item.to },
                isActive: isActive(item, pathname),
              }))
            : undefined
        }
      />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-4w" role="main">
        <Outlet />
      </main>
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

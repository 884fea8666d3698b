import { createContext, useContext, useEffect } from 'react';

/** The portal's name, provided once by PortalLayout so that each screen only names itself. */
export const PortalNameContext = createContext<string>('');

export function documentTitle(screenTitle: string, portalName: string): string {
  return [screenTitle, portalName, 'Navette'].filter(Boolean).join(' – ');
}

/** Sets a distinct page title per screen (RGAA 8.6), e.g. "Annuaire des SIAE – Espace SIAE – Navette". */
export function useDocumentTitle(screenTitle: string): void {
  const portalName = useContext(PortalNameContext);
  useEffect(() => {
    document.title = documentTitle(screenTitle, portalName);
  }, [screenTitle, portalName]);
}

import type { RouteObject } from 'react-router';
import { copy } from '../copy.tsx';
import { useDocumentTitle } from './document-title.ts';

export const legalPaths = {
  accessibility: '/accessibilite',
  terms: '/mentions-legales',
  personalData: '/donnees-personnelles',
  cookies: '/cookies',
} as const;

function LegalPage({ title, text }: { title: string; text: string }) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
    </>
  );
}

/** The pages the DSFR footer links to; every portal mounts them under its layout. */
export const legalRoutes: RouteObject[] = [
  {
    path: legalPaths.accessibility,
    element: <LegalPage title={copy.legal.accessibilityTitle} text={copy.legal.accessibilityText} />,
  },
  { path: legalPaths.terms, element: <LegalPage title={copy.legal.termsTitle} text={copy.legal.termsText} /> },
  {
    path: legalPaths.personalData,
    element: <LegalPage title={copy.legal.personalDataTitle} text={copy.legal.personalDataText} />,
  },
  { path: legalPaths.cookies, element: <LegalPage title={copy.legal.cookiesTitle} text={copy.legal.cookiesText} /> },
];

import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { Link } from 'react-router';

/** Starts the DSFR once, before the first render, with react-router's Link for every DSFR link. */
export function startDsfr(): void {
  startReactDsfr({ defaultColorScheme: 'system', Link });
}

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

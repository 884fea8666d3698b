import { copy } from '../copy.tsx';
import { useDocumentTitle } from '../layout/document-title.ts';
import { Link } from 'react-router';

export function NotFound() {
  useDocumentTitle(copy.states.notFoundTitle);
  return (
    <>
      <h1>{copy.states.notFoundTitle}</h1>
      <p>{copy.states.notFoundText}</p>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/">
        {copy.states.backHome}
      </Link>
    </>
  );
}

import { Link } from 'react-router';
import { copy } from '../copy.tsx';
import { useDocumentTitle } from '../layout/document-title.ts';

/** The API answered FORBIDDEN: the user is signed in, but the role may not read this. */
export function AccessDenied() {
  useDocumentTitle(copy.session.forbiddenTitle);
  return (
    <div className="fr-my-4w" data-testid="access-denied">
      <h1>{copy.session.forbiddenTitle}</h1>
      <p>{copy.session.forbiddenText}</p>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/">
        {copy.states.backHome}
      </Link>
    </div>
  );
}

import { OrientationList, orientationCopy, useDocumentTitle } from '@navette/ui';
import { Link, useNavigate } from 'react-router';
import { copy } from '../../copy.ts';
import { paths } from '../../paths.ts';

const t = copy.orientations;

/**
 * The orientations received (accord, annexe 4 §3: a first spotting by any actor receiving the public): accept, then
 * establish the diagnosis; or decline with a reason the orienting organisation reads.
 */
export function ReceivedOrientationsScreen() {
  useDocumentTitle(orientationCopy.list.receivedTitle);
  const navigate = useNavigate();
  return (
    <>
      <h1>{orientationCopy.list.receivedTitle}</h1>
      <p>{t.intro}</p>
      <p>
        <Link className="fr-link" to={paths.sentOrientations}>
          {t.seeSent}
        </Link>
      </p>
      <OrientationList
        direction="RECEIVED"
        personLink={paths.person}
        onAccepted={(personId) => void navigate(paths.diagnose(personId))}
      />
    </>
  );
}

/** The orientations the prescripteur made towards another prescripteur, with their answers. */
export function SentOrientationsScreen() {
  useDocumentTitle(orientationCopy.list.sentTitle);
  return (
    <>
      <h1>{orientationCopy.list.sentTitle}</h1>
      <p>
        <Link className="fr-link" to={paths.orientations}>
          {t.seeReceived}
        </Link>
      </p>
      <OrientationList direction="SENT" personLink={paths.person} />
    </>
  );
}

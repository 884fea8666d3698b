import { Link, useNavigate } from 'react-router';
import { OrientationList } from '../orientation/OrientationList.tsx';
import { orientationCopy } from '../orientation/copy.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { usePrescribing, withPrescribing } from './context.tsx';

/**
 * The orientations received (accord, annexe 4 §3: a first spotting by any actor receiving the public): accept, then
 * establish the diagnosis; or decline with a reason the orienting organisation reads.
 */
export const ReceivedOrientationsScreen = withPrescribing(ReceivedOrientationsView);

function ReceivedOrientationsView() {
  const { copy, paths } = usePrescribing();
  const t = copy.orientations;
  useDocumentTitle(orientationCopy.list.receivedTitle);
  const navigate = useNavigate();
  return (
    <>
      <h1>{orientationCopy.list.receivedTitle}</h1>
      <p>{t.intro}</p>
      {paths.sentOrientations && (
        <p>
          <Link className="fr-link" to={paths.sentOrientations}>
            {t.seeSent}
          </Link>
        </p>
      )}
      <OrientationList
        direction="RECEIVED"
        personLink={paths.person}
        onAccepted={(personId) => void navigate(paths.diagnose(personId))}
      />
    </>
  );
}

/** The orientations the organisation made towards another prescripteur, with their answers. */
export const SentOrientationsScreen = withPrescribing(SentOrientationsView);

function SentOrientationsView() {
  const { copy, paths } = usePrescribing();
  const t = copy.orientations;
  useDocumentTitle(orientationCopy.list.sentTitle);
  return (
    <>
      <h1>{orientationCopy.list.sentTitle}</h1>
      {paths.orientations && (
        <p>
          <Link className="fr-link" to={paths.orientations}>
            {t.seeReceived}
          </Link>
        </p>
      )}
      <OrientationList direction="SENT" personLink={paths.person} />
    </>
  );
}

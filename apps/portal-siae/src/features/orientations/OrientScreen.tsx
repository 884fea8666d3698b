import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { OrientPersonForm, orientationCopy, useDocumentTitle } from '@navette/ui';
import { useNavigate } from 'react-router';
import { paths } from '../../paths.ts';

const t = orientationCopy.orient;

/** Orients a person the SIAE received towards a prescripteur (accord, annexe 4 §3), then lists its orientations. */
export function OrientScreen() {
  useDocumentTitle(t.title);
  const navigate = useNavigate();
  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[{ label: orientationCopy.list.sentTitle, linkProps: { to: paths.orientations } }]}
      />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <OrientPersonForm cancelTo={paths.orientations} onOriented={() => void navigate(paths.orientations)} />
    </>
  );
}

import { Button } from '@codegouvfr/react-dsfr/Button';
import { OrientationList, orientationCopy, useDocumentTitle } from '@navette/ui';
import { copy } from '../../copy.ts';
import { paths } from '../../paths.ts';

const t = copy.orientations;

/**
 * The orientations the SIAE made towards prescripteurs (accord, annexe 4 §3: "pouvant être réalisée par tous les
 * acteurs accueillant du public"), with the prescripteur's answer.
 */
export function OrientationsScreen() {
  useDocumentTitle(orientationCopy.list.sentTitle);
  return (
    <>
      <h1>{orientationCopy.list.sentTitle}</h1>
      <p>{t.intro}</p>
      <Button className="fr-mb-3w" iconId="fr-icon-add-line" linkProps={{ to: paths.newOrientation }}>
        {t.orient}
      </Button>
      <OrientationList direction="SENT" />
    </>
  );
}

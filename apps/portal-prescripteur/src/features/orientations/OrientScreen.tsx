import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { flashState, orientationCopy, OrientPersonForm, useDocumentTitle } from '@navette/ui';
import { useNavigate, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { paths } from '../../paths.ts';

const t = orientationCopy.orient;

/** Orients a person the prescripteur follows towards another prescripteur (accord, annexe 4 §3). */
export function OrientScreen() {
  const { personId = '' } = useParams();
  useDocumentTitle(t.title);
  const navigate = useNavigate();
  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[
          { label: copy.people.title, linkProps: { to: paths.people } },
          { label: copy.orientations.person, linkProps: { to: paths.person(personId) } },
        ]}
      />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <OrientPersonForm
        personId={personId}
        cancelTo={paths.person(personId)}
        onOriented={(o) =>
          void navigate(paths.person(personId), {
            state: flashState(copy.orientations.success(o.prescriberOrganization.name)),
          })
        }
      />
    </>
  );
}

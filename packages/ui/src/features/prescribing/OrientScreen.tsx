import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { orientationCopy } from '../orientation/copy.ts';
import { OrientPersonForm } from '../orientation/OrientPersonForm.tsx';
import { usePrescribing, withPrescribing } from './context.tsx';
import { flashState } from './flash.ts';

const t = orientationCopy.orient;

/** Orients a person the organisation follows towards another prescripteur (accord, annexe 4 §3). */
export const OrientScreen = withPrescribing(OrientView);

function OrientView() {
  const { copy, paths } = usePrescribing();
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
            state: flashState(copy.orientations.success(o.prescriberOrganisation.name)),
          })
        }
      />
    </>
  );
}

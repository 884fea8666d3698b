import { PersonRecordScreen } from '@navette/ui';
import { useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { paths } from '../../paths.ts';

/** The person's record for their request (issue 19 §4): the shared screen of @navette/ui. */
export function PersonRecordRoute() {
  const { personId = '' } = useParams();
  return (
    <PersonRecordScreen personId={personId} back={{ label: copy.person.backToPerson, to: paths.person(personId) }} />
  );
}

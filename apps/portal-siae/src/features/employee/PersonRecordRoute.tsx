import { PersonRecordScreen } from '@navette/ui';
import { useParams, useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { paths } from '../../paths.ts';

/** The person's record for their request (issue 19 §4): the shared screen of @navette/ui, back to the page it came
 *  from (an employee or a prescription of this portal; any other value goes back to the employees). */
export function PersonRecordRoute() {
  const { personId = '' } = useParams();
  const [params] = useSearchParams();
  const from = params.get('depuis') ?? '';
  const back = /^\/(salaries|prescriptions)\/[\w-]+$/.test(from) ? from : paths.employees;
  return <PersonRecordScreen personId={personId} back={{ label: copy.personRecord.back, to: back }} />;
}

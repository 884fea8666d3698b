import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import { personName } from './labels.ts';
import { approvalRequestPath } from './paths.ts';

/** The kind of request, linking to its page; the link's name also says whose request it is (RGAA 6.1). */
export function RequestLink({
  request,
  hash,
}: {
  request: { id: string; kindLabel: string; person: { firstName: string; lastName: string } | null };
  hash?: string;
}) {
  return (
    <Link
      to={{ pathname: approvalRequestPath(request.id), hash }}
      title={copy.requests.open(request.kindLabel, personName(request.person))}
    >
      {request.kindLabel}
    </Link>
  );
}

// The header's two signed-in queries (issue 14 §1 and §3), in the signed-in chunk with Apollo Client (issue 14 §5):
// PortalLayout loads this component only once someone is signed in, so the sign-in page runs no GraphQL at all.
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { PortalApollo } from '../apollo/portal-apollo.tsx';
import { PendingWorkDocument, UnreadNotificationCountDocument } from '../generated/graphql.ts';

/** How often the navigation's counts are asked again while the user stays on screens that do not ask for them. */
const PENDING_COUNTS_REFRESH_MS = 5 * 60_000;
/** How often the bell asks for the unread count (the notifications page asks it again on each change). */
const UNREAD_COUNT_REFRESH_MS = 60_000;

/** What the header shows: "Mon travail en attente" by kind, and the unread notifications. */
export interface HeaderCounts {
  pending: readonly { readonly kind: string; readonly count: number }[] | undefined;
  unread: number;
}

interface SignedInCountsProps {
  /** Whether the navigation shows pending counts (else the pending-work query is not asked). */
  countPending: boolean;
  /** Called with each new answer, and with null when the component goes (signed out). */
  onCounts: (counts: HeaderCounts | null) => void;
}

function Counts({ countPending, onCounts }: SignedInCountsProps) {
  // The same query as the home page (Apollo's cache shares it): the counts follow the home page's answer.
  const pending = useQuery(PendingWorkDocument, { skip: !countPending, pollInterval: PENDING_COUNTS_REFRESH_MS });
  const unread = useQuery(UnreadNotificationCountDocument, { pollInterval: UNREAD_COUNT_REFRESH_MS });
  const pendingCounts = pending.data?.pendingWork?.counts;
  const unreadCount = unread.data?.unreadNotificationCount ?? 0;
  useEffect(() => onCounts({ pending: pendingCounts, unread: unreadCount }), [onCounts, pendingCounts, unreadCount]);
  useEffect(() => () => onCounts(null), [onCounts]);
  return null;
}

/** Renders nothing: asks the counts with the portal's Apollo client and hands them to the header. */
export function SignedInCounts(props: SignedInCountsProps) {
  return (
    <PortalApollo>
      <Counts {...props} />
    </PortalApollo>
  );
}

import { useSession } from '@navette/ui';

/**
 * The id of the signed-in user's SIAE: the portal admits SIAE accounts only (RequireSession), each a member of one
 * SIAE. Null only for an account without one (the screens then say so).
 */
export function useOwnSiaeId(): string | null {
  const organisation = useSession().session?.viewer.organisation;
  return organisation?.kind === 'SIAE' ? organisation.id : null;
}

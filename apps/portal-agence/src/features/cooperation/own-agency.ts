import { useSession } from '@navette/ui';

/**
 * The id of the signed-in agent's agence: the portal admits agence accounts only (RequireSession), each a member of
 * one agence, whose territory the API narrows every list to. Null only for an account without one.
 */
export function useOwnAgencyId(): string | null {
  const organisation = useSession().session?.viewer.organisation;
  return organisation?.kind === 'AGENCY' ? organisation.id : null;
}

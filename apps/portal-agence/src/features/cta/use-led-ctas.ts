import { useQuery } from '@apollo/client/react';
import { DepartementCtasDocument, OwnAgencyDepartementDocument } from '../../generated/graphql.ts';
import { ledCtas } from './cta-status.ts';

/**
 * The CTA the agence leads, with their meetings of `year` and where each stands against fiche 8. The API lists the
 * CTA by département: the agence's own is asked first, then its CTA are kept among those of that département.
 */
export function useLedCtas(agencyId: string, year: number) {
  const agency = useQuery(OwnAgencyDepartementDocument, { variables: { id: agencyId }, skip: !agencyId });
  const code = agency.data?.agency?.departement.code;
  const ctas = useQuery(DepartementCtasDocument, {
    variables: { departement: code ?? '', departementCode: code ?? '', year },
    skip: !code,
    // Another agent of the agence may have recorded a meeting since.
    fetchPolicy: 'cache-and-network',
  });
  const data = ctas.data;
  const led = data ? ledCtas(data.ctas, agencyId) : null;
  const dueOf = (ctaId: string) => data?.ctaMeetingsDue.find((due) => due.cta.id === ctaId) ?? null;
  return {
    /** Null while loading (or when the agence is unknown to the API). */
    ctas: led,
    dueOf,
    agencyMissing: Boolean(agency.data && !agency.data.agency),
    loading: agency.loading || ctas.loading,
    error: agency.error ?? ctas.error,
    refetch: () => void (agency.error ? agency.refetch() : ctas.refetch()),
  };
}

import { useQuery } from '@apollo/client/react';
import { graphQLErrorsOf, todayInFrance } from '@navette/ui';
import { useSearchParams } from 'react-router';
import { IndicatorDepartementsDocument, IndicatorsDocument, type IndicatorsQuery } from '../../generated/graphql.ts';
import { copy } from '../../copy.ts';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  indicatorFilterVariable,
  periodLabel,
  type IndicatorFilters,
} from './indicator-filters.ts';

export type IndicatorData = IndicatorsQuery['indicators'][number];

const t = copy.indicators;

/**
 * The filters in the URL, the départements for the form, and the indicators computed for those filters.
 *
 * `no-cache`: an indicator keeps its id whatever the filter while its rows change with it, so normalising it would
 * let the figures of one filter show under another; each answer is kept apart, and asked again at every visit (live
 * figures).
 */
export function useIndicators() {
  const today = todayInFrance();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams, today);
  const filterKey = filtersToSearchParams(filters).toString();
  const departements = useQuery(IndicatorDepartementsDocument);
  if (departements.error) console.error('[navette]', departements.error);
  const indicators = useQuery(IndicatorsDocument, {
    variables: { filter: indicatorFilterVariable(filters) },
    fetchPolicy: 'no-cache',
  });

  const departementName = departements.data?.departements.find((d) => d.code === filters.departement)?.name;
  // "Doubs (25), ACI": the territory and SIAE kind; the scope adds the period.
  const territory = [
    filters.departement ? `${departementName ?? t.departement} (${filters.departement})` : t.region,
    filters.siaeKind,
  ]
    .filter(Boolean)
    .join(', ');
  const scope = `${territory}, ${periodLabel(filters.period, today)}`;

  const apply = (next: IndicatorFilters) => {
    const params = filtersToSearchParams(next);
    // Other parameters of the page (the number of quarters of a trend) stay as they are.
    for (const [key, value] of searchParams) {
      if (!['departement', 'type', 'periode', 'du', 'au'].includes(key)) params.set(key, value);
    }
    setSearchParams(params);
  };

  return {
    today,
    filters,
    filterKey,
    territory,
    scope,
    departements: departements.data?.departements,
    indicators,
    apply,
  };
}

/** The API refused the filter (BAD_USER_INPUT): its French message, to show instead of a generic one. */
export function filterRefusal(error: unknown): string | undefined {
  return graphQLErrorsOf(error).find((e) => e.extensions?.['code'] === 'BAD_USER_INPUT')?.message;
}

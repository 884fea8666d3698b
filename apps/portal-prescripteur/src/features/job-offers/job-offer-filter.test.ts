import { filtersFromSearchParams } from '@navette/ui';
import { describe, expect, it } from 'vitest';
import { toJobOfferFilter } from './job-offer-filter.ts';

describe('job offer filter', () => {
  it('sends only what the user set, the kind as the SIAE kind', () => {
    expect(toJobOfferFilter(filtersFromSearchParams(new URLSearchParams('')))).toBeNull();
    expect(
      toJobOfferFilter(
        filtersFromSearchParams(new URLSearchParams('departement=25&type=aci&recherche=  agent   de tri')),
      ),
    ).toEqual({ departement: '25', siaeKind: 'ACI', search: 'agent de tri' });
  });
});

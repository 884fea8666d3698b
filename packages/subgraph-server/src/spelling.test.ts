import { describe, expect, it } from 'vitest';
import { withSingleSpelling } from './spelling.js';

describe('withSingleSpelling', () => {
  it('takes the deprecated argument when the new one is missing, the new one when both are given', () => {
    expect(withSingleSpelling({ prescriberOrganizationId: 'a', reason: 'x' })).toEqual({
      prescriberOrganisationId: 'a',
      reason: 'x',
    });
    expect(withSingleSpelling({ prescriberOrganisationId: 'b', prescriberOrganizationId: 'a' })).toEqual({
      prescriberOrganisationId: 'b',
    });
    expect(withSingleSpelling({ prescriberOrganisationId: null, prescriberOrganizationId: null })).toEqual({
      prescriberOrganisationId: '',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { emptyJobOffer, splitByStatus, toJobOfferInput, validateJobOffer } from './job-offer-form.ts';

const today = '2026-11-23';

describe('job offer form', () => {
  it('needs a title, a description and a whole number of positions', () => {
    expect(Object.keys(validateJobOffer({ ...emptyJobOffer, positions: '0' }, today))).toEqual([
      'title',
      'description',
      'positions',
    ]);
    expect(
      validateJobOffer({ ...emptyJobOffer, title: 'Agent de tri', description: 'Tri', positions: '1,5' }, today)
        .positions,
    ).toBeDefined();
    expect(validateJobOffer({ ...emptyJobOffer, title: 'Agent de tri', description: 'Tri' }, today)).toEqual({});
  });

  it('refuses a deposit date in the future', () => {
    const offer = { ...emptyJobOffer, title: 'Agent de tri', description: 'Tri' };
    expect(validateJobOffer({ ...offer, depositedAtPoleEmploiOn: today }, today)).toEqual({});
    expect(
      validateJobOffer({ ...offer, depositedAtPoleEmploiOn: '2026-11-24' }, today).depositedAtPoleEmploiOn,
    ).toMatch(/futur/);
  });

  it('sends the offer tidied, without a deposit date when none is given', () => {
    expect(
      toJobOfferInput('s1', {
        title: '  Agent   de tri ',
        description: ' Tri et valorisation \n',
        prerequisites: ' ',
        positions: ' 2 ',
        depositedAtPoleEmploiOn: '',
      }),
    ).toEqual({
      siaeId: 's1',
      title: 'Agent de tri',
      description: 'Tri et valorisation',
      prerequisites: '',
      positions: 2,
      depositedAtPoleEmploiOn: null,
    });
  });

  it('puts the open offers apart from the closed ones, keeping their order', () => {
    const offers = [
      { id: 'a', status: 'CLOSED' },
      { id: 'b', status: 'OPEN' },
      { id: 'c', status: 'OPEN' },
    ];
    expect(splitByStatus(offers)).toEqual({ open: [offers[1], offers[2]], closed: [offers[0]] });
  });
});

import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { offerChoiceFromSearchParams, paths, routes } from './paths.ts';

describe('paths of the Espace prescripteur', () => {
  const id = '0f6d3c1e-5b7a-4c1d-9e2f-3a4b5c6d7e8f';

  it('builds links that their route matches back to the same id', () => {
    expect(matchPath(`/${routes.person}`, paths.person(id))?.params.personId).toBe(id);
    expect(matchPath(`/${routes.diagnose}`, paths.diagnose(id))?.params.personId).toBe(id);
    expect(matchPath(`/${routes.prescribe}`, paths.prescribe(id))?.params.personId).toBe(id);
    expect(matchPath(`/${routes.prescription}`, paths.prescription(id))?.params.prescriptionId).toBe(id);
    expect(matchPath(`/${routes.approval}`, paths.approval(id))?.params.approvalId).toBe(id);
    expect(matchPath(`/${routes.newPerson}`, paths.newPerson)).not.toBeNull();
    expect(matchPath(`/${routes.orient}`, paths.orient(id))?.params.personId).toBe(id);
    expect(matchPath(`/${routes.sentOrientations}`, paths.sentOrientations)).not.toBeNull();
    expect(matchPath(`/${routes.correctIdentity}`, paths.correctIdentity(id))?.params.personId).toBe(id);
  });

  it('carries the SIAE and the offer from the offer to the prescription form', () => {
    const offer = { siaeId: 's1', offerId: 'o/1' };
    expect(matchPath(`/${routes.siae}`, paths.siae(id))?.params.siaeId).toBe(id);
    const step1 = new URL(paths.offerPrescription(offer), 'http://x');
    expect(matchPath(`/${routes.offerPrescription}`, step1.pathname)).not.toBeNull();
    expect(offerChoiceFromSearchParams(step1.searchParams)).toEqual(offer);
    const step2 = new URL(paths.prescribeForOffer(id, offer), 'http://x');
    expect(matchPath(`/${routes.prescribe}`, step2.pathname)?.params.personId).toBe(id);
    expect(offerChoiceFromSearchParams(step2.searchParams)).toEqual(offer);
    expect(offerChoiceFromSearchParams(new URLSearchParams('structure=s1'))).toBeNull();
  });

  it('keeps an id with a slash in one segment', () => {
    expect(paths.person('a/b')).toBe('/personnes/a%2Fb');
  });
});

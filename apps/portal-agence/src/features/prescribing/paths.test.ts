import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { prescribingPaths as paths, prescribingRoutes as routes } from './paths.ts';

describe('paths of the agence’s prescribing screens', () => {
  const id = '0f6d3c1e-5b7a-4c1d-9e2f-3a4b5c6d7e8f';

  it('builds links that their route matches back to the same id', () => {
    expect(matchPath(`/${routes.person}`, paths.person(id))?.params.personId).toBe(id);
    expect(matchPath(`/${routes.diagnose}`, paths.diagnose(id))?.params.personId).toBe(id);
    expect(matchPath(`/${routes.prescribe}`, paths.prescribe(id))?.params.personId).toBe(id);
    expect(matchPath(`/${routes.orient}`, paths.orient(id))?.params.personId).toBe(id);
    expect(matchPath(`/${routes.prescription}`, paths.prescription(id))?.params.prescriptionId).toBe(id);
    expect(matchPath(`/${routes.newPerson}`, paths.newPerson)).not.toBeNull();
    expect(matchPath(`/${routes.sentOrientations}`, paths.sentOrientations)).not.toBeNull();
  });

  it('encodes an id that is not a plain uuid', () => {
    expect(paths.person('a/b')).toBe('/personnes/a%2Fb');
  });
});

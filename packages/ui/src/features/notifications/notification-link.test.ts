import { describe, expect, it } from 'vitest';
import { routeInPortal } from './notification-link.ts';

describe('routeInPortal', () => {
  it('takes the portal base off the links of this portal', () => {
    expect(routeInPortal('/siae/prescriptions/p1', '/siae')).toBe('/prescriptions/p1');
    expect(routeInPortal('/siae/prescriptions/p1', '/siae/')).toBe('/prescriptions/p1');
    expect(routeInPortal('/siae', '/siae')).toBe('/');
  });

  it('leaves the links of another portal alone', () => {
    expect(routeInPortal('/agence/demandes/r1', '/siae')).toBeNull();
    expect(routeInPortal('/siaexyz/a', '/siae')).toBeNull();
  });

  it('works without a base (a portal served at the root in development)', () => {
    expect(routeInPortal('/siae/prescriptions/p1', '')).toBe('/siae/prescriptions/p1');
  });
});

import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { cooperationPaths, cooperationRoutes } from './paths.ts';

describe('paths of the conventions screens', () => {
  const id = '0f6d3c1e-5b7a-4c1d-9e2f-3a4b5c6d7e8f';

  it('builds links that their route matches back to the same id', () => {
    for (const screen of ['siae', 'newAgreement'] as const) {
      expect(matchPath(`/${cooperationRoutes[screen]}`, cooperationPaths[screen](id))?.params.siaeId).toBe(id);
    }
    for (const screen of ['agreement', 'editAgreement'] as const) {
      expect(matchPath(`/${cooperationRoutes[screen]}`, cooperationPaths[screen](id))?.params.agreementId).toBe(id);
    }
  });

  it('keeps an id with a slash in one segment', () => {
    expect(cooperationPaths.agreement('a/b')).toBe('/conventions/a%2Fb');
  });
});

import { describe, expect, it } from 'vitest';
import { matchPath } from 'react-router';
import { siaePath, siaeRoute } from './paths.ts';

describe('SIAE page path', () => {
  it('builds a path that the route matches back to the same id', () => {
    const id = '0f6d3c1e-5b7a-4c1d-9e2f-3a4b5c6d7e8f';
    expect(siaePath(id)).toBe(`/structures/${id}`);
    expect(matchPath(`/${siaeRoute}`, siaePath(id))?.params.siaeId).toBe(id);
  });

  it('keeps an id with a slash in one path segment', () => {
    expect(siaePath('a/b')).toBe('/structures/a%2Fb');
  });
});

import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths, routes } from './paths.ts';

describe('paths of the parcours screens', () => {
  const id = '0f6d3c1e-5b7a-4c1d-9e2f-3a4b5c6d7e8f';

  it('builds links that their route matches back to the same id', () => {
    expect(matchPath(`/${routes.prescription}`, paths.prescription(id))?.params.prescriptionId).toBe(id);
    for (const form of [
      'employee',
      'contract',
      'suspension',
      'prolongation',
      'renewal',
      'interview',
      'exit',
      'training',
      'immersion',
      'serviceUse',
      'poe',
    ] as const) {
      expect(matchPath(`/${routes[form]}`, paths[form](id))?.params.approvalId).toBe(id);
    }
    expect(matchPath(`/${routes.extension}`, paths.extension)).not.toBeNull();
    expect(matchPath(`/${routes.appeal}`, paths.appeal(id))?.params.requestId).toBe(id);
    expect(matchPath(`/${routes.request}`, paths.request(id))?.params.requestId).toBe(id);
    for (const screen of ['agreement', 'editAgreement'] as const) {
      expect(matchPath(`/${routes[screen]}`, paths[screen](id))?.params.agreementId).toBe(id);
    }
  });

  it('keeps an id with a slash in one segment', () => {
    expect(paths.employee('a/b')).toBe('/salaries/a%2Fb');
  });
});

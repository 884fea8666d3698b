import { describe, expect, it } from 'vitest';
import { accessRefusedMessage, canUsePortal, PORTAL_APPS, type Role } from './portal-access.ts';

const roles: Role[] = ['PRESCRIBER', 'SIAE', 'AGENCY', 'STEERING', 'STATE', 'CDIAE', 'ADMIN'];
const allowed = (app: (typeof PORTAL_APPS)[number]) => roles.filter((role) => canUsePortal(app, role));

describe('which roles may use which portal', () => {
  it('opens each portal to its own roles only', () => {
    expect(allowed('portal-prescripteur')).toEqual(['PRESCRIBER']);
    expect(allowed('portal-siae')).toEqual(['SIAE']);
    expect(allowed('portal-agence')).toEqual(['AGENCY']);
    expect(allowed('console-pilotage')).toEqual(['STEERING', 'STATE', 'CDIAE', 'ADMIN']);
  });

  it('keeps administrators out of the portals of the parcours (the console only), and unknown roles out of all', () => {
    for (const app of PORTAL_APPS) {
      expect(canUsePortal(app, 'ADMIN')).toBe(app === 'console-pilotage');
      expect(canUsePortal(app, 'INCONNU')).toBe(false);
    }
  });

  it('says in French which space the account may not use', () => {
    expect(accessRefusedMessage('portal-siae')).toMatch(/^Ce compte n’a pas accès à l’espace SIAE/);
    expect(accessRefusedMessage('portal-agence')).toMatch(/^Ce compte n’a pas accès à l’espace agence Pôle emploi/);
    expect(accessRefusedMessage('portal-prescripteur')).toMatch(/^Ce compte n’a pas accès à l’espace prescripteur/);
    expect(accessRefusedMessage('console-pilotage')).toMatch(/^Ce compte n’a pas accès à la console de pilotage/);
  });
});

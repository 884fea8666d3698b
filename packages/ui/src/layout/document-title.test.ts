import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title.ts';

describe('documentTitle', () => {
  it('names the screen, then the portal, then the service', () => {
    expect(documentTitle('Annuaire des SIAE', 'Espace SIAE')).toBe('Annuaire des SIAE – Espace SIAE – Navette');
    expect(documentTitle('Accueil', '')).toBe('Accueil – Navette');
  });
});

import { describe, expect, it } from 'vitest';
import { errors } from './errors.js';

describe('the formation error catalogue', () => {
  const entries = Object.entries(errors.entries);

  it('gives every error a stable reason of its own, in SCREAMING_SNAKE_CASE', () => {
    const reasons = entries.map(([, entry]) => entry.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) expect(reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('speaks French to the user: a sentence, with its accents and typographic apostrophes', () => {
    for (const [name, entry] of entries) {
      const message = typeof entry.message === 'string' ? entry.message : entry.message('Le texte du domaine.');
      expect(message, name).toMatch(/^[A-ZÀ-Ý].*\.$/u);
      expect(message, name).not.toContain("'");
    }
    expect(errors.approvalNotFound().message).toBe('Agrément introuvable, ou vous n’y avez pas accès.');
  });

  it('raises the code and reason of its entry', () => {
    expect(errors.approvalNotHeld().extensions).toEqual({ code: 'FORBIDDEN', reason: 'APPROVAL_NOT_HELD' });
    expect(errors.activityOutsideParcours('La formation doit se dérouler pendant le parcours.').extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'ACTIVITY_OUTSIDE_PARCOURS',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { documentsOnTime } from './steering.js';

// accord, article 3: documents "transmis au plus tard 10 jours avant les dates fixées" (domain steeringDocumentsOnTime).
describe('documentsOnTime (accord, article 3)', () => {
  const today = '2026-11-23';
  it('sent: on time when 10 days or more before the meeting', () => {
    expect(documentsOnTime({ heldOn: '2026-06-20', documentsSentOn: '2026-06-10' }, today)).toBe(true);
    expect(documentsOnTime({ heldOn: '2026-06-20', documentsSentOn: '2026-06-11' }, today)).toBe(false);
  });
  it('not sent: still possible (null) until 10 days before, late (false) after', () => {
    expect(documentsOnTime({ heldOn: '2026-12-03', documentsSentOn: null }, today)).toBeNull();
    expect(documentsOnTime({ heldOn: '2026-12-02', documentsSentOn: null }, today)).toBe(false);
    expect(documentsOnTime({ heldOn: '2026-06-20', documentsSentOn: null }, today)).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The gateway will accept from this portal only the operations of its persisted-documents.json:
// the shared directory of @navette/ui must be in it, under the same hash as the UI sends.
const load = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>;
const portal = load(new URL('./generated/persisted-documents.json', import.meta.url));
const shared = load(new URL('../../../packages/ui/src/generated/persisted-documents.json', import.meta.url));

describe('persisted documents of the Espace prescripteur', () => {
  it("includes every shared operation of @navette/ui with the UI's own hash, but not the agences' and SIAE's own indicators", () => {
    for (const [hash, document] of Object.entries(shared)) {
      const ownIndicators = /(?:query|mutation) Own(?:Indicators|ApprovalStatistics)\b/.test(document);
      expect(portal[hash]).toBe(ownIndicators ? undefined : document);
    }
  });

  it('names every operation (one hash per named document, its fragments printed before it)', () => {
    for (const document of Object.values(portal)) {
      const operations = document.match(/(?:^|\} )(?:query|mutation) [A-Z]\w+/g) ?? [];
      expect(operations, document).toHaveLength(1);
      expect(document).not.toMatch(/(?:^|\} )(?:query|mutation) *\{/);
    }
  });
});

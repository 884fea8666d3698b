import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The gateway will accept from this portal only the operations of its persisted-documents.json:
// the shared directory of @navette/ui must be in it, under the same hash as the UI sends.
const load = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>;
const portal = load(new URL('./generated/persisted-documents.json', import.meta.url));
const shared = load(new URL('../../../packages/ui/src/generated/persisted-documents.json', import.meta.url));

// The operations of @navette/ui's prescribing screens (packages/ui/src/features/prescribing), left out of this portal.
const prescribingOperations = [
  ...readFileSync(
    new URL('../../../packages/ui/src/features/prescribing/prescribing.graphql', import.meta.url),
    'utf8',
  ).matchAll(/^(?:query|mutation) (\w+)/gm),
].map((match) => match[1]!);

describe('persisted documents of the Espace SIAE', () => {
  it("includes every shared operation of @navette/ui with the UI's own hash, but not the prescribing screens' (prescripteurs and agences)", () => {
    expect(prescribingOperations).toContain('RecordPerson');
    for (const [hash, document] of Object.entries(shared)) {
      const prescribing = prescribingOperations.some((name) =>
        new RegExp(`(?:^|\\} )(?:query|mutation) ${name}\\b`).test(document),
      );
      expect(portal[hash], document).toBe(prescribing ? undefined : document);
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

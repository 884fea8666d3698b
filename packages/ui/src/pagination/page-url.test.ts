import { describe, expect, it } from 'vitest';
import { firstPage, isCursor, nextPage, pageParamNames, pagesFromUrl, pagesToUrl } from './cursor-pages.ts';
import { flagCodec, searchCodec } from './use-list-params.ts';

const names = pageParamNames();
const url = (search: string) => new URLSearchParams(search);
const c1 = 'eyJrIjpbIkEiLCIxIl19';
const c2 = 'eyJrIjpbIkIiLCIyIl19';

describe('pages in the URL (issue 14 §5)', () => {
  it('writes page 2 and its cursor, keeps the other parameters, and page 1 as no parameter at all', () => {
    const p2 = nextPage(firstPage, c1);
    expect(pagesToUrl(url('recherche=dupont&type=EI'), names, p2).toString()).toBe(
      `recherche=dupont&type=EI&page=2&apres=${c1}`,
    );
    expect(pagesToUrl(url(`recherche=x&page=2&apres=${c1}`), names, firstPage).toString()).toBe('recherche=x');
    expect(pageParamNames('conventions')).toEqual({ page: 'conventions-page', after: 'conventions-apres' });
  });

  it('reads back the page and, from the history entry, the cursors before it', () => {
    const state = { key: 'k', afters: [null, c1, c2] };
    const read = pagesFromUrl(url(`page=3&apres=${c2}`), names, state, 'k');
    expect(read).toEqual({ pages: { afters: [null, c1, c2], index: 2 }, complete: true });
  });

  it('opens a shared link on its page without the earlier cursors ("Page précédente" leads to page 1)', () => {
    const read = pagesFromUrl(url(`page=3&apres=${c2}`), names, undefined, 'k');
    expect(read.pages.index).toBe(2);
    expect(read.pages.afters[2]).toBe(c2);
    expect(read.complete).toBe(false);
  });

  it('falls back on page 1 for anything forged, never throws', () => {
    const forged = [
      '',
      'page=2',
      `apres=${c1}`,
      `page=1&apres=${c1}`,
      `page=0&apres=${c1}`,
      `page=-2&apres=${c1}`,
      `page=2.5&apres=${c1}`,
      `page=abc&apres=${c1}`,
      `page=99999999999&apres=${c1}`,
      `page=2&apres=${encodeURIComponent('<script>alert(1)</script>')}`,
      `page=2&apres=${encodeURIComponent("' OR 1=1 --")}`,
      `page=2&apres=${'A'.repeat(2001)}`,
      `page=2&apres=`,
      '%%%',
    ];
    for (const search of forged) {
      expect(pagesFromUrl(url(search), names, { afters: 'nope' }, 'k').pages, search).toBe(firstPage);
    }
  });

  it('ignores a forged history state and pages kept for other filters', () => {
    const search = url(`page=2&apres=${c1}`);
    expect(pagesFromUrl(search, names, { key: 'old', afters: [null, c1] }, 'new').pages).toBe(firstPage);
    for (const state of [null, 42, 'x', { key: 'k', afters: [c1, c1] }, { key: 'k', afters: [null, '<x>'] }]) {
      expect(pagesFromUrl(search, names, state, 'k').pages.index).toBe(1);
    }
  });

  it('accepts as a cursor only what the API could have written', () => {
    expect(isCursor(c1)).toBe(true);
    expect(isCursor('a b')).toBe(false);
    expect(isCursor('')).toBe(false);
    expect(isCursor(null)).toBe(false);
  });
});

describe('list filters in the URL', () => {
  it('reads a search trimmed and bounded, writes nothing for an empty one', () => {
    const codec = searchCodec();
    expect(codec.read(url('recherche=%20%20Jean%20%20Dupont%20'))).toBe('Jean Dupont');
    expect(codec.read(url(`recherche=${'x'.repeat(500)}`))).toHaveLength(200);
    expect(codec.read(url(''))).toBe('');
    expect(codec.write('  ').toString()).toBe('');
  });

  it('reads a flag as 1 or 0 only, the default otherwise', () => {
    const codec = flagCodec('en-attente', true);
    expect(codec.read(url('en-attente=0'))).toBe(false);
    expect(codec.read(url('en-attente=1'))).toBe(true);
    expect(codec.read(url('en-attente=oui'))).toBe(true);
    expect(codec.write(true).toString()).toBe('');
    expect(codec.write(false).toString()).toBe('en-attente=0');
  });
});

import { describe, expect, it } from 'vitest';
import { currentAfter, firstPage, nextPage, pageCount, pageNumber, pageRange, previousPage } from './cursor-pages.ts';

describe('cursor pages', () => {
  it('starts on page 1 with no cursor', () => {
    expect(currentAfter(firstPage)).toBeNull();
    expect(pageNumber(firstPage)).toBe(1);
  });

  it('goes forward with the end cursor and back to the cursor that opened the previous page', () => {
    const p2 = nextPage(firstPage, 'c20');
    const p3 = nextPage(p2, 'c40');
    expect([pageNumber(p3), currentAfter(p3)]).toEqual([3, 'c40']);
    const back = previousPage(p3);
    expect([pageNumber(back), currentAfter(back)]).toEqual([2, 'c20']);
    expect(currentAfter(previousPage(back))).toBeNull();
    expect(previousPage(firstPage)).toBe(firstPage);
  });

  it('forgets the pages after the current one when going forward again', () => {
    const p3 = nextPage(nextPage(firstPage, 'c20'), 'c40');
    const again = nextPage(previousPage(p3), 'other');
    expect(again.afters).toEqual([null, 'c20', 'other']);
  });

  it('stays put without an end cursor', () => {
    expect(nextPage(firstPage, null)).toBe(firstPage);
  });

  it('counts pages and shows the range of the current one', () => {
    expect(pageCount(42, 20)).toBe(3);
    expect(pageCount(0, 20)).toBe(1);
    expect(pageRange(nextPage(firstPage, 'c20'), 20, 20)).toEqual({ from: 21, to: 40 });
    expect(pageRange(firstPage, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});

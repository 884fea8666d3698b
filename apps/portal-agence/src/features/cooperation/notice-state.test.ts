import { describe, expect, it } from 'vitest';
import { noticeOf, noticeState } from './notice-state.ts';

describe('notice in the history state', () => {
  it('reads back the notice it carried', () => {
    const notice = { severity: 'success' as const, title: 'Projet enregistré', description: 'Signez-le.' };
    expect(noticeOf(noticeState(notice))).toEqual(notice);
  });

  it('ignores any other state', () => {
    expect(noticeOf(null)).toBeNull();
    expect(noticeOf({ notice: { title: 1 } })).toBeNull();
    expect(noticeOf({ flash: 'x' })).toBeNull();
  });
});

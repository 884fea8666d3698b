// The outcome of a form carried to the next screen in the history state ("Projet enregistré"), so that a reload or a
// later visit of the same page does not show it again.
import type { Notice } from '../../forms/FormNotice.tsx';

export interface NoticeState {
  notice?: Omit<Notice, 'id'>;
}

export function noticeState(notice: Omit<Notice, 'id'>): NoticeState {
  return { notice };
}

export function noticeOf(state: unknown): Omit<Notice, 'id'> | null {
  const notice = (state as NoticeState | null)?.notice;
  return notice && typeof notice.title === 'string' && typeof notice.description === 'string' ? notice : null;
}

import { useState } from 'react';
import type { Notice } from '../../forms/FormNotice.tsx';

/** The outcome of a form (see FormNotice), with a new id each time so that the same message is focused again. */
export function useNotice(initial: Omit<Notice, 'id'> | null = null) {
  const [notice, setNotice] = useState<Notice | null>(initial && { ...initial, id: 0 });
  return [
    notice,
    (next: Omit<Notice, 'id'> | null) => setNotice(next && { ...next, id: Date.now() + Math.random() }),
  ] as const;
}

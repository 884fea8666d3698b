import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';

export interface Notice {
  severity: 'success' | 'error' | 'warning' | 'info';
  title: string;
  description: string;
  /** Changes with every new notice, so that the same message shown twice is focused again. */
  id: number;
}

/**
 * The outcome of a submission (saved, or why not), next to its form, focused when it appears so that keyboard and
 * screen reader users hear it (RGAA 7.5).
 */
export function FormNotice({ notice }: { notice: Notice | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = notice?.id;
  useEffect(() => {
    if (id !== undefined) ref.current?.focus();
  }, [id]);
  if (!notice) return null;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" data-testid="form-notice">
      <Alert
        severity={notice.severity}
        as="h3"
        title={notice.title}
        description={notice.description}
        role={notice.severity === 'error' || notice.severity === 'warning' ? 'alert' : 'status'}
      />
    </div>
  );
}

import { Table, type TableProps } from '@codegouvfr/react-dsfr/Table';
import { useEffect, useRef } from 'react';

/**
 * A DSFR table whose frame scrolls sideways on narrow screens, reachable with the keyboard (axe
 * `scrollable-region-focusable`, RGAA 7.3): the frame is a focusable region named by the table's caption.
 */
export function ScrollableTable(props: TableProps & { caption: string }) {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    element.tabIndex = 0;
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', props.caption);
  }, [props.caption]);
  return <Table ref={frame} {...props} />;
}

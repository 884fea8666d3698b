import { copy } from '../../copy.ts';
import { formatShortDate } from '@navette/ui';

/** "du 01/12/2026 au 30/11/2027", or "à partir du 01/12/2026, sans date de fin". */
export function agreementPeriod(agreement: { startOn: string; endOn?: string | null }): string {
  return copy.cooperation.period(
    formatShortDate(agreement.startOn),
    agreement.endOn ? formatShortDate(agreement.endOn) : null,
  );
}

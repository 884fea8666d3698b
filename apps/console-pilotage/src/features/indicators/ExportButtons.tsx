import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { copy } from '../../copy.ts';
import { exportFileName, exportSheet } from './indicator-export.ts';
import type { IndicatorFilters } from './indicator-filters.ts';
import type { IndicatorTable } from './indicator-table.ts';
import { downloadCsv, downloadXlsx } from './download.ts';

const t = copy.indicators;

/** Downloads of an indicator's table as shown (CSV, XLSX), made in the browser from the figures already loaded. */
export function ExportButtons({
  label,
  table,
  filters,
  today,
}: {
  label: string;
  table: IndicatorTable;
  filters: IndicatorFilters;
  today: string;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = async (format: 'csv' | 'xlsx') => {
    setFailed(false);
    setBusy(true);
    try {
      const sheet = exportSheet(table);
      const fileName = exportFileName({ label }, filters, today, format);
      if (format === 'csv') downloadCsv(sheet, fileName);
      else await downloadXlsx(sheet, fileName);
    } catch (error) {
      console.error('[navette]', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mt-2w">
        <li>
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-download-line"
            disabled={busy}
            onClick={() => void run('csv')}
          >
            {t.exportCsv}
            <span className="fr-sr-only">{t.exportOf(label)}</span>
          </Button>
        </li>
        <li>
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-download-line"
            disabled={busy}
            onClick={() => void run('xlsx')}
          >
            {t.exportXlsx}
            <span className="fr-sr-only">{t.exportOf(label)}</span>
          </Button>
        </li>
      </ul>
      {failed && <Alert severity="error" small role="alert" description={t.exportFailed} />}
    </>
  );
}

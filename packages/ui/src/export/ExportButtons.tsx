import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { copy } from '../copy.tsx';
import { todayInFrance } from '../format/dates.ts';
import { downloadCsv, downloadXlsx } from './download.ts';
import { EXPORT_MAX_ROWS, ExportTooLargeError } from './fetch-all-pages.ts';
import { exportFileName, exportSheet, type ExportColumn } from './table-export.ts';

const t = copy.exports;

export interface ExportButtonsProps<Row> {
  /** What is exported, read after the button's text by screen readers ("la liste des salariés"). */
  label: string;
  /** The file's name before the day and the extension ("salaries"). */
  fileName: string;
  /** The XLSX sheet's name (31 characters at most). */
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
  /** Every row of the filtered list (all its pages: fetchAllPages), asked when a button is pressed. */
  loadRows: () => Promise<Row[]>;
}

/** "Télécharger en CSV / XLSX" for a list: the whole filtered list, asked of the API when pressed (issue 14). */
export function ExportButtons<Row>({ label, fileName, sheetName, columns, loadRows }: ExportButtonsProps<Row>) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setStatus(null);
    setBusy(true);
    try {
      const rows = await loadRows();
      const sheet = exportSheet(columns, rows);
      const name = exportFileName(fileName, todayInFrance(), format);
      if (format === 'csv') downloadCsv(sheet, name);
      else await downloadXlsx(sheet, name, sheetName);
      setStatus({ ok: true, message: t.done(rows.length, format.toUpperCase()) });
    } catch (error) {
      console.error('[navette]', error);
      setStatus({ ok: false, message: error instanceof ExportTooLargeError ? t.tooLarge(EXPORT_MAX_ROWS) : t.failed });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="fr-mb-2w" data-testid="export-buttons">
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mb-0">
        {(['csv', 'xlsx'] as const).map((format) => (
          <li key={format}>
            <Button
              type="button"
              priority="tertiary"
              size="small"
              iconId="fr-icon-download-line"
              disabled={busy}
              onClick={() => void run(format)}
            >
              {format === 'csv' ? t.csv : t.xlsx}
              <span className="fr-sr-only">{t.of(label)}</span>
            </Button>
          </li>
        ))}
      </ul>
      <p className="fr-hint-text fr-mb-0">{t.hint}</p>
      <p className="fr-sr-only" aria-live="polite">
        {busy ? t.preparing : status?.ok ? status.message : ''}
      </p>
      {status && !status.ok && <Alert severity="error" small role="alert" description={status.message} />}
    </div>
  );
}

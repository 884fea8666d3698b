import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link } from 'react-router';
import { copy } from '../../copy.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ExportPersonRecordDocument } from '../../generated/graphql.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { downloadBytes } from '../../pdf/download.ts';
import {
  personRecordFileName,
  personRecordName,
  personRecordSections,
  type PersonRecordJson,
} from './person-record.ts';

const t = copy.personRecord;

/**
 * « Dossier de la personne » (issue 19 §4, RGPD art. 15): the prescripteur or the SIAE that follows a person produces,
 * on the person's request, everything Navette holds about them — as a page, a PDF drawn in the browser from the same
 * answer (render-pdf.ts, pdf-lib loaded on demand) and the JSON. Producing it is an act the server audits (who, for
 * whom), so it waits for the button; the PDF and the JSON are made from that one answer, with no second call.
 */
export function PersonRecordScreen({ personId, back }: { personId: string; back: { label: string; to: string } }) {
  useDocumentTitle(t.title);
  const [produce, { data, loading, error }] = useMutation(ExportPersonRecordDocument);
  const produced = data?.exportPersonRecord;
  const record = produced ? (JSON.parse(produced.json) as PersonRecordJson) : null;

  const [pdfState, setPdfState] = useState<'idle' | 'drawing' | 'failed'>('idle');

  function downloadJson() {
    if (!produced || !record) return;
    downloadBytes(produced.json, personRecordFileName(record), 'application/json');
  }

  async function downloadPdf() {
    if (!record) return;
    setPdfState('drawing');
    try {
      const { renderPersonRecordPdf, personRecordPdfFileName } = await import('./render-pdf.ts');
      downloadBytes(await renderPersonRecordPdf(record), personRecordPdfFileName(record), 'application/pdf');
      setPdfState('idle');
    } catch (failure) {
      console.error('[navette]', failure instanceof Error ? failure.message : 'person record PDF failed');
      setPdfState('failed');
    }
  }

  return (
    <>
      <p className="fr-no-print">
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={back.to}>
          {back.label}
        </Link>
      </p>
      <h1>{record ? t.heading(personRecordName(record)) : t.title}</h1>
      {!record && (
        <div className="fr-no-print">
          <p>{t.intro}</p>
          <p className="fr-text--sm">{t.audited}</p>
          <ApiErrorAlert error={error} title={t.failed} headingLevel="h2" />
          <Button
            iconId="fr-icon-file-text-line"
            onClick={() => void produce({ variables: { personId } }).catch(() => undefined)}
            disabled={loading}
          >
            {loading ? t.producing : t.produce}
          </Button>
        </div>
      )}
      {record && (
        <>
          <p data-testid="person-record-produced">{t.producedAt(formatDateTime(record.exportedAt))}</p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-no-print" aria-label={t.actions}>
            <li>
              <Button
                iconId="fr-icon-download-line"
                onClick={() => void downloadPdf()}
                disabled={pdfState === 'drawing'}
              >
                {t.downloadPdf}
              </Button>
            </li>
            <li>
              <Button iconId="fr-icon-download-line" priority="secondary" onClick={downloadJson}>
                {t.downloadJson}
              </Button>
            </li>
            <li>
              <Button iconId="fr-icon-printer-line" priority="tertiary" onClick={() => window.print()}>
                {t.print}
              </Button>
            </li>
          </ul>
          {pdfState === 'failed' && <Alert severity="error" small description={t.pdfFailed} className="fr-mb-3w" />}
          {personRecordSections(record).map((section) => (
            <section key={section.key} aria-labelledby={`dossier-${section.key}`} className="fr-mt-4w">
              <h2 id={`dossier-${section.key}`} className="fr-h4">
                {section.title} ({section.rows.length})
              </h2>
              {section.rows.map((fields, index) => (
                <dl
                  key={index}
                  className="fr-mb-3w fr-pl-2w"
                  style={{ borderLeft: '2px solid var(--border-default-grey)' }}
                >
                  {fields.map((field) => (
                    <div key={field.label}>
                      <dt className="fr-text--bold fr-text--sm fr-mb-0">{field.label}</dt>
                      <dd className="fr-text--sm fr-mb-1w fr-ml-0">{field.value}</dd>
                    </div>
                  ))}
                </dl>
              ))}
            </section>
          ))}
          <section aria-labelledby="dossier-lecteurs" className="fr-mt-4w">
            <h2 id="dossier-lecteurs" className="fr-h4">
              {t.readers}
            </h2>
            {record.readers.length === 0 ? (
              <p>{t.noReader}</p>
            ) : (
              <ul>
                {record.readers.map((reader) => (
                  <li key={reader.organisationId ?? 'system'}>
                    {t.reader(
                      reader.organisationName ?? t.unknownOrganisation,
                      reader.reads,
                      formatDateTime(reader.firstReadAt),
                      formatDateTime(reader.lastReadAt),
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

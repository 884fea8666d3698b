import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { copy } from '../../copy.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ExportPersonRecordDocument } from '../../generated/graphql.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import {
  personRecordFileName,
  personRecordName,
  personRecordSections,
  type PersonRecordJson,
} from './person-record.ts';

const t = copy.personRecord;

/**
 * « Dossier de la personne » (issue 19 §4, RGPD art. 15): the prescripteur or the SIAE that follows a person produces,
 * on the person's request, everything Navette holds about them — as a page to print or save as PDF (the browser's
 * print), and as JSON. Producing it is an act the server audits (who, for whom), so it waits for the button.
 */
export function PersonRecordScreen({ personId, back }: { personId: string; back: { label: string; to: string } }) {
  useDocumentTitle(t.title);
  const [produce, { data, loading, error }] = useMutation(ExportPersonRecordDocument);
  const produced = data?.exportPersonRecord;
  const record = produced ? (JSON.parse(produced.json) as PersonRecordJson) : null;

  function downloadJson() {
    if (!produced || !record) return;
    const url = URL.createObjectURL(new Blob([produced.json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = personRecordFileName(record);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
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
              <Button iconId="fr-icon-printer-line" onClick={() => window.print()}>
                {t.print}
              </Button>
            </li>
            <li>
              <Button iconId="fr-icon-download-line" priority="secondary" onClick={downloadJson}>
                {t.downloadJson}
              </Button>
            </li>
          </ul>
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

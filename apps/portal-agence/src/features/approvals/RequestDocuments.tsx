import { useApolloClient } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { copy } from '../../copy.ts';
import { formatDateTime } from '@navette/ui';
import { FormNotice } from '../../forms/FormNotice.tsx';
import {
  ApprovalRequestDocumentContentsDocument,
  type ApprovalRequestDetailFragment,
} from '../../generated/graphql.ts';
import { useNotice } from '../cooperation/use-notice.ts';
import { documentContent, documentTypeLabel, formatFileSize, saveFile } from './request-documents.ts';

const t = copy.request.documents;
type RequestDocument = ApprovalRequestDetailFragment['documents'][number];

/**
 * The supporting documents the SIAE joined to its request (annexe 4 §2.2.2: "demande écrite complète"). Their content
 * is asked for only when the agent clicks one, then saved under its name and type.
 */
export function RequestDocuments({
  requestId,
  documents,
}: {
  requestId: string;
  documents: readonly RequestDocument[];
}) {
  const client = useApolloClient();
  const [downloading, setDownloading] = useState<string | null>(null);
  const [notice, setNotice] = useNotice();

  async function download(document: RequestDocument) {
    setDownloading(document.id);
    setNotice(null);
    try {
      const { data } = await client.query({
        query: ApprovalRequestDocumentContentsDocument,
        variables: { id: requestId },
        // Up to 10 documents of 5 Mo: never kept in the cache.
        fetchPolicy: 'no-cache',
      });
      const bytes = documentContent(data?.approvalRequest?.documents ?? [], document.id);
      saveFile(bytes, document.fileName, document.contentType);
    } catch (error) {
      console.error('[navette] request document', error);
      setNotice({ severity: 'error', title: t.failedTitle, description: t.failed });
    } finally {
      setDownloading(null);
    }
  }

  const c = t.columns;
  return (
    <section aria-labelledby="pieces-titre" className="fr-mt-4w">
      <h2 id="pieces-titre" className="fr-h4">
        {t.title}
      </h2>
      {documents.length === 0 ? (
        <p data-testid="request-documents">{t.none}</p>
      ) : (
        <>
          <p className="fr-text--sm">{t.intro}</p>
          <FormNotice notice={notice} />
          <div data-testid="request-documents">
            <Table
              caption={t.caption}
              noCaption
              headers={[c.name, c.type, c.size, c.uploadedAt]}
              data={documents.map((document) => [
                <span key="name">
                  <Button
                    type="button"
                    priority="tertiary no outline"
                    size="small"
                    iconId="fr-icon-download-line"
                    disabled={downloading !== null}
                    nativeButtonProps={{ 'aria-label': t.download(document.fileName) }}
                    onClick={() => void download(document)}
                  >
                    {document.fileName}
                  </Button>
                  {downloading === document.id && (
                    <span className="fr-text--sm" role="status">
                      {t.downloading}
                    </span>
                  )}
                </span>,
                documentTypeLabel(document.contentType),
                formatFileSize(document.size),
                <time key="at" dateTime={document.uploadedAt}>
                  {formatDateTime(document.uploadedAt)}
                </time>,
              ])}
            />
          </div>
        </>
      )}
    </section>
  );
}

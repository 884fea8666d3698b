import { Table } from '@codegouvfr/react-dsfr/Table';
import { copy } from '../../copy.ts';
import type { RequestDocumentFieldsFragment } from '../../generated/graphql.ts';
import { documentTypeLabel, formatFileSize } from './document-files.ts';
import { formatDateTime } from '@navette/ui';

const t = copy.documents;

/** The supporting documents filed with a request: name, type, size, when. */
export function DocumentsTable({ documents }: { documents: readonly RequestDocumentFieldsFragment[] }) {
  if (documents.length === 0) return <p data-testid="request-documents">{t.none}</p>;
  return (
    <div data-testid="request-documents">
      <Table
        caption={t.caption}
        noCaption
        headers={[t.columns.name, t.columns.type, t.columns.size, t.columns.uploadedAt]}
        data={documents.map((document) => [
          document.fileName,
          documentTypeLabel(document.contentType),
          formatFileSize(document.size),
          <time key="at" dateTime={document.uploadedAt}>
            {formatDateTime(document.uploadedAt)}
          </time>,
        ])}
      />
    </div>
  );
}

import { Button } from '@codegouvfr/react-dsfr/Button';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import type { ChangeEvent } from 'react';
import { copy } from '../../copy.ts';
import {
  DOCUMENT_ACCEPT,
  addPickedFiles,
  documentContentType,
  documentTypeLabel,
  formatFileSize,
} from './document-files.ts';

const t = copy.documents;

/**
 * The DSFR file upload of a demande d'agrément's supporting documents. Each pick adds to the files already chosen
 * (several picks, several files each), listed below with a button to take one out; the files stay chosen when the API
 * refuses the form. The input's `id` is what the error summary links to.
 */
export function DocumentsField({
  id,
  files,
  onChange,
  error,
  optional = false,
  disabled = false,
}: {
  id: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
  error?: string | undefined;
  optional?: boolean;
  disabled?: boolean;
}) {
  const listId = `${id}-choisis`;

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    // Emptied so that the same file can be picked again after being taken out.
    event.target.value = '';
    if (picked.length > 0) onChange(addPickedFiles(files, picked));
  }

  return (
    <div className="fr-mb-3w" data-testid="documents-field">
      <Upload
        label={optional ? `${t.label} ${t.optional}` : t.label}
        hint={t.hint}
        multiple
        disabled={disabled}
        {...(error ? { state: 'error' as const, stateRelatedMessage: error } : {})}
        nativeInputProps={{
          id,
          name: id,
          accept: DOCUMENT_ACCEPT,
          onChange: onPick,
          'aria-describedby': listId,
        }}
      />
      <p id={listId} className="fr-text--sm fr-mt-1w fr-mb-1w" role="status" aria-live="polite">
        {t.chosen(files.length)}
      </p>
      {files.length > 0 && (
        <ul aria-label={t.chosenLabel} data-testid="documents-chosen">
          {files.map((file, index) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`} className="fr-mb-1w">
              {t.chosenItem(file.name, documentTypeLabel(documentContentType(file)) || '?', formatFileSize(file.size))}{' '}
              <Button
                type="button"
                priority="tertiary no outline"
                size="small"
                iconId="fr-icon-close-line"
                nativeButtonProps={{ 'aria-label': t.removeLabel(file.name) }}
                disabled={disabled}
                onClick={() => onChange(files.filter((_, i) => i !== index))}
              >
                {t.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { todayInFrance } from '@navette/ui';
import { useState } from 'react';
import { copy } from '../../copy.ts';
import { skillsDocumentContent, skillsDocumentFileName, type SkillsDocumentSource } from './skills-document.ts';

const t = copy.employee;

/**
 * Generates the document de compétences in the browser and saves it. pdf-lib is loaded only when asked for, so the
 * portal's first load does not carry it.
 */
export function SkillsDocumentButton({ source }: { source: SkillsDocumentSource }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function generate() {
    setBusy(true);
    setFailed(false);
    try {
      const [{ renderSkillsDocumentPdf }, { downloadFile }] = await Promise.all([
        import('./render-pdf.ts'),
        import('./download.ts'),
      ]);
      const pdf = await renderSkillsDocumentPdf(skillsDocumentContent(source, todayInFrance()), {
        author: source.siae.name,
      });
      downloadFile(pdf, skillsDocumentFileName(source.person, source.exit.exitOn), 'application/pdf');
    } catch (error) {
      console.error('[navette] skills document', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button iconId="fr-icon-download-line" onClick={() => void generate()} disabled={busy}>
        {busy ? t.downloading : t.download}
      </Button>
      <p className="fr-text--xs fr-mt-1w">{t.downloadDetail}</p>
      {failed && <Alert severity="error" small description={t.downloadFailed} role="alert" className="fr-mt-2w" />}
    </>
  );
}

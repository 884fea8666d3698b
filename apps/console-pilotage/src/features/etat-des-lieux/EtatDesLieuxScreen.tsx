import { useApolloClient } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ApiErrorAlert, todayInFrance, useDocumentTitle } from '@navette/ui';
import { useState } from 'react';
import { copy } from '../../copy.ts';
import {
  AccordDocument,
  IndicatorsDocument,
  SteeringMeetingsDocument,
  WorkingGroupsDocument,
} from '../../generated/graphql.ts';

const t = copy.etatDesLieux;

/**
 * The état des lieux annuel of fiche 1, exported as a PDF: the documents the other screens already send (indicators,
 * accord, comité, working groups) asked for the year, assembled and drawn in the browser.
 */
export function EtatDesLieuxScreen() {
  useDocumentTitle(t.title);
  const client = useApolloClient();
  const today = todayInFrance();
  const [year, setYear] = useState(today.slice(0, 4));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const validYear = /^\d{4}$/.test(year) && Number(year) >= 2016 && year <= today.slice(0, 4);

  const download = async () => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const y = Number(year);
      const [
        indicators,
        accord,
        meetings,
        groups,
        { etatDesLieuxContent },
        { renderEtatDesLieuxPdf },
        { downloadBytes },
      ] = await Promise.all([
        client.query({
          query: IndicatorsDocument,
          variables: { filter: { from: `${y}-01-01`, to: `${y}-12-31` } },
          fetchPolicy: 'no-cache',
        }),
        client.query({ query: AccordDocument, fetchPolicy: 'network-only' }),
        client.query({ query: SteeringMeetingsDocument, variables: { year: y }, fetchPolicy: 'network-only' }),
        client.query({ query: WorkingGroupsDocument, fetchPolicy: 'network-only' }),
        import('./etat-des-lieux.ts'),
        import('./render-pdf.ts'),
        import('@navette/ui/pdf'),
      ]);
      const content = etatDesLieuxContent({
        year: y,
        today,
        accord: accord.data!.accord,
        indicators: indicators.data!.indicators,
        meetings: meetings.data!.steeringMeetings,
        workingGroups: groups.data!.workingGroups,
      });
      downloadBytes(await renderEtatDesLieuxPdf(content), t.fileName(y), 'application/pdf');
      setDone(t.done(y));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <div role="status">{done && <p className="fr-text--sm">{done}</p>}</div>
      {error != null && <ApiErrorAlert error={error} title={t.errorTitle} headingLevel="h2" />}
      <Input
        label={t.year}
        state={validYear ? 'default' : 'error'}
        stateRelatedMessage={validYear ? undefined : t.yearError(today.slice(0, 4))}
        nativeInputProps={{
          id: 'etat-des-lieux-annee',
          inputMode: 'numeric',
          value: year,
          onChange: (e) => setYear(e.target.value),
        }}
      />
      <Button type="button" disabled={busy || !validYear} onClick={() => void download()}>
        {t.download(year)}
      </Button>
    </>
  );
}

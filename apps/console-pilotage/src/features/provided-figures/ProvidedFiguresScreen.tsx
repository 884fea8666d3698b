import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { PROVIDED_INDICATORS, indicatorById } from '@navette/domain';
import {
  ApiErrorAlert,
  EmptyState,
  ErrorState,
  Loading,
  SIAE_KINDS,
  todayInFrance,
  useDocumentTitle,
} from '@navette/ui';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import {
  ImportProvidedFiguresDocument,
  ProvidedFiguresDocument,
  RecordProvidedFigureDocument,
} from '../../generated/graphql.ts';
import { ProvidedFiguresTable } from '../indicators/ProvidedFiguresTable.tsx';
import { copy } from '../../copy.ts';

const t = copy.providedFigures;

interface Draft {
  indicatorId: string;
  departement: string;
  siaeKind: string;
  period: string;
  value: string;
  source: string;
  referenceDate: string;
}

const emptyDraft = (today: string): Draft => ({
  indicatorId: PROVIDED_INDICATORS[0]!.id,
  departement: '',
  siaeKind: '',
  period: today.slice(0, 4),
  value: '',
  source: PROVIDED_INDICATORS[0]!.source,
  referenceDate: today,
});

/** The lines in error of a refused import (`extensions.lines`), as the API numbered them. */
function linesOf(error: unknown): { line: number; message: string }[] {
  const errors = (error as { errors?: { extensions?: { lines?: unknown } }[] } | null)?.errors ?? [];
  const lines = errors[0]?.extensions?.lines;
  return Array.isArray(lines) ? (lines as { line: number; message: string }[]) : [];
}

/**
 * Figures the platform does not hold (issue 18 §6; accord, annexe 1, "Fournisseurs des indicateurs"): the comité,
 * the État for its département and the administrators enter one figure or import a CSV file; the figures in force are
 * listed with their provenance. The rules (which indicator, cell, period, value, date) are the server's: its French
 * messages are shown as they come.
 */
export function ProvidedFiguresScreen() {
  useDocumentTitle(t.title);
  const today = todayInFrance();
  const { data, error, loading, refetch } = useQuery(ProvidedFiguresDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <section aria-labelledby="chiffres-en-vigueur" aria-busy={loading}>
        <h2 id="chiffres-en-vigueur">{t.listHeading}</h2>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : data.providedIndicatorFigures.length === 0 ? (
          <EmptyState message={t.empty} />
        ) : (
          <ProvidedFiguresTable
            caption={t.caption}
            testId="provided-figures"
            withIndicator
            unit={(figure) => indicatorById(figure.indicatorId ?? '')?.unit ?? 'COUNT'}
            figures={data.providedIndicatorFigures.map((f) => ({
              ...f,
              indicatorLabel: indicatorById(f.indicatorId)?.label ?? f.indicatorId,
            }))}
          />
        )}
      </section>
      <RecordFigureForm today={today} />
      <ImportForm />
    </>
  );
}

function RecordFigureForm({ today }: { today: string }) {
  const f = t.form;
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(today));
  const [apiError, setApiError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordProvidedFigureDocument, {
    refetchQueries: [ProvidedFiguresDocument],
    awaitRefetchQueries: true,
  });
  const indicator = indicatorById(draft.indicatorId)!;
  const set = (field: keyof Draft) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    setDone(null);
    try {
      const value = indicator.unit === 'YES_NO' ? Number(draft.value === '1') : Number(draft.value.replace(',', '.'));
      const result = await record({
        variables: {
          input: {
            indicatorId: draft.indicatorId,
            departement: draft.departement || null,
            siaeKind: (draft.siaeKind || null) as never,
            period: draft.period,
            value: draft.value.trim() === '' ? Number.NaN : value,
            source: draft.source,
            referenceDate: draft.referenceDate,
          },
        },
      });
      const saved = result.data?.recordProvidedIndicatorFigure;
      if (saved) setDone(f.success(saved.version));
    } catch (error) {
      setApiError(error);
    }
  };
  return (
    <section className="fr-mt-6w" aria-labelledby="saisir-chiffre">
      <h2 id="saisir-chiffre">{f.title}</h2>
      <p className="fr-hint-text">{f.hint}</p>
      <div role="status">{done && <Alert severity="success" small role={undefined} description={done} />}</div>
      <ApiErrorAlert error={apiError} title={f.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Select
          label={f.indicator}
          nativeSelectProps={{
            id: 'chiffre-indicateur',
            value: draft.indicatorId,
            onChange: (event) => {
              const next = indicatorById(event.target.value)!;
              setDraft((d) => ({ ...d, indicatorId: next.id, source: next.source, value: '' }));
            },
          }}
        >
          {PROVIDED_INDICATORS.map((i) => (
            <option key={i.id} value={i.id}>
              {`Fiche ${i.fiche} — ${i.label}`}
            </option>
          ))}
        </Select>
        {indicator.dimensions.includes('DEPARTEMENT') && (
          <Input
            label={f.departement}
            hintText={f.departementHint}
            nativeInputProps={{ id: 'chiffre-departement', value: draft.departement, onChange: set('departement') }}
          />
        )}
        {indicator.dimensions.includes('SIAE_KIND') && (
          <Select
            label={f.siaeKind}
            nativeSelectProps={{ id: 'chiffre-type', value: draft.siaeKind, onChange: set('siaeKind') }}
          >
            <option value="">{f.choose}</option>
            {SIAE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </Select>
        )}
        <Input
          label={f.period}
          hintText={f.periodHint}
          nativeInputProps={{ id: 'chiffre-periode', value: draft.period, onChange: set('period') }}
        />
        {indicator.unit === 'YES_NO' ? (
          <Select
            label={f.value}
            nativeSelectProps={{ id: 'chiffre-valeur', value: draft.value, onChange: set('value') }}
          >
            <option value="">{f.choose}</option>
            <option value="1">{copy.indicators.yes}</option>
            <option value="0">{copy.indicators.no}</option>
          </Select>
        ) : (
          <Input
            label={f.value}
            hintText={f.valueHint[indicator.unit as 'COUNT' | 'PERCENT' | 'HOURS']}
            nativeInputProps={{
              id: 'chiffre-valeur',
              inputMode: 'decimal',
              value: draft.value,
              onChange: set('value'),
            }}
          />
        )}
        <Input
          label={f.source}
          nativeInputProps={{ id: 'chiffre-source', value: draft.source, onChange: set('source') }}
        />
        <Input
          label={f.referenceDate}
          hintText={f.referenceDateHint}
          nativeInputProps={{
            id: 'chiffre-date',
            type: 'date',
            max: today,
            value: draft.referenceDate,
            onChange: set('referenceDate'),
          }}
        />
        <Button type="submit" disabled={loading}>
          {f.submit}
        </Button>
      </form>
    </section>
  );
}

function ImportForm() {
  const f = t.importForm;
  const [csv, setCsv] = useState('');
  const [apiError, setApiError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [importFigures, { loading }] = useMutation(ImportProvidedFiguresDocument, {
    refetchQueries: [ProvidedFiguresDocument],
    awaitRefetchQueries: true,
  });
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    setDone(null);
    try {
      const result = await importFigures({ variables: { csv } });
      const summary = result.data?.importProvidedIndicatorFigures;
      if (summary) setDone(f.success(summary.recorded, summary.unchanged));
    } catch (error) {
      setApiError(error);
    }
  };
  const lines = linesOf(apiError);
  return (
    <section className="fr-mt-6w" aria-labelledby="importer-chiffres">
      <h2 id="importer-chiffres">{f.title}</h2>
      <p className="fr-hint-text">{f.hint}</p>
      <div role="status">{done && <Alert severity="success" small role={undefined} description={done} />}</div>
      <ApiErrorAlert error={apiError} title={f.apiErrorTitle} />
      {lines.length > 0 && (
        <ul data-testid="import-lines">
          {lines.map((l) => (
            <li key={l.line}>{f.line(l.line, l.message)}</li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="fr-upload-group fr-mb-3w">
          <label className="fr-label" htmlFor="chiffres-fichier">
            {f.file}
            <span className="fr-hint-text">{f.fileHint}</span>
          </label>
          <input
            className="fr-upload"
            type="file"
            id="chiffres-fichier"
            accept=".csv,text/csv"
            onChange={(event) => void onFile(event)}
          />
        </div>
        <Input
          label={f.text}
          textArea
          nativeTextAreaProps={{
            id: 'chiffres-csv',
            rows: 6,
            value: csv,
            onChange: (event) => setCsv(event.target.value),
          }}
        />
        <Button type="submit" disabled={loading || csv.trim() === ''}>
          {f.submit}
        </Button>
      </form>
    </section>
  );
}

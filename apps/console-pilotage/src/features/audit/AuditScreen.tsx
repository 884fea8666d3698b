import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  EmptyState,
  ErrorState,
  Loading,
  todayInFrance,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { AuditTrailDocument, type AuditTrailQuery } from '../../generated/graphql.ts';
import { downloadText } from './download-text.ts';
import { UnusualReadersPanel } from './UnusualReadersPanel.tsx';
import { auditCsv, type AuditRow } from './audit-export.ts';
import {
  AUDIT_ACTIONS,
  apiFilter,
  filterErrors,
  filtersFromSearchParams,
  searchParamsFromFilters,
  type AuditFilters,
} from './audit-filters.ts';

const t = copy.audit;
const PAGE_SIZE = 50;
const EXPORT_PAGES = 50; // × 100 events
const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

/** Who read or changed what, when, from which organisation and client (issue 19): filters, pages, CSV export. */
export function AuditScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const valid = Object.keys(filterErrors(filters)).length === 0;
  const filter = apiFilter(filters);
  const pager = useCursorPages(JSON.stringify(filter));
  const {
    data,
    error: queryError,
    refetch,
  } = useQuery(AuditTrailDocument, {
    variables: { first: PAGE_SIZE, after: pager.after ?? null, filter },
    skip: !valid,
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  const exportCsv = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const rows: AuditRow[] = [];
      let after: string | null = null;
      for (let page = 0; page < EXPORT_PAGES; page++) {
        const result: { data?: AuditTrailQuery | undefined } = await client.query({
          query: AuditTrailDocument,
          variables: { first: 100, after, filter },
          fetchPolicy: 'network-only',
        });
        const connection: AuditTrailQuery['auditEvents'] | undefined = result.data?.auditEvents;
        if (!connection) throw new Error('no audit page');
        rows.push(...connection.edges.map((e) => e.node));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor ?? null;
      }
      downloadText(auditCsv(rows), `journal-audit-${todayInFrance()}.csv`, 'text/csv;charset=utf-8');
    } catch (failure) {
      console.error('[navette]', failure instanceof Error ? failure.message : 'export failed');
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  // Apollo's CombinedGraphQLErrors carries the API's errors: FORBIDDEN for the comité de pilotage (DESIGN §4).
  const forbidden = ((error as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors ?? []).some(
    (e) => e.extensions?.code === 'FORBIDDEN',
  );
  let content;
  if (!valid) content = null;
  else if (forbidden) content = <Alert severity="info" small description={t.forbidden} />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) content = <Loading />;
  else if (data.auditEvents.edges.length === 0) content = <EmptyState message={t.empty} />;
  else
    content = (
      <>
        <Table
          caption={t.caption}
          bordered
          headers={[...t.columns]}
          data={data.auditEvents.edges.map(({ node }) => [
            dateTime.format(new Date(node.occurredAt)),
            node.action,
            node.subjectType ? `${node.subjectType} ${node.subjectId ?? ''}` : '',
            `${t.actorKinds[node.actorKind] ?? node.actorKind} ${node.actorId ?? ''}`,
            node.actorOrganisationId ?? '',
            node.client ?? '',
            (node.fieldsRead ?? []).join(', '),
          ])}
        />
        <nav className="fr-my-3w" aria-label={t.page(pager.page)}>
          <Button priority="tertiary" disabled={!pager.hasPrevious} onClick={pager.previous} className="fr-mr-2w">
            {t.previous}
          </Button>
          <span className="fr-mr-2w">{t.page(pager.page)}</span>
          <Button
            priority="tertiary"
            disabled={!data.auditEvents.pageInfo.hasNextPage}
            onClick={() => pager.next(data.auditEvents.pageInfo.endCursor)}
          >
            {t.next}
          </Button>
        </nav>
        <Button priority="secondary" disabled={exporting} onClick={() => void exportCsv()}>
          {t.exportCsv}
        </Button>
        {exportFailed ? <Alert severity="error" small description={t.exportFailed} className="fr-mt-2w" /> : null}
      </>
    );

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <AuditFilterForm
        key={searchParams.toString()}
        value={filters}
        onApply={(next) => setSearchParams(searchParamsFromFilters(next))}
      />
      {valid && !forbidden && <UnusualReadersPanel filters={filters} />}
      <h2 className="fr-h4">{t.eventsHeading}</h2>
      {content}
    </>
  );
}

function AuditFilterForm({ value, onApply }: { value: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const [draft, setDraft] = useState(value);
  const [submitted, setSubmitted] = useState(false);
  const errors = filterErrors(draft);
  const shown = submitted || Object.values(value).some((v) => v) ? errors : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length === 0) onApply(draft);
  };
  const field = (key: keyof AuditFilters, label: string, name: string) => (
    <div className="fr-col-12 fr-col-md-4">
      <Input
        label={label}
        state={shown[key] ? 'error' : 'default'}
        stateRelatedMessage={shown[key]}
        nativeInputProps={{ name, value: draft[key], onChange: (e) => setDraft({ ...draft, [key]: e.target.value }) }}
      />
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="fr-mb-4w" aria-label={t.filtersLabel} noValidate>
      <div className="fr-grid-row fr-grid-row--gutters">
        {field('person', t.person, 'personne')}
        {field('organisation', t.organisation, 'organisation')}
        {field('agent', t.agent, 'agent')}
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label={t.action}
            nativeSelectProps={{
              name: 'action',
              value: draft.action,
              onChange: (e) => setDraft({ ...draft, action: e.target.value }),
            }}
          >
            <option value="">{t.allActions}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </Select>
        </div>
        {field('from', t.from, 'du')}
        {field('to', t.to, 'au')}
      </div>
      <Button type="submit" priority="secondary" className="fr-mr-2w">
        {t.submit}
      </Button>
      <Button
        type="button"
        priority="tertiary"
        onClick={() => onApply({ person: '', organisation: '', agent: '', action: '', from: '', to: '' })}
      >
        {t.reset}
      </Button>
    </form>
  );
}

import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { ErrorState, Loading, todayInFrance, useCursorFallback, useCursorPages } from '@navette/ui';
import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import { UnusualReadersDocument } from '../../generated/graphql.ts';
import { searchParamsFromFilters, unusualReadsPeriod, type AuditFilters } from './audit-filters.ts';

const t = copy.audit.unusual;
const PAGE_SIZE = 20;
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/**
 * « Lectures inhabituelles » (issue 19 §2): the agents whose reads of people over the period were a burst or reached
 * people outside their organisation's usual flow — the rule is the server's (@navette/domain unusual-reads.ts), over
 * the events the caller may read. Each row links to the agent's reads in the journal below.
 */
export function UnusualReadersPanel({ filters }: { filters: AuditFilters }) {
  const period = unusualReadsPeriod(filters, todayInFrance());
  // Second list of the journal's screen: its page in `?lecteurs-page=…&lecteurs-apres=…` (issue 14 §5).
  const pager = useCursorPages(JSON.stringify(period), { prefix: 'lecteurs' });
  const {
    data,
    error: queryError,
    refetch,
  } = useQuery(UnusualReadersDocument, {
    variables: { ...period, first: PAGE_SIZE, after: pager.after ?? null },
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const apiErrors = (error as { errors?: { message: string; extensions?: { code?: unknown } }[] } | undefined)?.errors;
  const badInput = apiErrors?.find((e) => e.extensions?.code === 'BAD_USER_INPUT');

  // Not the caller's (the comité de pilotage): the screen says so once, above.
  if (apiErrors?.some((e) => e.extensions?.code === 'FORBIDDEN')) return null;
  let content;
  if (badInput) content = <Alert severity="warning" small description={badInput.message} />;
  else if (error && !data) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) content = <Loading />;
  else {
    const { unusualReaders: page } = data;
    content = (
      <>
        <p className="fr-text--sm">{t.rule(page.burstThreshold, page.burstWindowMinutes)}</p>
        {page.edges.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <Table
            caption={t.caption}
            bordered
            headers={[...t.columns]}
            data={page.edges.map(({ node }) => [
              `${copy.audit.actorKinds[node.actorKind] ?? node.actorKind} ${node.actorId ?? ''}`,
              node.actorOrganisationId ?? '',
              String(node.reads),
              String(node.people),
              t.peak(node.peakReadsInWindow, dateTime.format(new Date(node.peakAt))),
              String(node.peopleOutsideUsualFlow),
              <ul key="reasons" className="fr-badges-group">
                {node.reasons.map((reason) => (
                  <li key={reason}>
                    <Badge as="span" severity={reason === 'BURST' ? 'warning' : 'error'} small noIcon>
                      {t.reasons[reason] ?? reason}
                    </Badge>
                  </li>
                ))}
              </ul>,
              node.actorId ? (
                <Link
                  key="reads"
                  className="fr-link fr-text--sm"
                  to={`?${searchParamsFromFilters({
                    ...filters,
                    agent: node.actorId,
                    action: 'PERSON_READ',
                    from: filters.from,
                    to: filters.to,
                  }).toString()}`}
                >
                  {t.seeReads}
                </Link>
              ) : (
                ''
              ),
            ])}
          />
        )}
        {(pager.hasPrevious || page.pageInfo.hasNextPage) && (
          <nav className="fr-mb-3w" aria-label={t.pages(pager.page)}>
            <Button priority="tertiary" disabled={!pager.hasPrevious} onClick={pager.previous} className="fr-mr-2w">
              {copy.audit.previous}
            </Button>
            <span className="fr-mr-2w">{copy.audit.page(pager.page)}</span>
            <Button
              priority="tertiary"
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => pager.next(page.pageInfo.endCursor)}
            >
              {copy.audit.next}
            </Button>
          </nav>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="lectures-inhabituelles" className="fr-mb-6w">
      <h2 id="lectures-inhabituelles" className="fr-h4">
        {t.heading}
      </h2>
      <p>{t.intro(dateTime.format(new Date(period.from)), dateTime.format(new Date(Date.parse(period.to) - 1)))}</p>
      {content}
    </section>
  );
}

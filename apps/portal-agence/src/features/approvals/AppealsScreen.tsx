import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { CursorPager, EmptyState, ErrorState, Loading, pageCount, siaeKindLabel, useDocumentTitle } from '@navette/ui';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import { formatShortDate } from '../../format/dates.ts';
import { personName } from './labels.ts';
import { pageOf } from './pending-appeals.ts';
import { appealAnchor, approvalRequestPath } from './paths.ts';
import { RequestLink } from './RequestLink.tsx';
import { usePendingAppeals } from './use-pending-appeals.ts';

const t = copy.appeals;
const c = copy.requests.columns;
const PAGE_SIZE = 20;

/** Appeals of the SIAE against a refusal, waiting for the agency director's answer (accord, annexe 4 §2.2.3). */
export function AppealsScreen() {
  useDocumentTitle(t.title);
  const { state, reload } = usePendingAppeals();
  const [page, setPage] = useState(1);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const goTo = (next: number) => {
    setPage(next);
    resultsHeading.current?.focus();
  };

  let content;
  if (state.status === 'error') content = <ErrorState error={state.error} onRetry={reload} />;
  else if (state.status === 'loading')
    content = <Loading label={state.total ? t.loadingProgress(state.read, state.total) : undefined} />;
  else {
    const pages = pageCount(state.appeals.length, PAGE_SIZE);
    const current = Math.min(page, pages);
    content = (
      <>
        <h2 id="recours-resultats" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
          {t.count(state.appeals.length)}
        </h2>
        {state.truncated && (
          <Alert className="fr-mb-3w" severity="warning" small description={t.truncated(state.read, state.total)} />
        )}
        {state.appeals.length === 0 ? (
          <EmptyState message={t.empty} />
        ) : (
          <>
            <Table
              caption={t.caption}
              headers={[c.request, c.person, c.siae, c.refusedOn, c.reason, c.appealFiledOn, c.action]}
              data={pageOf(state.appeals, current, PAGE_SIZE).map((request) => [
                <RequestLink key="request" request={request} />,
                personName(request.person),
                <span key="siae">
                  {request.siae.name}{' '}
                  <abbr title={siaeKindLabel(request.siae.kind)} className="fr-text--sm">
                    ({request.siae.kind})
                  </abbr>
                </span>,
                request.decidedOn ? formatShortDate(request.decidedOn) : '—',
                request.refusalReason?.label ?? '—',
                request.appeal ? formatShortDate(request.appeal.filedOn) : '—',
                <Link
                  key="answer"
                  className="fr-link"
                  to={{ pathname: approvalRequestPath(request.id), hash: appealAnchor }}
                  aria-label={t.answerLabel(personName(request.person))}
                >
                  {t.answer}
                </Link>,
              ])}
            />
            {pages > 1 && (
              <CursorPager
                page={current}
                pageCount={pages}
                hasPrevious={current > 1}
                hasNext={current < pages}
                onPrevious={() => goTo(current - 1)}
                onNext={() => goTo(current + 1)}
              />
            )}
          </>
        )}
      </>
    );
  }

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <section aria-labelledby="recours-resultats" aria-busy={state.status === 'loading'}>
        {content}
      </section>
    </>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { formatShortDate } from '../../format/dates.ts';
import {
  AcceptOrientationDocument,
  DeclineOrientationDocument,
  OrientationsDocument,
  type OrientationsQuery,
} from '../../generated/graphql.ts';
import { CursorPager } from '../../pagination/CursorPager.tsx';
import { pageCount } from '../../pagination/cursor-pages.ts';
import { useCursorFallback } from '../../pagination/use-cursor-pages.ts';
import { flagCodec, useListParams } from '../../pagination/use-list-params.ts';
import { EmptyState } from '../../states/EmptyState.tsx';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { orientationCopy } from './copy.ts';

const t = orientationCopy.list;
type Orientation = OrientationsQuery['orientations']['edges'][number]['node'];
/** A DSFR-bordered box. */
const boxed = { border: '1px solid var(--border-default-grey)' } as const;

const severity = (status: Orientation['status']) =>
  status === 'ACCEPTED' ? 'success' : status === 'DECLINED' ? 'error' : 'new';
const nameOf = (o: Orientation) => (o.person ? `${o.person.firstName} ${o.person.lastName}` : t.personHidden);

export interface OrientationListProps {
  /** RECEIVED: the prescripteur's inbox, with its answers; SENT: what the caller's organisation oriented. */
  direction: 'RECEIVED' | 'SENT';
  pageSize?: number;
  /** After an acceptance: where the prescripteur diagnoses the person. */
  onAccepted?: (personId: string) => void;
  /** A link to the person's record in the portal, when it has one. */
  personLink?: (personId: string) => string;
}

// Only the pending ones by default among those received (the prescripteur's work), all of those sent.
const receivedPendingCodec = flagCodec('recues-en-attente', true);
const sentPendingCodec = flagCodec('envoyees-en-attente', false);

/** Orientations towards a prescripteur (accord, annexe 4 §3), newest first, in numbered pages. */
export function OrientationList({ direction, pageSize = 20, onAccepted, personLink }: OrientationListProps) {
  // The filter and the page live in the URL (issue 14 §5), prefixed: a screen may show both directions.
  const prefix = direction === 'RECEIVED' ? 'recues' : 'envoyees';
  const {
    filters: pendingOnly,
    setFilters: setPendingOnly,
    pager,
  } = useListParams(direction === 'RECEIVED' ? receivedPendingCodec : sentPendingCodec, { prefix });
  const heading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(OrientationsDocument, {
    variables: { direction, status: pendingOnly ? 'PENDING' : null, first: pageSize, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const [notice, setNotice] = useState<string | null>(null);
  const connection = data?.orientations;
  const headingId = `orientations-${direction.toLowerCase()}`;

  return (
    <section aria-labelledby={headingId} aria-busy={loading}>
      {direction === 'RECEIVED' && (
        <Checkbox
          options={[
            {
              label: t.pendingOnly,
              nativeInputProps: { checked: pendingOnly, onChange: (e) => setPendingOnly(e.target.checked) },
            },
          ]}
        />
      )}
      {notice && (
        <Alert
          severity="success"
          small
          description={notice}
          className="fr-mb-2w"
          closable
          onClose={() => setNotice(null)}
        />
      )}
      {error && !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : (
        <>
          <h2 id={headingId} ref={heading} tabIndex={-1} className="fr-h4" aria-live="polite">
            {t.count(connection.totalCount)}
          </h2>
          {connection.edges.length === 0 ? (
            <EmptyState message={direction === 'RECEIVED' ? t.emptyReceived : t.emptySent} />
          ) : (
            <ul className="fr-raw-list">
              {connection.edges.map(({ node }) => (
                <li key={node.id} className="fr-p-3w fr-mb-2w" style={boxed} data-testid="orientation">
                  <OrientationItem
                    orientation={node}
                    direction={direction}
                    personLink={personLink}
                    onAccepted={(personId) => onAccepted?.(personId)}
                    onDeclined={() => {
                      setNotice(t.declined);
                      void refetch();
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
          <CursorPager
            page={pager.page}
            pageCount={pageCount(connection.totalCount, pageSize)}
            hasPrevious={pager.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            disabled={loading}
            onPrevious={() => {
              pager.previous();
              heading.current?.focus();
            }}
            onNext={() => {
              pager.next(connection.pageInfo.endCursor);
              heading.current?.focus();
            }}
          />
        </>
      )}
    </section>
  );
}

function OrientationItem({
  orientation: o,
  direction,
  personLink,
  onAccepted,
  onDeclined,
}: {
  orientation: Orientation;
  direction: 'RECEIVED' | 'SENT';
  personLink?: (personId: string) => string;
  onAccepted: (personId: string) => void;
  onDeclined: () => void;
}) {
  const [accept, accepting] = useMutation(AcceptOrientationDocument);
  const [decline, declining] = useMutation(DeclineOrientationDocument);
  const [declineOpen, setDeclineOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<unknown>(null);
  const name = nameOf(o);
  const reasonId = `orientation-refus-${o.id}`;

  async function onAccept() {
    setApiError(null);
    try {
      const { data } = await accept({ variables: { id: o.id } });
      const personId = data?.acceptOrientation.person?.id;
      if (personId) onAccepted(personId);
    } catch (failure) {
      setApiError(failure);
    }
  }
  async function onDecline() {
    setApiError(null);
    if (!reason.trim()) {
      setReasonError(t.declineRequired);
      document.getElementById(reasonId)?.focus();
      return;
    }
    try {
      await decline({ variables: { id: o.id, reason: reason.trim() } });
      onDeclined();
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <article aria-label={name}>
      <h3 className="fr-h6 fr-mb-1w">
        {o.person && personLink ? <Link to={personLink(o.person.id)}>{name}</Link> : name}
        {o.person && <span className="fr-text--sm"> – {formatShortDate(o.person.birthDate)}</span>}
      </h3>
      <p className="fr-mb-1w">
        <Badge as="span" severity={severity(o.status)} small>
          {o.statusLabel}
        </Badge>
      </p>
      <p className="fr-text--sm fr-mb-1w">
        {direction === 'RECEIVED'
          ? `${t.from} ${o.originOrganisationName} (${o.originKindLabel}) ${t.on} ${formatShortDate(o.orientedAt.slice(0, 10))}`
          : `${t.to} ${o.prescriberOrganisation.name} (${o.prescriberOrganisation.city}) ${t.on} ${formatShortDate(o.orientedAt.slice(0, 10))}`}
      </p>
      <p className="fr-mb-1w">
        <span className="fr-text--bold">{t.reason} :</span> {o.reason}
      </p>
      {o.declineReason && (
        <p className="fr-mb-1w">
          <span className="fr-text--bold">{t.declineReason} :</span> {o.declineReason}
        </p>
      )}
      <ApiErrorAlert error={apiError} title={t.apiErrorTitle} headingLevel="h3" />
      {direction === 'RECEIVED' && o.status === 'PENDING' && (
        <>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
            <li>
              <Button
                onClick={() => void onAccept()}
                disabled={accepting.loading}
                nativeButtonProps={{ 'aria-label': t.acceptLabel(name) }}
              >
                {t.accept}
              </Button>
            </li>
            <li>
              <Button
                priority="secondary"
                onClick={() => setDeclineOpen(true)}
                nativeButtonProps={{ 'aria-label': t.declineLabel(name), 'aria-expanded': declineOpen }}
              >
                {t.decline}
              </Button>
            </li>
          </ul>
          {declineOpen && (
            <div className="fr-mt-2w">
              <Input
                label={t.declineReason_}
                textArea
                {...(reasonError ? ({ state: 'error', stateRelatedMessage: reasonError } as const) : {})}
                nativeTextAreaProps={{
                  id: reasonId,
                  rows: 3,
                  maxLength: 1000,
                  value: reason,
                  onChange: (e) => {
                    setReason(e.target.value);
                    if (e.target.value.trim()) setReasonError(null);
                  },
                }}
              />
              <ul className="fr-btns-group fr-btns-group--inline-md">
                <li>
                  <Button onClick={() => void onDecline()} disabled={declining.loading}>
                    {t.declineConfirm}
                  </Button>
                </li>
                <li>
                  <Button priority="tertiary" onClick={() => setDeclineOpen(false)}>
                    {t.declineCancel}
                  </Button>
                </li>
              </ul>
            </div>
          )}
        </>
      )}
    </article>
  );
}

import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ErrorState, formatShortDate, Loading, todayInFrance, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { FormNotice } from '../../forms/FormNotice.tsx';
import { mutationFailureOf } from '../../forms/mutation-error.ts';
import { RecordCtaMeetingDocument } from '../../generated/graphql.ts';
import type { FieldErrors } from '../approvals/decision-drafts.ts';
import { noticeState } from '../cooperation/notice-state.ts';
import { useOwnAgencyId } from '../cooperation/own-agency.ts';
import { useNotice } from '../cooperation/use-notice.ts';
import {
  checkCtaMeeting,
  emptyCtaMeetingDraft,
  type CtaMeetingDraft,
  type CtaMeetingField,
} from './cta-meeting-drafts.ts';
import { yearToSearchParams } from './cta-year.ts';
import { ctaPaths } from './paths.ts';
import { useLedCtas } from './use-led-ctas.ts';

const t = copy.ctaMeetingForm;
const fieldIds: Record<CtaMeetingField, string> = {
  heldOn: 'reunion-date',
  agenda: 'reunion-ordre-du-jour',
  minutes: 'reunion-compte-rendu',
  minutesSentToCdiaeOn: 'reunion-transmission',
};

function NotFound() {
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={ctaPaths.list}>
        {t.back}
      </Link>
    </>
  );
}

/** A meeting held by a CTA the agence leads (fiche 8), recorded with its agenda, participants and minutes. */
export function CtaMeetingFormScreen() {
  useDocumentTitle(t.title);
  const { ctaId = '' } = useParams();
  const agencyId = useOwnAgencyId();
  const today = todayInFrance();
  const { ctas, agencyMissing, error, refetch } = useLedCtas(agencyId ?? '', Number(today.slice(0, 4)));
  if (!agencyId || agencyMissing) return <NotFound />;
  if (error && !ctas) return <ErrorState error={error} onRetry={refetch} />;
  if (!ctas) return <Loading />;
  const cta = ctas.find((candidate) => candidate.id === ctaId);
  if (!cta) return <NotFound />;
  return <CtaMeetingForm cta={cta} today={today} />;
}

/** After a meeting is recorded, the CTA's meetings and its quarters are out of date: asked again when shown. */
function evictCtaMeetings(cache: ApolloCache, ctaId: string) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'ctaMeetingsDue' });
  cache.evict({ id: cache.identify({ __typename: 'Cta', id: ctaId }), fieldName: 'meetings' });
  cache.gc();
}

function CtaMeetingForm({ cta, today }: { cta: { id: string; name: string }; today: string }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<CtaMeetingDraft>(emptyCtaMeetingDraft);
  const [errors, setErrors] = useState<FieldErrors<CtaMeetingField>>({});
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useNotice();
  const [record, { loading }] = useMutation(RecordCtaMeetingDocument);
  const update = (change: Partial<CtaMeetingDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkCtaMeeting(cta.id, draft, today);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setNotice(null);
    try {
      await record({ variables: { input: checked.input }, update: (cache) => evictCtaMeetings(cache, cta.id) });
      const year = Number(checked.input.heldOn.slice(0, 4));
      const search = yearToSearchParams(year, Number(today.slice(0, 4))).toString();
      void navigate(`${ctaPaths.list}${search ? `?${search}` : ''}`, {
        state: noticeState({
          severity: 'success',
          title: t.recordedTitle,
          description: t.recorded(formatShortDate(checked.input.heldOn), cta.name),
        }),
      });
    } catch (error) {
      console.error('[navette] recordCtaMeeting', error);
      // What the agent typed stays in the form; the API's French message says what to change.
      setNotice({ severity: 'error', title: t.failedTitle, description: mutationFailureOf(error, t.failed).message });
    }
  }

  const state = (field: CtaMeetingField) =>
    ({ state: errors[field] ? 'error' : 'default', stateRelatedMessage: errors[field] }) as const;

  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[{ label: copy.navigation.cta, linkProps: { to: ctaPaths.list } }]}
      />
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{cta.name}</p>
      <p>{t.intro}</p>
      <p className="fr-text--sm">{t.required}</p>
      <ErrorSummary title={t.summaryTitle} errors={errors} fieldIds={fieldIds} attempt={attempt} />
      <FormNotice notice={notice} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <Input
          label={t.heldOn}
          hintText={t.dateHint}
          {...state('heldOn')}
          nativeInputProps={{
            id: fieldIds.heldOn,
            name: 'date',
            type: 'date',
            required: true,
            max: today,
            value: draft.heldOn,
            onChange: (event) => update({ heldOn: event.target.value }),
          }}
        />
        <Input
          textArea
          label={t.agenda}
          hintText={t.agendaHint}
          {...state('agenda')}
          nativeTextAreaProps={{
            id: fieldIds.agenda,
            name: 'ordre-du-jour',
            rows: 4,
            required: true,
            value: draft.agenda,
            onChange: (event) => update({ agenda: event.target.value }),
          }}
        />
        <Input
          textArea
          label={`${t.participants} ${t.optional}`}
          hintText={t.participantsHint}
          nativeTextAreaProps={{
            id: 'reunion-participants',
            name: 'participants',
            rows: 4,
            value: draft.participants,
            onChange: (event) => update({ participants: event.target.value }),
          }}
        />
        <Checkbox
          id="reunion-responsables"
          options={[
            {
              label: t.siaeHeadsInvited,
              hintText: t.siaeHeadsInvitedHint,
              nativeInputProps: {
                name: 'responsables-siae',
                checked: draft.siaeHeadsInvited,
                onChange: (event) => update({ siaeHeadsInvited: event.target.checked }),
              },
            },
          ]}
        />
        <Input
          textArea
          label={`${t.minutes} ${t.optional}`}
          hintText={t.minutesHint}
          {...state('minutes')}
          nativeTextAreaProps={{
            id: fieldIds.minutes,
            name: 'compte-rendu',
            rows: 6,
            value: draft.minutes,
            onChange: (event) => update({ minutes: event.target.value }),
          }}
        />
        <Input
          label={`${t.sentOn} ${t.optional}`}
          hintText={`${t.dateHint}. ${t.sentOnHint}`}
          {...state('minutesSentToCdiaeOn')}
          nativeInputProps={{
            id: fieldIds.minutesSentToCdiaeOn,
            name: 'transmission',
            type: 'date',
            max: today,
            value: draft.minutesSentToCdiaeOn,
            onChange: (event) => update({ minutesSentToCdiaeOn: event.target.value }),
          }}
        />
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          <li>
            <Button type="submit" disabled={loading}>
              {loading ? t.submitting : t.submit}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: ctaPaths.list }}>
              {t.cancel}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}

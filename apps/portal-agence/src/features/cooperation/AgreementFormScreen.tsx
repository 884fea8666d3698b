import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ErrorState, Loading, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { FormNotice } from '../../forms/FormNotice.tsx';
import { mutationFailureOf } from '../../forms/mutation-error.ts';
import {
  CooperationAgreementDocument,
  DraftCooperationAgreementDocument,
  SiaeCooperationDocument,
  UpdateCooperationAgreementDocument,
  type CooperationAgreementDetailFragment,
} from '../../generated/graphql.ts';
import type { FieldErrors } from '../approvals/decision-drafts.ts';
import {
  AGREEMENT_HEADINGS,
  agreementDraftOf,
  checkAgreement,
  emptyAgreementDraft,
  type AgreementDraft,
  type AgreementField,
} from './agreement-drafts.ts';
import { agreementActions } from './labels.ts';
import { evictAgreementLists } from './evict-agreement-lists.ts';
import { noticeState } from './notice-state.ts';
import { cooperationPaths } from './paths.ts';
import { useNotice } from './use-notice.ts';

const t = copy.agreementForm;
const fieldIds: Record<AgreementField, string> = { startOn: 'convention-debut', endOn: 'convention-fin' };

function NotFound({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={cooperationPaths.list}>
        {copy.siaeCooperation.back}
      </Link>
    </>
  );
}

/** A new draft convention between the agence and one SIAE of its territory. */
export function NewAgreementScreen() {
  useDocumentTitle(t.newTitle);
  const { siaeId = '' } = useParams();
  const { data, error, refetch } = useQuery(SiaeCooperationDocument, { variables: { id: siaeId } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const siae = data.siae;
  if (!siae) return <NotFound title={copy.siaeCooperation.notFoundTitle} text={copy.siaeCooperation.notFoundText} />;
  if (!siae.cooperationAgreements) {
    return <NotFound title={siae.name} text={copy.siaeCooperation.notInTerritory} />;
  }
  return <AgreementForm siae={siae} agreement={null} />;
}

/** Changes to a draft (a signed convention no longer changes). */
export function EditAgreementScreen() {
  useDocumentTitle(t.editTitle);
  const { agreementId = '' } = useParams();
  const { data, error, refetch } = useQuery(CooperationAgreementDocument, {
    variables: { id: agreementId },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const agreement = data.cooperationAgreement;
  if (!agreement) return <NotFound title={copy.agreement.notFoundTitle} text={copy.agreement.notFoundText} />;
  if (!agreementActions(agreement).edit) {
    return (
      <>
        <h1>{t.editTitle}</h1>
        <Alert severity="info" small description={t.notDraft} className="fr-mb-2w" />
        <Link
          className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
          to={cooperationPaths.agreement(agreement.id)}
        >
          {copy.agreement.title}
        </Link>
      </>
    );
  }
  return <AgreementForm key={agreement.id} siae={agreement.siae} agreement={agreement} />;
}

function AgreementForm({
  siae,
  agreement,
}: {
  siae: { id: string; name: string };
  agreement: CooperationAgreementDetailFragment | null;
}) {
  const navigate = useNavigate();
  const title = agreement ? t.editTitle : t.newTitle;
  const [draft, setDraft] = useState<AgreementDraft>(agreement ? agreementDraftOf(agreement) : emptyAgreementDraft);
  const [errors, setErrors] = useState<FieldErrors<AgreementField>>({});
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useNotice();
  const [create, creating] = useMutation(DraftCooperationAgreementDocument);
  const [change, changing] = useMutation(UpdateCooperationAgreementDocument);
  const loading = creating.loading || changing.loading;
  const update = (next: Partial<AgreementDraft>) => setDraft((current) => ({ ...current, ...next }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkAgreement(siae.id, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setNotice(null);
    try {
      if (agreement) {
        await change({ variables: { id: agreement.id, input: checked.input } });
        void navigate(cooperationPaths.agreement(agreement.id), {
          state: noticeState({ severity: 'success', title: t.updatedTitle, description: t.updated }),
        });
      } else {
        const { data } = await create({
          variables: { input: checked.input },
          update: (cache) => evictAgreementLists(cache, siae.id),
        });
        if (!data?.draftCooperationAgreement) throw new Error('draftCooperationAgreement returned no convention');
        void navigate(cooperationPaths.agreement(data.draftCooperationAgreement.id), {
          state: noticeState({ severity: 'success', title: t.draftedTitle, description: t.drafted }),
        });
      }
    } catch (error) {
      console.error('[navette] cooperation agreement', error);
      // What the agent typed stays in the form; the API's French message says what to change.
      setNotice({ severity: 'error', title: t.failedTitle, description: mutationFailureOf(error, t.failed).message });
    }
  }

  const back = agreement ? cooperationPaths.agreement(agreement.id) : cooperationPaths.siae(siae.id);
  const dateState = (field: AgreementField) =>
    ({ state: errors[field] ? 'error' : 'default', stateRelatedMessage: errors[field] }) as const;

  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        segments={[
          { label: copy.navigation.cooperation, linkProps: { to: cooperationPaths.list } },
          { label: siae.name, linkProps: { to: cooperationPaths.siae(siae.id) } },
        ]}
      />
      <h1>{title}</h1>
      <p className="fr-text--lead">{t.forSiae(siae.name)}</p>
      <p>{t.intro}</p>
      <p className="fr-text--sm">{t.required}</p>
      <ErrorSummary title={t.summaryTitle} errors={errors} fieldIds={fieldIds} attempt={attempt} />
      <FormNotice notice={notice} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <fieldset className="fr-fieldset" aria-labelledby="convention-periode">
          <legend id="convention-periode" className="fr-fieldset__legend fr-h5">
            {t.periodLegend}
          </legend>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              label={t.startOn}
              hintText={t.dateHint}
              {...dateState('startOn')}
              nativeInputProps={{
                id: fieldIds.startOn,
                name: 'debut',
                type: 'date',
                required: true,
                value: draft.startOn,
                onChange: (event) => update({ startOn: event.target.value }),
              }}
            />
          </div>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              label={`${t.endOn} ${t.optional}`}
              hintText={`${t.dateHint}. ${t.endOnHint}`}
              {...dateState('endOn')}
              nativeInputProps={{
                id: fieldIds.endOn,
                name: 'fin',
                type: 'date',
                value: draft.endOn,
                onChange: (event) => update({ endOn: event.target.value }),
              }}
            />
          </div>
        </fieldset>
        <fieldset className="fr-fieldset" aria-labelledby="convention-rubriques-legende">
          <legend id="convention-rubriques-legende" className="fr-fieldset__legend fr-h5">
            {t.headingsLegend}
          </legend>
          {AGREEMENT_HEADINGS.map((heading) => (
            <div key={heading} className="fr-fieldset__element">
              <Input
                label={`${t.headings[heading]} ${t.optional}`}
                textArea
                nativeTextAreaProps={{
                  id: `convention-${heading}`,
                  name: heading,
                  rows: 4,
                  value: draft[heading],
                  onChange: (event) => update({ [heading]: event.target.value }),
                }}
              />
            </div>
          ))}
        </fieldset>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          <li>
            <Button type="submit" disabled={loading}>
              {loading ? t.submitting : agreement ? t.submitEdit : t.submitNew}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: back }}>
              {t.cancel}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ErrorState, Loading, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { useOwnSiaeId } from '../../components/own-siae.ts';
import { copy } from '../../copy.ts';
import { agreementActions } from '../../labels.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  CooperationAgreementDocument,
  DraftCooperationAgreementDocument,
  UpdateCooperationAgreementDocument,
  type CooperationAgreementDetailFragment,
} from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import {
  AGREEMENT_HEADINGS,
  agreementValuesOf,
  emptyAgreement,
  toAgreementInput,
  validateAgreement,
  type AgreementField,
  type AgreementValues,
} from './agreement-form.ts';
import { evictAgreementLists } from './evict-agreement-lists.ts';

const t = copy.agreementForm;
const fieldIds: Record<AgreementField, string> = { startOn: 'convention-debut', endOn: 'convention-fin' };

/** A new draft convention of the SIAE with its agence. */
export function NewAgreementScreen() {
  useDocumentTitle(t.newTitle);
  const siaeId = useOwnSiaeId();
  if (!siaeId) return <Alert severity="error" small description={copy.cooperation.unknownSiae} role="alert" />;
  return <AgreementForm siaeId={siaeId} agreement={null} />;
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
  if (!agreement) {
    return (
      <>
        <h1>{copy.agreement.notFoundTitle}</h1>
        <p>{copy.agreement.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.cooperation}>
          {copy.agreement.back}
        </Link>
      </>
    );
  }
  if (!agreementActions(agreement).edit) {
    return (
      <>
        <h1>{t.editTitle}</h1>
        <Alert severity="info" small description={t.notDraft} className="fr-mb-2w" />
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.agreement(agreement.id)}>
          {copy.agreement.title}
        </Link>
      </>
    );
  }
  return <AgreementForm key={agreement.id} siaeId={agreement.siae.id} agreement={agreement} />;
}

function AgreementForm({
  siaeId,
  agreement,
}: {
  siaeId: string;
  agreement: CooperationAgreementDetailFragment | null;
}) {
  const navigate = useNavigate();
  const title = agreement ? t.editTitle : t.newTitle;
  const form = useForm<AgreementValues, AgreementField>(
    agreement ? agreementValuesOf(agreement) : emptyAgreement,
    validateAgreement,
  );
  const { values, set, errors } = form;
  const [draft, drafting] = useMutation(DraftCooperationAgreementDocument);
  const [update, updating] = useMutation(UpdateCooperationAgreementDocument);
  const loading = drafting.loading || updating.loading;
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    const input = toAgreementInput(siaeId, values);
    try {
      if (agreement) {
        await update({ variables: { id: agreement.id, input } });
        void navigate(paths.agreement(agreement.id), { state: flashState(t.updated) });
      } else {
        const { data } = await draft({ variables: { input }, update: (cache) => evictAgreementLists(cache, siaeId) });
        if (!data?.draftCooperationAgreement) throw new Error('draftCooperationAgreement returned no convention');
        void navigate(paths.agreement(data.draftCooperationAgreement.id), { state: flashState(t.drafted) });
      }
    } catch (failure) {
      setApiError(failure);
    }
  }

  const back = agreement ? paths.agreement(agreement.id) : paths.cooperation;
  const dateError = (field: AgreementField) =>
    errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {};

  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        segments={[
          { label: copy.navigation.cooperation, linkProps: { to: paths.cooperation } },
          ...(agreement ? [{ label: copy.agreement.title, linkProps: { to: back } }] : []),
        ]}
      />
      <h1>{title}</h1>
      <p>{t.intro}</p>
      <p className="fr-text--sm">{copy.forms.allRequired}</p>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <fieldset className="fr-fieldset" aria-labelledby="convention-periode">
          <legend id="convention-periode" className="fr-fieldset__legend fr-h5">
            {t.periodLegend}
          </legend>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              label={t.startOn}
              hintText={copy.forms.dateHint}
              {...dateError('startOn')}
              nativeInputProps={{
                id: fieldIds.startOn,
                name: 'debut',
                type: 'date',
                required: true,
                value: values.startOn,
                onChange: (e) => set('startOn', e.target.value),
              }}
            />
          </div>
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              label={`${t.endOn} ${copy.forms.optional}`}
              hintText={`${copy.forms.dateHint}. ${t.endOnHint}`}
              {...dateError('endOn')}
              nativeInputProps={{
                id: fieldIds.endOn,
                name: 'fin',
                type: 'date',
                value: values.endOn,
                onChange: (e) => set('endOn', e.target.value),
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
                label={`${t.headings[heading]} ${copy.forms.optional}`}
                textArea
                nativeTextAreaProps={{
                  id: `convention-${heading}`,
                  name: heading,
                  rows: 4,
                  value: values[heading],
                  onChange: (e) => set(heading, e.target.value),
                }}
              />
            </div>
          ))}
        </fieldset>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          <li>
            <Button type="submit" disabled={loading}>
              {loading ? copy.forms.sending : agreement ? t.submitEdit : t.submitNew}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: back }}>
              {copy.forms.cancel}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}

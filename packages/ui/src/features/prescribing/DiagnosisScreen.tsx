import { useMutation, useQuery } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { todayInFrance } from '../../format/dates.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { flashState } from './flash.ts';
import { usePrescribing, withPrescribing } from './context.tsx';
import { ApiErrorAlert } from './form-parts.tsx';
import { ErrorSummary } from './form-parts.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  DiagnoseDocument,
  DiagnosisPersonDocument,
  EligibilityCriteriaDocument,
  type EligibilityCriteriaQuery,
} from '../../generated/graphql.ts';
import { personName } from './labels.ts';
import {
  criteriaGroupId,
  firstCriterionInputId,
  groupCriteriaByCategory,
  toDiagnosisInput,
  toggleCriterion,
  validateDiagnosis,
  type DiagnosisField,
} from './diagnosis-form.ts';

type Criterion = EligibilityCriteriaQuery['eligibilityCriteria'][number];

/** Records an eligibility diagnosis: the annexe 2 criteria as checkboxes grouped by category. */
export const DiagnosisScreen = withPrescribing(DiagnosisView);

function DiagnosisView() {
  const { copy, paths } = usePrescribing();
  const t = copy.diagnosis;
  useDocumentTitle(t.title);
  const { personId = '' } = useParams();
  const person = useQuery(DiagnosisPersonDocument, { variables: { id: personId } });
  const criteria = useQuery(EligibilityCriteriaDocument);

  const error = person.error ?? criteria.error;
  if (error) {
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          void person.refetch();
          void criteria.refetch();
        }}
      />
    );
  }
  if (!person.data || !criteria.data) return <Loading />;
  if (!person.data.person) {
    return (
      <>
        <h1>{copy.person.notFoundTitle}</h1>
        <p>{copy.person.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.people}>
          {copy.person.backToPeople}
        </Link>
      </>
    );
  }
  return <DiagnosisForm person={person.data.person} criteria={criteria.data.eligibilityCriteria} />;
}

function DiagnosisForm({
  person,
  criteria,
}: {
  person: { id: string; firstName: string; lastName: string };
  criteria: readonly Criterion[];
}) {
  const { copy, paths } = usePrescribing();
  const t = copy.diagnosis;
  const navigate = useNavigate();
  const today = todayInFrance();
  const name = personName(person);
  const groups = groupCriteriaByCategory(criteria);
  const order = criteria.map((c) => c.code);
  const form = useForm({ criteria: [] as string[], diagnosedOn: today, comment: '' }, (values) =>
    validateDiagnosis(values, today),
  );
  const { values, set, errors } = form;
  const [diagnose, { loading }] = useMutation(DiagnoseDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  const fieldIds: Record<DiagnosisField, string> = {
    criteria: firstCriterionInputId(groups),
    diagnosedOn: 'diagnostic-date',
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      const { data } = await diagnose({ variables: { input: toDiagnosisInput(person.id, values) } });
      if (!data?.diagnose) throw new Error('diagnose returned no diagnosis');
      void navigate(paths.person(person.id), { state: flashState(t.success(data.diagnose.summary)) });
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[
          { label: copy.people.title, linkProps: { to: paths.people } },
          { label: name, linkProps: { to: paths.person(person.id) } },
        ]}
      />
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.forPerson(name)}</p>
      <p>{t.intro}</p>
      <p className="fr-text--sm">{copy.forms.allRequired}</p>

      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />

      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <fieldset
          className={`fr-fieldset${errors.criteria ? ' fr-fieldset--error' : ''}`}
          aria-labelledby="criteres-legende criteres-messages"
          role={errors.criteria ? 'group' : undefined}
        >
          <legend className="fr-fieldset__legend" id="criteres-legende">
            {t.criteriaLegend}
            <span className="fr-hint-text">{t.criteriaHint}</span>
          </legend>
          {groups.map((group) => (
            <div className="fr-fieldset__element" key={group.category}>
              <Checkbox
                legend={<span className="fr-text--bold">{group.label}</span>}
                id={criteriaGroupId(group.category)}
                options={group.criteria.map((criterion) => ({
                  label: criterion.label,
                  nativeInputProps: {
                    name: 'criteres',
                    value: criterion.code,
                    checked: values.criteria.includes(criterion.code),
                    onChange: (e) =>
                      set('criteria', toggleCriterion(values.criteria, criterion.code, e.target.checked, order)),
                  },
                }))}
              />
            </div>
          ))}
          <div className="fr-messages-group" id="criteres-messages" aria-live="assertive">
            {errors.criteria && <p className="fr-message fr-message--error">{errors.criteria}</p>}
          </div>
        </fieldset>

        <div className="fr-mb-3w">
          <Input
            label={t.diagnosedOn}
            hintText="jj/mm/aaaa"
            {...(errors.diagnosedOn ? { state: 'error' as const, stateRelatedMessage: errors.diagnosedOn } : {})}
            nativeInputProps={{
              id: fieldIds.diagnosedOn,
              name: 'date-diagnostic',
              type: 'date',
              required: true,
              max: today,
              value: values.diagnosedOn,
              onChange: (e) => set('diagnosedOn', e.target.value),
            }}
          />
        </div>
        <Input
          label={`${t.comment} ${copy.forms.optional}`}
          hintText={t.commentHint}
          textArea
          nativeTextAreaProps={{
            id: 'diagnostic-commentaire',
            name: 'commentaire',
            rows: 4,
            value: values.comment,
            onChange: (e) => set('comment', e.target.value),
          }}
        />

        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit" disabled={loading}>
              {loading ? copy.forms.sending : t.submit}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.person(person.id) }}>
              {copy.forms.cancel}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}

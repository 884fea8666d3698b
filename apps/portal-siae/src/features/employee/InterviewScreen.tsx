import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { formatLongDate, todayInFrance } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  PlanExitInterviewDocument,
  RecordExitInterviewDocument,
  type EmployeeDetailFragment,
} from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';
import {
  toExitInterviewInput,
  toExitInterviewPlanInput,
  validateInterview,
  validateInterviewPlan,
  type InterviewField,
  type InterviewParcours,
} from './parcours-forms.ts';

const t = copy.interviewForm;
const fieldIds: Record<InterviewField, string> = { heldOn: 'entretien-date', assessment: 'entretien-bilan' };
const planFieldIds = { plannedOn: 'entretien-date-prevue' };

/** Plans the tripartite interview ahead, then records it once held and to whom its bilan goes (fiche 7). */
export function InterviewScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <InterviewForm approval={approval} />}</EmployeeLoader>;
}

function InterviewForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const today = todayInFrance();
  // The domain's check (fiche 7): held, during a contract, 2 to 3 months before the end it prepares, once.
  const parcours: InterviewParcours = {
    contracts: approval.contracts.map((c) => ({ startOn: c.startOn, endOn: c.endedOn ?? c.endOn ?? null })),
    approvalEndOn: approval.endOn,
    interviewsHeldOn: approval.exitInterview ? [approval.exitInterview.heldOn] : [],
  };
  const form = useForm({ heldOn: today, assessment: '', sendToReferent: true, sendToPrescriber: true }, (values) =>
    validateInterview(values, today, parcours),
  );
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(RecordExitInterviewDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toExitInterviewInput(approval.id, values) } });
      void navigate(paths.employee(approval.id), { state: flashState(t.recorded) });
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <EmployeeFormFrame approval={approval} title={t.title} intro={t.intro}>
      <PlanForm approval={approval} parcours={parcours} today={today} />
      <h2 className="fr-h4 fr-mt-4w">{t.recordTitle}</h2>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <Input
          label={t.heldOn}
          hintText={copy.forms.dateHint}
          {...(errors.heldOn ? { state: 'error' as const, stateRelatedMessage: errors.heldOn } : {})}
          nativeInputProps={{
            id: fieldIds.heldOn,
            name: 'date',
            type: 'date',
            required: true,
            max: today,
            value: values.heldOn,
            onChange: (e) => set('heldOn', e.target.value),
          }}
        />
        <Input
          label={t.assessment}
          hintText={t.assessmentHint}
          textArea
          {...(errors.assessment ? { state: 'error' as const, stateRelatedMessage: errors.assessment } : {})}
          nativeTextAreaProps={{
            id: fieldIds.assessment,
            name: 'bilan',
            rows: 6,
            required: true,
            value: values.assessment,
            onChange: (e) => set('assessment', e.target.value),
          }}
        />
        <Checkbox
          id="entretien-transmission"
          legend={`${t.sendLegend} ${copy.forms.optional}`}
          options={[
            {
              label: t.sendToReferent,
              nativeInputProps: {
                name: 'referent',
                checked: values.sendToReferent,
                onChange: (e) => set('sendToReferent', e.target.checked),
              },
            },
            {
              label: t.sendToPrescriber,
              nativeInputProps: {
                name: 'prescripteur',
                checked: values.sendToPrescriber,
                onChange: (e) => set('sendToPrescriber', e.target.checked),
              },
            },
          ]}
        />
        <FormButtons approvalId={approval.id} submit={t.submit} loading={loading} />
      </form>
    </EmployeeFormFrame>
  );
}

/** The day the interview is planned for (a future one is planned here, recorded below once held). */
function PlanForm({
  approval,
  parcours,
  today,
}: {
  approval: EmployeeDetailFragment;
  parcours: InterviewParcours;
  today: string;
}) {
  const planned = approval.exitInterviewPlannedOn ?? null;
  const form = useForm({ plannedOn: planned ?? '' }, (values) => validateInterviewPlan(values, today, parcours));
  const { values, set, errors } = form;
  const [plan, { loading }] = useMutation(PlanExitInterviewDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    setDone(null);
    if (!form.check()) return;
    try {
      const result = await plan({ variables: { input: toExitInterviewPlanInput(approval.id, values) } });
      const on = result.data?.planExitInterview.exitInterviewPlannedOn;
      if (on) setDone(t.planned(formatLongDate(on)));
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <section aria-labelledby="entretien-planification">
      <h2 id="entretien-planification" className="fr-h4">
        {t.planTitle}
      </h2>
      <p>{t.planIntro}</p>
      {planned && !done && (
        <Alert severity="info" small description={t.plannedNotice(formatLongDate(planned))} className="fr-mb-2w" />
      )}
      {done && <Alert severity="success" small description={done} className="fr-mb-2w" />}
      <ErrorSummary items={errorSummaryItems(errors, planFieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <Input
          label={t.plannedOn}
          hintText={copy.forms.dateHint}
          {...(errors.plannedOn ? { state: 'error' as const, stateRelatedMessage: errors.plannedOn } : {})}
          nativeInputProps={{
            id: planFieldIds.plannedOn,
            name: 'date-prevue',
            type: 'date',
            required: true,
            min: today,
            value: values.plannedOn,
            onChange: (e) => set('plannedOn', e.target.value),
          }}
        />
        <Button type="submit" priority="secondary" disabled={loading}>
          {planned ? t.replanSubmit : t.planSubmit}
        </Button>
      </form>
    </section>
  );
}

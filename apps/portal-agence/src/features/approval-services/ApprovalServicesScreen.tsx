import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  ApiErrorAlert,
  EmptyState,
  ErrorState,
  ErrorSummary,
  errorSummaryTitle,
  formatShortDate,
  Loading,
  useDocumentTitle,
  useForm,
} from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import {
  AgencyRecordPoeDocument,
  AgencyRecordServiceUseDocument,
  ApprovalServicesDocument,
  type ApprovalServicesQuery,
} from '../../generated/graphql.ts';
import { personName } from '../approvals/labels.ts';
import { approvalPaths } from '../approvals/paths.ts';
import {
  emptyPoe,
  emptyServiceUse,
  toPoeInput,
  toServiceUseInput,
  validatePoe,
  validateServiceUse,
  type PoeField,
  type ServiceUseField,
} from './service-forms.ts';

const t = copy.approvalServices;
type Approval = NonNullable<ApprovalServicesQuery['approval']>;

const serviceIds: Record<ServiceUseField, string> = { serviceId: 'prestation-service', usedOn: 'prestation-date' };
const poeIds: Record<PoeField, string> = {
  employer: 'poe-employeur',
  hours: 'poe-heures',
  startOn: 'poe-debut',
  endOn: 'poe-fin',
};

/**
 * What Pôle emploi brought during a parcours of its territory, recorded by the agence (accord, fiche 5: its services;
 * fiche 7: the in-work follow-up and the POE): the list, and a form for each.
 */
export function ApprovalServicesScreen() {
  const { approvalId = '' } = useParams();
  const { data, error, refetch } = useQuery(ApprovalServicesDocument, {
    variables: { id: approvalId },
    fetchPolicy: 'cache-and-network',
  });
  const approval = data?.approval;
  useDocumentTitle(approval ? t.title(approval.number) : data ? t.notFoundTitle : t.loadingTitle);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!approval) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={approvalPaths.history}>
          {t.back}
        </Link>
      </>
    );
  }
  const heading = t.title(approval.number);
  const reload = () => void refetch();
  return (
    <>
      <Breadcrumb
        currentPageLabel={heading}
        segments={[{ label: copy.history.title, linkProps: { to: approvalPaths.history } }]}
      />
      <h1>{heading}</h1>
      <p className="fr-text--lead">
        {personName(approval.person)} – {approval.siae.name} –{' '}
        {t.period(formatShortDate(approval.startOn), formatShortDate(approval.endOn))}
      </p>
      <p>{t.intro}</p>
      <ServiceUses approval={approval} onRecorded={reload} />
      <Poes approval={approval} onRecorded={reload} />
    </>
  );
}

function ServiceUses({ approval, onRecorded }: { approval: Approval; onRecorded: () => void }) {
  const services = approval.siae.agency?.employmentServices ?? [];
  const uses = approval.serviceUses;
  const form = useForm(emptyServiceUse, validateServiceUse);
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(AgencyRecordServiceUseDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    setSaved(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toServiceUseInput(approval.id, values) } });
      form.reset(emptyServiceUse);
      setSaved(t.serviceRecorded);
      onRecorded();
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <section aria-labelledby="prestations" className="fr-mt-4w" data-testid="prestations">
      <h2 id="prestations" className="fr-h4">
        {t.servicesTitle}
      </h2>
      {uses === null || uses === undefined ? (
        <Alert severity="warning" small description={t.unavailable} />
      ) : uses.length === 0 ? (
        <EmptyState message={t.noService} />
      ) : (
        <Table
          caption={t.servicesCaption}
          noCaption
          headers={[t.columns.service, t.columns.usedOn, t.columns.followUp]}
          data={uses.map((use) => [use.service.title, formatShortDate(use.usedOn), use.inWorkFollowUp ? t.yes : t.no])}
        />
      )}
      <h3 className="fr-h5 fr-mt-3w">{t.recordService}</h3>
      {saved && <Alert className="fr-mb-2w" severity="success" small role="status" description={saved} />}
      <ErrorSummary
        title={errorSummaryTitle(Object.keys(errors).length)}
        errors={errors}
        fieldIds={serviceIds}
        attempt={form.attempt}
      />
      <ApiErrorAlert error={apiError} title={t.apiErrorTitle} headingLevel="h3" />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <Select
          label={t.service}
          {...(errors.serviceId ? { state: 'error' as const, stateRelatedMessage: errors.serviceId } : {})}
          nativeSelectProps={{
            id: serviceIds.serviceId,
            name: 'prestation',
            required: true,
            value: values.serviceId,
            onChange: (e) => set('serviceId', e.target.value),
          }}
        >
          <option value="" disabled>
            {t.servicePlaceholder}
          </option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.title}
            </option>
          ))}
        </Select>
        <Input
          label={t.usedOn}
          hintText={t.dateHint}
          {...(errors.usedOn ? { state: 'error' as const, stateRelatedMessage: errors.usedOn } : {})}
          nativeInputProps={{
            id: serviceIds.usedOn,
            name: 'date',
            type: 'date',
            required: true,
            value: values.usedOn,
            onChange: (e) => set('usedOn', e.target.value),
          }}
        />
        <Checkbox
          id="prestation-suivi"
          legend={`${t.followUpLegend} ${t.optional}`}
          options={[
            {
              label: t.followUp,
              hintText: t.followUpHint,
              nativeInputProps: {
                name: 'suivi',
                checked: values.inWorkFollowUp,
                onChange: (e) => set('inWorkFollowUp', e.target.checked),
              },
            },
          ]}
        />
        <Button type="submit" disabled={loading}>
          {loading ? t.sending : t.submitService}
        </Button>
      </form>
    </section>
  );
}

function Poes({ approval, onRecorded }: { approval: Approval; onRecorded: () => void }) {
  const poes = approval.poes;
  const form = useForm(emptyPoe, validatePoe);
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(AgencyRecordPoeDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    setSaved(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toPoeInput(approval.id, values) } });
      form.reset(emptyPoe);
      setSaved(t.poeRecorded);
      onRecorded();
    } catch (failure) {
      // The API's French refusal (outside the agrément…), what was typed kept.
      setApiError(failure);
    }
  }

  const field = (name: PoeField, label: string, type: 'text' | 'date' | 'number', hint?: string) => (
    <Input
      key={name}
      label={label}
      {...(hint ? { hintText: hint } : {})}
      {...(errors[name] ? { state: 'error' as const, stateRelatedMessage: errors[name] } : {})}
      nativeInputProps={{
        id: poeIds[name],
        name: poeIds[name],
        type,
        required: true,
        ...(type === 'number' ? { min: 1, step: 1, inputMode: 'numeric' as const } : {}),
        value: values[name],
        onChange: (e) => set(name, e.target.value),
      }}
    />
  );

  return (
    <section aria-labelledby="poe" className="fr-mt-6w" data-testid="poe">
      <h2 id="poe" className="fr-h4">
        {t.poesTitle}
      </h2>
      {poes === null || poes === undefined ? (
        <Alert severity="warning" small description={t.unavailable} />
      ) : poes.length === 0 ? (
        <EmptyState message={t.noPoe} />
      ) : (
        <Table
          caption={t.poesCaption}
          noCaption
          headers={[t.columns.employer, t.columns.hours, t.columns.period]}
          data={poes.map((poe) => [
            poe.employer,
            String(poe.hours),
            t.period(formatShortDate(poe.startOn), formatShortDate(poe.endOn)),
          ])}
        />
      )}
      <h3 className="fr-h5 fr-mt-3w">{t.recordPoe}</h3>
      {saved && <Alert className="fr-mb-2w" severity="success" small role="status" description={saved} />}
      <ErrorSummary
        title={errorSummaryTitle(Object.keys(errors).length)}
        errors={errors}
        fieldIds={poeIds}
        attempt={form.attempt}
      />
      <ApiErrorAlert error={apiError} title={t.apiErrorTitle} headingLevel="h3" />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        {field('employer', t.employer, 'text')}
        {field('hours', t.hours, 'number')}
        {field('startOn', t.startOn, 'date', t.dateHint)}
        {field('endOn', t.endOn, 'date', t.dateHint)}
        <Button type="submit" disabled={loading}>
          {loading ? t.sending : t.submitPoe}
        </Button>
      </form>
    </section>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import {
  ErrorState,
  formatShortDate,
  Loading,
  NotFound,
  PoleEmploiRegistrationForm,
  useDocumentTitle,
} from '@navette/ui';
import { useNavigate, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import {
  AgencyRecordPoleEmploiRegistrationDocument,
  RegistrationCheckDocument,
  type RegistrationCheckQuery,
} from '../../generated/graphql.ts';
import { personName } from '../approvals/labels.ts';
import { registrationChecksPaths } from './paths.ts';

const t = copy.registrationChecks;
type Approval = NonNullable<RegistrationCheckQuery['approval']>;

/** Records the situation 6 months after the agrément's end (fiche 7), the day of the record being the server's. */
export function RegistrationCheckScreen() {
  useDocumentTitle(t.checkTitle);
  const { approvalId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RegistrationCheckDocument, { variables: { id: approvalId } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!data?.approval) return <NotFound />;
  return <Check approval={data.approval} />;
}

function Situation({ label, situation }: { label: string; situation: Approval['poleEmploiRegistration'] }) {
  return (
    <>
      <dt className="fr-text--bold">{label}</dt>
      <dd className="fr-mb-1w">
        {!situation
          ? t.unknown
          : situation.registered
            ? t.registered(formatShortDate(situation.registeredOn ?? ''), formatShortDate(situation.checkedOn))
            : t.notRegistered(formatShortDate(situation.checkedOn))}
      </dd>
    </>
  );
}

function Check({ approval }: { approval: Approval }) {
  const navigate = useNavigate();
  const [record, { loading }] = useMutation(AgencyRecordPoleEmploiRegistrationDocument);
  const name = personName(approval.person);
  return (
    <>
      <Breadcrumb
        currentPageLabel={name}
        segments={[{ label: t.title, linkProps: { to: registrationChecksPaths.list } }]}
      />
      <h1>{t.checkHeading(name)}</h1>
      <dl>
        <dt className="fr-text--bold">{t.approval}</dt>
        <dd className="fr-mb-1w">
          {t.approvalText(
            approval.number,
            approval.siae.name,
            formatShortDate(approval.startOn),
            formatShortDate(approval.endOn),
          )}
        </dd>
        <Situation label={t.during} situation={approval.poleEmploiRegistration} />
        <Situation label={t.after} situation={approval.poleEmploiRegistrationAfterEnd} />
      </dl>
      <PoleEmploiRegistrationForm
        idPrefix="inscription-6-mois"
        legend={t.legend(formatShortDate(approval.registrationCheckDueOn))}
        submitLabel={t.submit}
        checkpoint="SIX_MONTHS_AFTER_END"
        recorder="AGENCY"
        birthDate={approval.person?.birthDate ?? null}
        approvalEndOn={approval.endOn}
        loading={loading}
        onSubmit={async (input) => {
          await record({
            variables: { input: { approvalId: approval.id, checkpoint: 'SIX_MONTHS_AFTER_END', ...input } },
          });
          void navigate(registrationChecksPaths.list, { state: { recorded: t.recorded(name) } });
        }}
      />
    </>
  );
}

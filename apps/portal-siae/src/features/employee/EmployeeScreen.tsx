import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Link } from 'react-router';
import { FlashNotice } from '../../components/FlashNotice.tsx';
import { copy } from '../../copy.ts';
import type { EmployeeDetailFragment } from '../../generated/graphql.ts';
import {
  aiSectorLabel,
  approvalStatusLabel,
  approvalStatusSeverity,
  contractKindLabel,
  personName,
  prolongationReasonLabel,
} from '../../labels.ts';
import { paths } from '../../paths.ts';
import { ApprovalRequestsTable } from '../approval-requests/ApprovalRequestsTable.tsx';
import { SkillsDocumentButton } from '../skills-document/SkillsDocumentButton.tsx';
import { EmployeeLoader } from './EmployeeLoader.tsx';
import { ParcoursActivities } from './ParcoursActivities.tsx';
import { formatShortDate } from '@navette/ui';
import { PoleEmploiRegistrationSection } from './PoleEmploiRegistrationSection.tsx';

const t = copy.employee;

/**
 * An agrément and the parcours under it: contracts, suspensions, prolongations, requests, training, PMSMP, Pôle emploi
 * services, POE, interview, exit.
 */
export function EmployeeScreen() {
  return (
    <EmployeeLoader title={(approval) => personName(approval.person)}>
      {(approval) => <Employee approval={approval} />}
    </EmployeeLoader>
  );
}

function Employee({ approval }: { approval: EmployeeDetailFragment }) {
  const name = personName(approval.person);
  return (
    <>
      <Breadcrumb
        currentPageLabel={name}
        segments={[{ label: copy.employees.title, linkProps: { to: paths.employees } }]}
      />
      <h1>{name}</h1>
      <p className="fr-text--lead fr-mb-1w">{t.approvalNumber(approval.number)}</p>
      {approval.person && (
        <p>
          <Link
            className="fr-link fr-icon-file-text-line fr-link--icon-left"
            to={paths.personRecord(approval.person.id, paths.employee(approval.id))}
          >
            {copy.personRecord.link}
          </Link>
        </p>
      )}
      <p data-testid="approval-status">
        <Badge as="span" severity={approvalStatusSeverity(approval.status)}>
          {approvalStatusLabel(approval.status)}
        </Badge>
      </p>
      <FlashNotice />

      {approval.alerts.length > 0 && (
        <section aria-labelledby="alertes" className="fr-mb-3w">
          <h2 id="alertes" className="fr-sr-only">
            {t.alerts}
          </h2>
          {approval.alerts.map((alert) => (
            <Alert key={alert} className="fr-mb-1w" severity="warning" small description={alert} />
          ))}
        </section>
      )}

      <section aria-labelledby="agrement">
        <h2 id="agrement" className="fr-h4">
          {t.approval}
        </h2>
        <dl>
          <dt className="fr-text--bold">{t.number}</dt>
          <dd className="fr-mb-1w">{approval.number}</dd>
          <dt className="fr-text--bold">{t.start}</dt>
          <dd className="fr-mb-1w">{formatShortDate(approval.startOn)}</dd>
          <dt className="fr-text--bold">{t.end}</dt>
          <dd className="fr-mb-1w">{formatShortDate(approval.endOn)}</dd>
          <dt className="fr-text--bold">{t.siae}</dt>
          <dd className="fr-mb-1w">
            {approval.siae.name} ({approval.siae.kind}), {approval.siae.city}
          </dd>
        </dl>
      </section>

      <nav aria-labelledby="actions" className="fr-mt-2w">
        <h2 id="actions" className="fr-h4">
          {t.actions}
        </h2>
        <ul className="fr-btns-group fr-btns-group--inline-lg fr-btns-group--sm">
          <li>
            <Button priority="secondary" linkProps={{ to: paths.contract(approval.id) }}>
              {t.recordContract}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.suspension(approval.id) }}>
              {t.requestSuspension}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.prolongation(approval.id) }}>
              {t.requestProlongation}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.renewal(approval.id) }}>
              {t.requestRenewal}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.interview(approval.id) }}>
              {t.recordInterview}
            </Button>
          </li>
          {!approval.exit && (
            <li>
              <Button priority="secondary" linkProps={{ to: paths.exit(approval.id) }}>
                {t.recordExit}
              </Button>
            </li>
          )}
        </ul>
      </nav>

      <Contracts approval={approval} />
      <Suspensions approval={approval} />
      <Prolongations approval={approval} />
      {approval.extensions.length > 0 && (
        <section aria-labelledby="extensions" className="fr-mt-4w">
          <h2 id="extensions" className="fr-h4">
            {t.extensions}
          </h2>
          <ul>
            {approval.extensions.map((extension) => (
              <li key={`${extension.siae.id}-${extension.startOn}`}>
                {t.extensionsText(extension.siae.name, formatShortDate(extension.startOn))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="demandes" className="fr-mt-4w">
        <h2 id="demandes" className="fr-h4">
          {t.requests}
        </h2>
        <ApprovalRequestsTable requests={approval.requests} emptyText={t.noRequest} />
      </section>
      <PoleEmploiRegistrationSection approval={approval} />
      <ParcoursActivities approvalId={approval.id} />
      <Interview approval={approval} />
      <Exit approval={approval} />
    </>
  );
}

function Contracts({ approval }: { approval: EmployeeDetailFragment }) {
  const c = t.contractColumns;
  return (
    <section aria-labelledby="contrats" className="fr-mt-4w">
      <h2 id="contrats" className="fr-h4">
        {t.contracts}
      </h2>
      {approval.contracts.length === 0 ? (
        <p>{t.noContract}</p>
      ) : (
        <Table
          caption={t.contractsCaption}
          noCaption
          headers={[c.kind, c.start, c.end, c.ended, c.details]}
          data={approval.contracts.map((contract) => [
            contractKindLabel(contract.kind),
            formatShortDate(contract.startOn),
            formatShortDate(contract.endOn) || '–',
            formatShortDate(contract.endedOn) || '–',
            contract.aiSector
              ? t.aiDetails(
                  aiSectorLabel(contract.aiSector),
                  t.hours(contract.aiHours ?? 0),
                  contract.approvalRequired ? t.approvalRequired : t.approvalNotRequired,
                )
              : '–',
          ])}
        />
      )}
    </section>
  );
}

function Suspensions({ approval }: { approval: EmployeeDetailFragment }) {
  const c = t.suspensionColumns;
  return (
    <section aria-labelledby="suspensions" className="fr-mt-4w">
      <h2 id="suspensions" className="fr-h4">
        {t.suspensions}
      </h2>
      {approval.suspensions.length === 0 ? (
        <p>{t.noSuspension}</p>
      ) : (
        <Table
          caption={t.suspensionsCaption}
          noCaption
          headers={[c.start, c.end, c.days]}
          data={approval.suspensions.map((s) => [formatShortDate(s.startOn), formatShortDate(s.endOn), t.days(s.days)])}
        />
      )}
    </section>
  );
}

function Prolongations({ approval }: { approval: EmployeeDetailFragment }) {
  const c = t.prolongationColumns;
  return (
    <section aria-labelledby="prolongations" className="fr-mt-4w">
      <h2 id="prolongations" className="fr-h4">
        {t.prolongations}
      </h2>
      {approval.prolongations.length === 0 ? (
        <p>{t.noProlongation}</p>
      ) : (
        <Table
          caption={t.prolongationsCaption}
          noCaption
          headers={[c.start, c.end, c.reason]}
          data={approval.prolongations.map((p) => [
            formatShortDate(p.startOn),
            formatShortDate(p.endOn),
            prolongationReasonLabel(p.reason),
          ])}
        />
      )}
    </section>
  );
}

function Interview({ approval }: { approval: EmployeeDetailFragment }) {
  const interview = approval.exitInterview;
  return (
    <section aria-labelledby="entretien" className="fr-mt-4w">
      <h2 id="entretien" className="fr-h4">
        {t.interview}
      </h2>
      {!interview ? (
        <p>{t.noInterview}</p>
      ) : (
        <dl>
          <dt className="fr-text--bold">{t.interviewHeldOn}</dt>
          <dd className="fr-mb-1w">{formatShortDate(interview.heldOn)}</dd>
          <dt className="fr-text--bold">{t.interviewAssessment}</dt>
          <dd className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
            {interview.assessment}
          </dd>
          <dt className="fr-text--bold">{t.interviewSentToReferent}</dt>
          <dd className="fr-mb-1w">{formatShortDate(interview.sentToReferentOn) || t.notSent}</dd>
          <dt className="fr-text--bold">{t.interviewSentToPrescriber}</dt>
          <dd className="fr-mb-1w">{formatShortDate(interview.sentToPrescriberOn) || t.notSent}</dd>
        </dl>
      )}
    </section>
  );
}

function Exit({ approval }: { approval: EmployeeDetailFragment }) {
  const exit = approval.exit;
  return (
    <section aria-labelledby="sortie" className="fr-mt-4w">
      <h2 id="sortie" className="fr-h4">
        {t.exit}
      </h2>
      {!exit ? (
        <p>{t.noExit}</p>
      ) : (
        <>
          <dl>
            <dt className="fr-text--bold">{t.exitOn}</dt>
            <dd className="fr-mb-1w">{formatShortDate(exit.exitOn)}</dd>
            <dt className="fr-text--bold">{t.outcome}</dt>
            <dd className="fr-mb-1w">{exit.outcomeLabel}</dd>
            <dt className="fr-text--bold">{t.skills}</dt>
            <dd className="fr-mb-1w">
              <ul>
                {exit.skills.map((skill) => (
                  <li key={skill}>{skill}</li>
                ))}
              </ul>
            </dd>
            {exit.comment && (
              <>
                <dt className="fr-text--bold">{t.exitComment}</dt>
                <dd className="fr-mb-1w">{exit.comment}</dd>
              </>
            )}
          </dl>
          {approval.person && (
            <SkillsDocumentButton
              source={{
                number: approval.number,
                startOn: approval.startOn,
                person: approval.person,
                siae: approval.siae,
                contracts: approval.contracts,
                exit,
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ErrorState, Loading, useDocumentTitle } from '@navette/ui';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { EmployeeDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';
import { personName } from '../../labels.ts';
import { paths } from '../../paths.ts';

const t = copy.employee;

/** Loads the agrément of the URL (`:approvalId`), with the loading, error and not-found states. */
export function EmployeeLoader({
  title,
  children,
}: {
  /** The screen's title once loaded (document title). */
  title: (approval: EmployeeDetailFragment) => string;
  children: (approval: EmployeeDetailFragment) => ReactNode;
}) {
  const { approvalId = '' } = useParams();
  const { data, error, refetch } = useQuery(EmployeeDocument, {
    variables: { id: approvalId },
    fetchPolicy: 'cache-and-network',
  });
  const approval = data?.approval;
  useDocumentTitle(approval ? title(approval) : data ? t.notFoundTitle : copy.employees.title);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!approval) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-s-line fr-link--icon-left" to={paths.employees}>
          {t.backToEmployees}
        </Link>
      </>
    );
  }
  return <>{children(approval)}</>;
}

/** The frame of a form about one agrément: breadcrumb back to it, title, who it is for, intro. */
export function EmployeeFormFrame({
  approval,
  title,
  intro,
  children,
}: {
  approval: EmployeeDetailFragment;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  const name = personName(approval.person);
  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        segments={[
          { label: copy.employees.title, linkProps: { to: paths.employees } },
          { label: name, linkProps: { to: paths.employee(approval.id) } },
        ]}
      />
      <h1>{title}</h1>
      <p className="fr-text--lead">
        {name} – {t.approvalNumber(approval.number)}
      </p>
      <p>{intro}</p>
      <p className="fr-text--sm">{copy.forms.allRequired}</p>
      {children}
    </>
  );
}

/** Submit and cancel (back to the agrément). */
export function FormButtons({
  approvalId,
  submit,
  loading,
  busyLabel,
}: {
  approvalId: string;
  submit: string;
  loading: boolean;
  /** What the submit button says while busy (sending, by default). */
  busyLabel?: string | undefined;
}) {
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
      <li>
        <Button type="submit" disabled={loading}>
          {loading ? (busyLabel ?? copy.forms.sending) : submit}
        </Button>
      </li>
      <li>
        <Button priority="secondary" linkProps={{ to: paths.employee(approvalId) }}>
          {copy.forms.cancel}
        </Button>
      </li>
    </ul>
  );
}

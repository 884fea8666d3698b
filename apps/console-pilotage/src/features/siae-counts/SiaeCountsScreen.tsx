import { useQuery } from '@apollo/client/react';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { EmptyState, ErrorState, Loading, SIAE_KINDS, siaeKindLabel, useDocumentTitle } from '@navette/ui';
import { copy } from '../../copy.ts';
import { SiaeCountsByDepartementDocument } from '../../generated/graphql.ts';
import { countsTable } from './counts-table.ts';

const t = copy.counts;
const number = new Intl.NumberFormat('fr-FR');

export function SiaeCountsScreen() {
  useDocumentTitle(t.title);
  const { data, error, refetch } = useQuery(SiaeCountsByDepartementDocument);

  let content;
  if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) content = <Loading />;
  else {
    const { rows, region } = countsTable(data);
    content =
      region.total === 0 ? (
        <EmptyState message={t.empty} />
      ) : (
        <Table
          caption={t.caption}
          bordered
          headers={[
            t.departement,
            ...SIAE_KINDS.map((kind) => (
              <abbr key={kind} title={siaeKindLabel(kind)}>
                {kind}
              </abbr>
            )),
            t.total,
          ]}
          data={[...rows, region].map((row) => [
            row === region ? <strong key="name">{row.name}</strong> : `${row.name} (${row.code})`,
            ...SIAE_KINDS.map((kind) => number.format(row.byKind[kind])),
            <strong key="total">{number.format(row.total)}</strong>,
          ])}
        />
      );
  }

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      {content}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  DepartementFilterForm,
  departementFromSearchParams,
  EmptyState,
  ErrorState,
  Loading,
  useDocumentTitle,
} from '@navette/ui';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { CtaDepartementsDocument, CtaListDocument } from '../../generated/graphql.ts';
import { sortCtas } from './sort-ctas.ts';

const t = copy.ctas;

export function CtaListScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const departement = departementFromSearchParams(searchParams);
  const departements = useQuery(CtaDepartementsDocument);
  const { data, error, refetch, loading } = useQuery(CtaListDocument, { variables: { departement } });
  if (departements.error) console.error('[navette]', departements.error);

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <DepartementFilterForm
        key={departement ?? ''}
        id="cta-departement"
        formLabel={t.title}
        label={t.departement}
        allLabel={t.allDepartements}
        submitLabel={t.submit}
        departements={departements.data?.departements}
        value={departement ?? ''}
        onApply={(value) => setSearchParams(value ? { departement: value } : {})}
      />
      <section aria-labelledby="liste-cta" aria-busy={loading}>
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <h2 id="liste-cta" className="fr-h4" aria-live="polite">
              {t.count(data.ctas.length)}
            </h2>
            {data.ctas.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <Table
                caption={t.caption}
                headers={[t.columns.departement, t.columns.employmentArea, t.columns.cta, t.columns.ledBy]}
                data={sortCtas(data.ctas).map((cta) => [
                  `${cta.employmentArea.departement.name} (${cta.employmentArea.departement.code})`,
                  cta.employmentArea.name,
                  cta.name,
                  cta.ledBy.name,
                ])}
              />
            )}
          </>
        )}
      </section>
    </>
  );
}

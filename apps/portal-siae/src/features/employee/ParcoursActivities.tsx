import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { employmentServiceKindLabel, formatShortDate, Loading, ScrollableTable } from '@navette/ui';
import type { ReactNode } from 'react';
import { copy } from '../../copy.ts';
import { EmployeeActivitiesDocument, type EmployeeActivitiesQuery } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';

const t = copy.activities;
type Activities = NonNullable<EmployeeActivitiesQuery['approval']>;

const dates = (startOn: string, endOn: string) => t.dates(formatShortDate(startOn), formatShortDate(endOn));

/**
 * Training (fiche 6), PMSMP and Pôle emploi services (fiche 5), POE (fiche 7) during the parcours. Asked apart from
 * the agrément, with a partial answer kept: when the formation subgraph cannot answer, the rest of the page stays.
 */
export function ParcoursActivities({ approvalId }: { approvalId: string }) {
  const { data, error } = useQuery(EmployeeActivitiesDocument, {
    variables: { id: approvalId },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  if (error) console.error('[navette]', error);
  const activities = data?.approval;
  if (!data && !error) return <Loading />;
  if (!activities) return <Alert className="fr-mt-4w" severity="warning" small description={t.unavailable} />;
  return (
    <>
      <Trainings activities={activities} />
      <Immersions activities={activities} />
      <ServiceUses activities={activities} />
      <Poes activities={activities} />
    </>
  );
}

/** One kind of activity: its heading, its table (or why there is none), the button to record one. */
function ActivitySection({
  id,
  title,
  add,
  addPath,
  children,
}: {
  id: string;
  title: string;
  add: string;
  addPath: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="fr-mt-4w" data-testid={id}>
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      {children}
      <Button priority="secondary" size="small" iconId="fr-icon-add-line" linkProps={{ to: addPath }}>
        {add}
      </Button>
    </section>
  );
}

const unavailable = <Alert className="fr-mb-2w" severity="warning" small description={t.unavailable} />;

function Trainings({ activities }: { activities: Activities }) {
  const c = t.trainingColumns;
  const records = activities.trainingRecords;
  return (
    <ActivitySection
      id="formations"
      title={t.trainingTitle}
      add={t.addTraining}
      addPath={paths.training(activities.id)}
    >
      {activities.trainingHours != null && (
        <p className="fr-text--bold" data-testid="training-hours">
          {t.trainingTotal(activities.trainingHours)}
        </p>
      )}
      {!records ? (
        unavailable
      ) : records.length === 0 ? (
        <p>{t.noTraining}</p>
      ) : (
        <>
          <ScrollableTable
            caption={t.trainingCaption}
            noCaption
            headers={[c.kind, c.title, c.organisation, c.hours, c.dates]}
            data={records.map((record) => [
              record.kindLabel,
              record.title,
              record.organisation,
              String(record.hours),
              dates(record.startOn, record.endOn),
            ])}
          />
        </>
      )}
    </ActivitySection>
  );
}

function Immersions({ activities }: { activities: Activities }) {
  const c = t.immersionColumns;
  const immersions = activities.immersions;
  return (
    <ActivitySection id="pmsmp" title={t.immersionsTitle} add={t.addImmersion} addPath={paths.immersion(activities.id)}>
      {!immersions ? (
        unavailable
      ) : immersions.length === 0 ? (
        <p>{t.noImmersion}</p>
      ) : (
        <ScrollableTable
          caption={t.immersionsCaption}
          noCaption
          headers={[c.hostCompany, c.objective, c.dates]}
          data={immersions.map((immersion) => [
            immersion.hostCompany,
            immersion.objective,
            dates(immersion.startOn, immersion.endOn),
          ])}
        />
      )}
    </ActivitySection>
  );
}

function ServiceUses({ activities }: { activities: Activities }) {
  const c = t.serviceColumns;
  const uses = activities.serviceUses;
  return (
    <ActivitySection
      id="prestations"
      title={t.servicesTitle}
      add={t.addService}
      addPath={paths.serviceUse(activities.id)}
    >
      {!uses ? (
        unavailable
      ) : uses.length === 0 ? (
        <p>{t.noService}</p>
      ) : (
        <ScrollableTable
          caption={t.servicesCaption}
          noCaption
          headers={[c.service, c.kind, c.usedOn, c.followUp]}
          data={uses.map((use) => [
            use.service.title,
            employmentServiceKindLabel(use.service.kind),
            formatShortDate(use.usedOn),
            use.inWorkFollowUp ? t.yes : t.no,
          ])}
        />
      )}
    </ActivitySection>
  );
}

function Poes({ activities }: { activities: Activities }) {
  const c = t.poeColumns;
  const poes = activities.poes;
  return (
    <ActivitySection id="poe" title={t.poesTitle} add={t.addPoe} addPath={paths.poe(activities.id)}>
      {!poes ? (
        unavailable
      ) : poes.length === 0 ? (
        <p>{t.noPoe}</p>
      ) : (
        <ScrollableTable
          caption={t.poesCaption}
          noCaption
          headers={[c.employer, c.hours, c.dates]}
          data={poes.map((poe) => [poe.employer, String(poe.hours), dates(poe.startOn, poe.endOn)])}
        />
      )}
    </ActivitySection>
  );
}

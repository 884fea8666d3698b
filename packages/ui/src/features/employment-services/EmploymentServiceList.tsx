import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { copy } from '../../copy.tsx';
import { employmentServiceKindLabel } from '../../labels/labels.ts';
import { EmptyState } from '../../states/EmptyState.tsx';
import { groupServicesByKind, type EmploymentServiceItem } from './group-by-kind.ts';

/**
 * An agence's offer of services (convention de coopération locale), grouped by kind. `null` means the
 * API could not tell (the field is nullable so that the rest of the page still shows when the
 * subgraph that owns it is down): say so, rather than "no service".
 */
export function EmploymentServiceList({
  services,
  headingLevel = 3,
}: {
  services: readonly EmploymentServiceItem[] | null | undefined;
  headingLevel?: 3 | 4;
}) {
  if (services == null)
    return <Alert severity="warning" small description={copy.services.unavailable} className="fr-my-2w" />;
  if (services.length === 0) return <EmptyState message={copy.services.empty} />;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {groupServicesByKind(services).map((group) => (
        <section key={group.kind} className="fr-mb-3w">
          <Heading className="fr-h6">
            {employmentServiceKindLabel(group.kind)} ({group.services.length})
          </Heading>
          <ul className="fr-raw-list">
            {group.services.map((s) => (
              <li key={s.id} className="fr-mb-2w">
                <p className="fr-text--bold fr-mb-0">
                  {s.title}{' '}
                  <Tag small as="span">
                    {employmentServiceKindLabel(s.kind)}
                  </Tag>
                </p>
                <p className="fr-text--sm fr-mb-0">{s.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

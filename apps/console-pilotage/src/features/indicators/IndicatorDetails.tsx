import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { copy } from '../../copy.ts';
import type { IndicatorData } from './use-indicators.ts';

const t = copy.indicators;

/** Whether the platform computes it, and whether it is in the table of annexe 1. */
export function IndicatorBadges({ indicator }: { indicator: Pick<IndicatorData, 'computable' | 'inAnnex1'> }) {
  return (
    <ul className="fr-badges-group fr-mb-2w">
      <li>
        {indicator.computable ? (
          <Badge severity="success" small noIcon>
            {t.computed}
          </Badge>
        ) : (
          <Badge severity="new" small noIcon>
            {t.notComputed}
          </Badge>
        )}
      </li>
      {!indicator.inAnnex1 && (
        <li>
          <Badge small noIcon>
            {t.notInAnnex}
          </Badge>
        </li>
      )}
    </ul>
  );
}

/** What an indicator is: definition, provider (source), unit, where the accord states it, how it is broken down. */
export function IndicatorDetails({ indicator }: { indicator: IndicatorData }) {
  const dimensions = indicator.dimensions.map((dimension) => t.dimensions[dimension] ?? dimension);
  return (
    <dl className="navette-details fr-mb-2w">
      <dt>{t.details.definition}</dt>
      <dd>{indicator.definition}</dd>
      <dt>{t.details.source}</dt>
      <dd>{indicator.source}</dd>
      <dt>{t.details.unit}</dt>
      <dd>{t.units[indicator.unit] ?? indicator.unit}</dd>
      <dt>{t.details.dimensions}</dt>
      <dd>{t.dimensionsText(dimensions)}</dd>
      <dt>{t.details.reference}</dt>
      <dd>{indicator.reference}</dd>
      {indicator.note && indicator.computable && (
        <>
          <dt>{t.details.note}</dt>
          <dd>{indicator.note}</dd>
        </>
      )}
    </dl>
  );
}

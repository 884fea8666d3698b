import { siaeKindLabel } from '@navette/ui';

/** A SIAE's name and its kind's abbreviation (ACI, EI…), spelt out for screen readers and on hover. */
export function SiaeWithKind({ siae }: { siae: { name: string; kind: Parameters<typeof siaeKindLabel>[0] } }) {
  return (
    <span>
      {siae.name}{' '}
      <abbr title={siaeKindLabel(siae.kind)} className="fr-text--sm">
        ({siae.kind})
      </abbr>
    </span>
  );
}

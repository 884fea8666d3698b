import { SiaeDirectory, useDocumentTitle } from '@navette/ui';
import { copy } from '../../copy.ts';
import { paths } from '../../paths.ts';

/** Where a prescripteur looks for the SIAE to orient a person to; each opens on its page, with its open offers. */
export function SiaeDirectoryScreen() {
  useDocumentTitle(copy.directory.title);
  return (
    <>
      <h1>{copy.directory.heading}</h1>
      <p className="fr-text--lead">{copy.directory.intro}</p>
      <SiaeDirectory siaeLink={paths.siae} />
    </>
  );
}

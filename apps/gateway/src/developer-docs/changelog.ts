// The schema changelog of /developpeurs/changements (issue 15, item 2): each commit that changed the committed public
// schema (apps/gateway/schema.graphql), compared with the version before it by GraphQL Inspector's diff. The versions
// come from git (scripts/developer-docs.ts); changes of descriptions only are counted, not listed.
import { CriticalityLevel } from '@graphql-inspector/core';
import { escapeHtml, page } from './layout.js';
import { schemaChanges, type SchemaChange } from './schema-changes.js';

export interface SchemaVersion {
  commit: string;
  /** Commit date, AAAA-MM-JJ. */
  date: string;
  subject: string;
  sdl: string;
}

const LEVELS: [CriticalityLevel, string][] = [
  [CriticalityLevel.Breaking, 'Cassant'],
  [CriticalityLevel.Dangerous, 'À vérifier'],
  [CriticalityLevel.NonBreaking, 'Compatible'],
];

/** French wording of the commonest changes; GraphQL Inspector's own message otherwise. */
const FRENCH: Partial<Record<string, string>> = {
  TYPE_ADDED: 'type ajouté',
  TYPE_REMOVED: 'type supprimé',
  TYPE_KIND_CHANGED: 'nature du type changée',
  FIELD_ADDED: 'champ ajouté',
  FIELD_REMOVED: 'champ supprimé',
  FIELD_TYPE_CHANGED: 'type du champ changé',
  FIELD_ARGUMENT_ADDED: 'argument ajouté',
  FIELD_ARGUMENT_REMOVED: 'argument supprimé',
  FIELD_ARGUMENT_TYPE_CHANGED: 'type de l’argument changé',
  FIELD_ARGUMENT_DEFAULT_CHANGED: 'valeur par défaut de l’argument changée',
  FIELD_DEPRECATION_ADDED: 'champ déclaré obsolète',
  FIELD_DEPRECATION_REMOVED: 'champ de nouveau recommandé',
  INPUT_FIELD_ADDED: 'champ d’entrée ajouté',
  INPUT_FIELD_REMOVED: 'champ d’entrée supprimé',
  INPUT_FIELD_TYPE_CHANGED: 'type du champ d’entrée changé',
  ENUM_VALUE_ADDED: 'valeur ajoutée',
  ENUM_VALUE_REMOVED: 'valeur supprimée',
  ENUM_VALUE_DEPRECATION_REASON_ADDED: 'valeur déclarée obsolète',
  UNION_MEMBER_ADDED: 'membre d’union ajouté',
  UNION_MEMBER_REMOVED: 'membre d’union supprimé',
};

/** Announcements to the API's users that the diff alone does not tell (why, until when), newest first; HTML. */
export const ANNOUNCEMENTS: readonly { date: string; title: string; html: string }[] = [
  {
    date: '2026-12-04',
    title: 'Orthographe unique « organisation »',
    html: `<p>Les noms publics écrits « organization » ont désormais leur équivalent en « organisation » :
<code>prescriberOrganisations</code>, <code>prescriberOrganisation(id)</code>, les champs <code>prescriberOrganisation</code>
et <code>originOrganisationName</code>, les arguments et le champ d’entrée <code>prescriberOrganisationId</code>, la valeur
<code>OrganisationKind.PRESCRIBER_ORGANISATION</code>. Les anciens noms restent, déclarés obsolètes, jusqu’au
2027-06-04 ; un ancien argument <code>prescriberOrganizationId</code> devient facultatif à côté du nouveau : donnez l’un
des deux (le nouveau l’emporte si les deux sont donnés).</p>
<p>Le type <code>PrescriberOrganization</code> est renommé <code>PrescriberOrganisation</code> (un type ne peut pas être
déclaré obsolète) : l’ancien nom reste, jusqu’à la même date, une interface que le nouveau type implémente avec les
mêmes champs, si bien que les fragments <code>on PrescriberOrganization</code> restent valides ; seul
<code>__typename</code> vaut désormais <code>PrescriberOrganisation</code>.</p>
<p>Les raisons d’erreur (<code>extensions.reason</code>) sont un contrat stable : <code>PRESCRIBER_ORGANIZATION_NOT_FOUND</code>
garde son orthographe et ne sera pas renommée.</p>`,
  },
];

const isDescriptionOnly = (change: SchemaChange) => change.type.includes('DESCRIPTION');

function changeLine(change: SchemaChange): string {
  const french = FRENCH[change.type];
  const what = french ? `${french} : <code>${escapeHtml(change.path ?? '')}</code>` : escapeHtml(change.message);
  return `<li>${what}</li>`;
}

/** One entry per version that changed the schema, newest first. */
export async function renderChangelog(versions: readonly SchemaVersion[], note?: string): Promise<string> {
  const entries: string[] = [];
  for (let i = versions.length - 1; i >= 0; i--) {
    const version = versions[i]!;
    const previous = versions[i - 1];
    const heading = `<h2 id="v-${version.commit.slice(0, 12)}">${version.date} — ${escapeHtml(version.subject)}</h2>
<p class="commit">Commit <code>${version.commit.slice(0, 12)}</code></p>`;
    if (!previous) {
      entries.push(`<section>${heading}<p>Première version publiée du schéma.</p></section>`);
      continue;
    }
    let changes: SchemaChange[];
    try {
      changes = await schemaChanges(previous.sdl, version.sdl);
    } catch {
      entries.push(`<section>${heading}<p>Version illisible : pas de comparaison possible.</p></section>`);
      continue;
    }
    const descriptions = changes.filter(isDescriptionOnly).length;
    const listed = changes.filter((change) => !isDescriptionOnly(change));
    if (listed.length === 0 && descriptions === 0) continue;
    const groups = LEVELS.map(([level, label]) => {
      const ofLevel = listed.filter((change) => change.criticality.level === level);
      return ofLevel.length === 0
        ? ''
        : `<h3 class="level-${level.toLowerCase()}">${label} (${ofLevel.length})</h3><ul>${ofLevel.map(changeLine).join('')}</ul>`;
    }).join('');
    const described =
      descriptions > 0
        ? `<p>${descriptions} description${descriptions > 1 ? 's' : ''} ajoutée${descriptions > 1 ? 's' : ''} ou modifiée${descriptions > 1 ? 's' : ''}.</p>`
        : '';
    entries.push(`<section>${heading}${groups}${described}</section>`);
  }
  const content = `<h1>Changements du schéma</h1>
<p>Chaque version du schéma public enregistrée dans l’historique du dépôt (<code>apps/gateway/schema.graphql</code>),
comparée à la précédente. « Cassant » : une requête qui marchait peut échouer (champ supprimé, type changé) ; un tel
changement n’est publié que déclaré, avec sa raison et sa date (<code>apps/gateway/schema/breaking-changes.json</code>).
Un champ obsolète porte la date de l’annonce : <code>@deprecated(reason: "… (depuis le AAAA-MM-JJ)")</code>.</p>
${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}
${ANNOUNCEMENTS.map((a) => `<section class="announcement"><h2>${a.date} — ${escapeHtml(a.title)}</h2>${a.html}</section>`).join('\n')}
${entries.join('\n')}`;
  return page({ title: 'Changements du schéma', current: 'changements', content });
}

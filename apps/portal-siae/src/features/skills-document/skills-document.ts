// The document de compétences handed to the person at the end of the parcours (accord, fiche 7): its content,
// built from the agrément and its exit, independent of how it is drawn (render-pdf.ts).
import { copy } from '../../copy.ts';
import { contractKindLabel, personName } from '../../labels.ts';
import type { ContractKind } from '../../generated/graphql.ts';

const t = copy.skillsDocument;

export interface SkillsDocumentSource {
  number: string;
  startOn: string;
  person: { firstName: string; lastName: string; birthDate: string };
  siae: { name: string; kind: string; city: string; postcode: string };
  contracts: readonly { kind: ContractKind; startOn: string; endOn: string | null; endedOn: string | null }[];
  exit: { exitOn: string; outcomeLabel: string; skills: readonly string[]; comment: string | null };
}

export interface SkillsDocumentContent {
  /** The PDF's title metadata: the document and whose it is. */
  title: string;
  /** The SIAE that hands the document over (fiche 7). */
  issuer: string;
  heading: string;
  subtitle: string;
  fields: { label: string; value: string }[];
  contracts: { heading: string; lines: string[] };
  skills: { heading: string; items: string[] };
  comment: { heading: string; text: string } | null;
  issued: string;
  footer: string;
}

/** "1 juin 2026" for "2026-06-01". */
export function formatDocumentDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))),
  );
}

/** The parcours runs from the first hiring (or the agrément's start when no contract is recorded) to the exit. */
export function parcoursStart(source: Pick<SkillsDocumentSource, 'startOn' | 'contracts'>): string {
  return source.contracts.reduce(
    (first, contract) => (contract.startOn < first ? contract.startOn : first),
    source.startOn,
  );
}

export function skillsDocumentContent(source: SkillsDocumentSource, issuedOn: string): SkillsDocumentContent {
  const name = personName(source.person);
  return {
    title: `${t.title} – ${name}`,
    issuer: source.siae.name,
    heading: t.title,
    subtitle: t.subtitle,
    fields: [
      { label: t.person, value: name },
      { label: t.birthDate, value: formatDocumentDate(source.person.birthDate) },
      {
        label: t.siae,
        value: `${source.siae.name} (${source.siae.kind}), ${source.siae.city} ${source.siae.postcode}`,
      },
      { label: t.approval, value: `n° ${source.number}` },
      {
        label: t.parcours,
        value: t.parcoursDates(formatDocumentDate(parcoursStart(source)), formatDocumentDate(source.exit.exitOn)),
      },
      { label: t.outcome, value: source.exit.outcomeLabel },
    ],
    contracts: {
      heading: t.contracts,
      lines: [...source.contracts]
        .sort((a, b) => a.startOn.localeCompare(b.startOn))
        .map((contract) => {
          const end = contract.endedOn ?? contract.endOn;
          const period = end
            ? t.parcoursDates(formatDocumentDate(contract.startOn), formatDocumentDate(end))
            : `depuis le ${formatDocumentDate(contract.startOn)}`;
          return `${contractKindLabel(contract.kind)}, ${period}`;
        }),
    },
    skills: { heading: t.skills, items: [...source.exit.skills] },
    comment: source.exit.comment?.trim() ? { heading: t.comment, text: source.exit.comment.trim() } : null,
    issued: t.issuedOn(formatDocumentDate(issuedOn)),
    footer: t.footer,
  };
}

/** "document-competences-jean-dupont-2026-11-30.pdf": ASCII only, safe in any file system. */
export function skillsDocumentFileName(person: { firstName: string; lastName: string }, exitOn: string): string {
  const slug = `${person.firstName} ${person.lastName}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${t.fileName}-${slug || 'salarie'}-${exitOn}.pdf`;
}

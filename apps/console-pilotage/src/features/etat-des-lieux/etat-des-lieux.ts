// The état des lieux annuel of fiche 1 ("Un état des lieux annuel de l'IAE, présentant, entre autres, le contexte
// territorial, les taux de retour à l'emploi, alimenté et produit par les signataires"; annexe 1, fiche 1): assembled
// from what the API publishes — the indicators of the year as the console shows them (masked cells kept masked, no
// total computed: indicator-table.ts), the accord's state, the comité's meetings and the working groups. Nothing is
// re-computed here.
import type {
  AccordQuery,
  IndicatorsQuery,
  SteeringMeetingsQuery,
  WorkingGroupsQuery,
} from '../../generated/graphql.ts';
import { buildIndicatorTable } from '../indicators/indicator-table.ts';
import { exportSheet } from '../indicators/indicator-export.ts';

export interface EtatDesLieuxSection {
  heading: string;
  lines: string[];
}

export interface EtatDesLieuxContent {
  title: string;
  subtitle: string;
  sections: EtatDesLieuxSection[];
  footer: string;
}

const short = (iso: string) => iso.split('-').reverse().join('/');

export function etatDesLieuxContent(source: {
  year: number;
  today: string;
  accord: AccordQuery['accord'];
  indicators: IndicatorsQuery['indicators'];
  meetings: SteeringMeetingsQuery['steeringMeetings'];
  workingGroups: WorkingGroupsQuery['workingGroups'];
}): EtatDesLieuxContent {
  const { year, today, accord } = source;
  const to = `${year}-12-31` < today ? `${year}-12-31` : today;
  const sections: EtatDesLieuxSection[] = [
    {
      heading: 'L’accord régional',
      lines: [
        accord.title,
        `${accord.stateLabel} — signé le ${short(accord.signedOn)}, échéance le ${short(accord.termEndsOn)}.`,
        ...(accord.termination
          ? [
              `Résiliation demandée par ${accord.termination.requestedBy.name} le ${short(accord.termination.receivedOn)} : préavis jusqu’au ${short(accord.termination.noticeEndsOn)}.`,
            ]
          : []),
      ],
    },
    {
      heading: `Le comité de pilotage en ${year} (article 3)`,
      lines:
        source.meetings.length === 0
          ? ['Aucune réunion enregistrée.']
          : source.meetings.map((m) => `${short(m.heldOn)} : ${m.agenda.split('\n')[0]}`),
    },
    {
      heading: 'Les groupes de travail (article 3)',
      lines:
        source.workingGroups.length === 0
          ? ['Aucun groupe de travail constitué.']
          : source.workingGroups.map(
              (g) =>
                `${g.name} (${g.theme}) : ${g.meetings.length} réunion(s), ${g.proposals.length} proposition(s) au comité.`,
            ),
    },
  ];
  const fiches = [...new Set(source.indicators.map((i) => i.fiche))].sort((a, b) => (a ?? 99) - (b ?? 99));
  for (const fiche of fiches) {
    const lines: string[] = [];
    for (const indicator of source.indicators.filter((i) => i.fiche === fiche && i.computable && i.table)) {
      lines.push(`• ${indicator.label}`);
      const sheet = exportSheet(buildIndicatorTable({ unit: indicator.unit, table: indicator.table }));
      for (const row of sheet.rows) {
        const cells = row
          .slice(2)
          .map((value, i) => `${sheet.header[i + 2]} : ${value ?? '—'}`)
          .join(' ; ');
        lines.push(`   ${row[1]} (${row[0]}) — ${cells}`);
      }
    }
    if (lines.length > 0) sections.push({ heading: fiche ? `Fiche action ${fiche}` : 'Autres indicateurs', lines });
  }
  return {
    title: `État des lieux annuel de l’IAE en Bourgogne-Franche-Comté — ${year}`,
    subtitle: `Accord régional, fiche 1 et annexe 1 — indicateurs du 01/01/${year} au ${short(to)}, tels que publiés par Navette le ${short(today)}`,
    sections,
    footer:
      'Secret statistique : les effectifs de 1 à 4 sont masqués (« < 5 »), ainsi que les taux et heures calculés à partir d’eux ; aucun total n’est recalculé.',
  };
}

import { drawnText } from '@navette/ui/pdf-testing';
import { describe, expect, it } from 'vitest';
import { etatDesLieuxContent } from './etat-des-lieux.ts';
import { renderEtatDesLieuxPdf } from './render-pdf.ts';

// accord, fiche 1: "Un état des lieux annuel de l'IAE, présentant, entre autres, le contexte territorial, les taux de
// retour à l'emploi"; built from the published figures only (masked cells stay masked, no total computed).
const source = {
  year: 2026,
  today: '2026-12-03',
  accord: {
    __typename: 'Accord',
    id: 'a',
    title: 'Accord régional de coopération Bourgogne-Franche-Comté',
    signedOn: '2016-12-08',
    initialEndsOn: '2018-12-31',
    termEndsOn: '2027-12-31',
    endsOn: '2027-03-02',
    state: 'UNDER_NOTICE',
    stateLabel: 'En préavis de résiliation',
    mayRequestTermination: false,
    signatories: [],
    termination: {
      __typename: 'AccordTermination',
      id: 't',
      reason: 'r',
      receivedOn: '2026-12-03',
      noticeEndsOn: '2027-03-02',
      effectiveOn: '2027-03-03',
      withdrawnOn: null,
      mayWithdraw: true,
      requestedBy: { __typename: 'AccordSignatory', id: 's', name: 'FNARS Bourgogne-Franche-Comté' },
      extraordinaryMeeting: { __typename: 'SteeringMeeting', id: 'm', heldOn: '2027-01-04' },
    },
    terminations: [],
  },
  indicators: [
    {
      __typename: 'Indicator',
      id: 'F7_RETOUR',
      label: 'Taux de retour à l’emploi',
      fiche: 7,
      reference: '',
      unit: 'COUNT',
      source: '',
      definition: '',
      dimensions: [],
      computable: true,
      starred: false,
      inAnnex1: true,
      note: null,
      table: {
        __typename: 'IndicatorTable',
        siaeKinds: ['ACI', 'AI'],
        departements: [{ __typename: 'Departement', code: '25', name: 'Doubs' }],
        states: [['FIGURE', 'MASKED']],
        values: [[12, null]],
        people: null,
      },
    },
  ],
  meetings: [{ heldOn: '2026-06-15', agenda: 'Bilan annuel\nFeuille de route' }],
  workingGroups: [],
} as unknown as Parameters<typeof etatDesLieuxContent>[0];

describe('the état des lieux annuel (fiche 1)', () => {
  it('assembles the accord, the comité, the groups and each computable indicator as published', () => {
    const content = etatDesLieuxContent(source);
    expect(content.title).toContain('2026');
    expect(content.sections.map((s) => s.heading)).toEqual([
      'L’accord régional',
      'Le comité de pilotage en 2026 (article 3)',
      'Les groupes de travail (article 3)',
      'Fiche action 7',
    ]);
    expect(content.sections[0]!.lines.join('\n')).toContain('préavis jusqu’au 02/03/2027');
    const fiche7 = content.sections[3]!.lines.join('\n');
    expect(fiche7).toContain('Doubs (25)');
    expect(fiche7).toContain('ACI : 12');
    expect(fiche7).toContain('AI : < 5');
  });

  it('draws it as a PDF', async () => {
    const text = await drawnText(await renderEtatDesLieuxPdf(etatDesLieuxContent(source)));
    expect(text).toContain('État des lieux annuel de l’IAE');
    expect(text).toContain('Fiche action 7');
  });
});

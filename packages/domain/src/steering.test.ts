import { describe, expect, it } from 'vitest';
import { ctaMeetingsDue, steeringDocumentsOnTime, steeringMeetingsShortfall } from './steering.js';

// accord, fiche 8: "Réunir le CTA selon une périodicité trimestrielle, dont le dernier en fin d'année
// invite les responsables de SIAE"
describe('ctaMeetingsDue (accord, fiche 8)', () => {
  const meetings = [
    { employmentAreaId: 'dijon', heldOn: '2024-02-10' },
    { employmentAreaId: 'dijon', heldOn: '2024-05-10' },
    { employmentAreaId: 'dijon', heldOn: '2024-09-30' },
    { employmentAreaId: 'dijon', heldOn: '2024-12-05', withSiaeHeads: true },
    { employmentAreaId: 'beaune', heldOn: '2024-03-31' },
    { employmentAreaId: 'beaune', heldOn: '2024-10-01' },
    { employmentAreaId: 'beaune', heldOn: '2024-12-10' },
    { employmentAreaId: 'beaune', heldOn: '2023-12-10', withSiaeHeads: true },
  ];

  it('one meeting per quarter and a year-end meeting with the SIAE heads', () => {
    const [beaune, dijon, montbard] = ctaMeetingsDue(2024, meetings, { employmentAreas: ['montbard'] });
    expect(dijon).toMatchObject({
      employmentAreaId: 'dijon',
      missingQuarters: [],
      yearEndMeetingWithSiaeHeads: true,
      compliant: true,
    });
    expect(beaune).toMatchObject({ missingQuarters: [2, 3], yearEndMeetingWithSiaeHeads: false, compliant: false });
    expect(beaune?.quarters[3]).toEqual({ quarter: 4, from: '2024-10-01', to: '2024-12-31', meetings: 2 });
    expect(montbard).toMatchObject({ missingQuarters: [1, 2, 3, 4], compliant: false });
  });

  it('the SIAE heads must be invited to the last meeting of the year, held in the fourth quarter', () => {
    const [area] = ctaMeetingsDue(2024, [
      { employmentAreaId: 'x', heldOn: '2024-01-10' },
      { employmentAreaId: 'x', heldOn: '2024-04-10' },
      { employmentAreaId: 'x', heldOn: '2024-07-10' },
      { employmentAreaId: 'x', heldOn: '2024-10-10', withSiaeHeads: true },
      { employmentAreaId: 'x', heldOn: '2024-12-10' },
    ]);
    expect(area?.yearEndMeetingWithSiaeHeads).toBe(false);
  });
});

// accord, article 3: documents "transmis au plus tard 10 jours avant les dates fixées"
describe('steeringDocumentsOnTime (accord, article 3)', () => {
  it('at least 10 calendar days before the meeting', () => {
    expect(steeringDocumentsOnTime('2024-06-20', '2024-06-10')).toBe(true);
    expect(steeringDocumentsOnTime('2024-06-20', '2024-06-01')).toBe(true);
    expect(steeringDocumentsOnTime('2024-06-20', '2024-06-11')).toBe(false);
    expect(steeringDocumentsOnTime('2024-03-05', '2024-02-24')).toBe(true); // across a leap day
    expect(steeringDocumentsOnTime('2024-03-05', '2024-02-25')).toBe(false);
  });
});

// accord, article 3: "Le comité de pilotage se réunit au moins 2 fois par an"
describe('steeringMeetingsShortfall (accord, article 3)', () => {
  it('counts the meetings missing to reach 2 in the year', () => {
    expect(steeringMeetingsShortfall(2024, [])).toBe(2);
    expect(steeringMeetingsShortfall(2024, [{ heldOn: '2024-03-01' }, { heldOn: '2023-11-01' }])).toBe(1);
    expect(steeringMeetingsShortfall(2024, [{ heldOn: '2024-03-01' }, { heldOn: '2024-03-01' }])).toBe(1);
    expect(
      steeringMeetingsShortfall(2024, [{ heldOn: '2024-03-01' }, { heldOn: '2024-10-01' }, { heldOn: '2024-12-01' }]),
    ).toBe(0);
  });
});

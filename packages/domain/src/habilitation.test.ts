// Habilitations by the Préfet (accord, annexe 4 §2.1 "prescripteurs habilités par le Préfet après avis du CDIAE";
// fiche 2 "liste préfectorale habilitant les prescripteurs hors du droit commun"). The choices where the accord is silent
// are written at the top of habilitation.ts.
import { describe, expect, it } from 'vitest';
import {
  decideHabilitation,
  decisionsWithLegacyPeriod,
  habilitationOn,
  habilitationPeriods,
  habilitationSpans,
  habilitationsOf,
  WITHDRAWAL_REASON_MAX_LENGTH,
  type HabilitationDecision,
} from './habilitation.js';
import { canPrescribe } from './prescription.js';

const grant2025: HabilitationDecision = {
  kind: 'GRANT',
  decidedOn: '2025-01-01',
  startOn: '2025-01-01',
  endOn: '2029-12-31',
};
const habilite = (decisions: HabilitationDecision[]) => ({ kind: 'HABILITE' as const, decisions });

describe('the register of decisions (annexe 4 §2.1)', () => {
  it('a grant opens its period; a renewal adds one; both make one span', () => {
    const renewed: HabilitationDecision[] = [
      grant2025,
      { kind: 'RENEWAL', decidedOn: '2029-10-01', startOn: '2030-01-01', endOn: '2034-12-31' },
    ];
    expect(habilitationPeriods(renewed)).toHaveLength(2);
    expect(habilitationSpans(habilitationPeriods(renewed))).toEqual([{ startOn: '2025-01-01', endOn: '2034-12-31' }]);
    expect(habilitationOn(renewed, '2031-06-01').status).toBe('HABILITATED');
  });

  it('a withdrawal ends the habilitation the day before it: no prescription from its day on (fiche 4)', () => {
    const withdrawn: HabilitationDecision[] = [grant2025, { kind: 'WITHDRAWAL', decidedOn: '2026-03-10' }];
    expect(habilitationPeriods(withdrawn)).toEqual([{ startOn: '2025-01-01', endOn: '2026-03-09' }]);
    expect(canPrescribe({ kind: 'HABILITE', habilitations: habilitationsOf(withdrawn) }, '2026-03-09').ok).toBe(true);
    expect(canPrescribe({ kind: 'HABILITE', habilitations: habilitationsOf(withdrawn) }, '2026-03-10').ok).toBe(false);
    expect(habilitationOn(withdrawn, '2026-03-10').status).toBe('WITHDRAWN');
  });

  it('a withdrawal cancels a period not yet started', () => {
    const decisions: HabilitationDecision[] = [
      { kind: 'GRANT', decidedOn: '2026-01-05', startOn: '2026-02-01', endOn: '2027-01-31' },
      { kind: 'WITHDRAWAL', decidedOn: '2026-01-20' },
    ];
    expect(habilitationPeriods(decisions)).toEqual([]);
    expect(habilitationOn(decisions, '2026-01-20').status).toBe('WITHDRAWN');
  });

  it('tells a lapsed, an upcoming and a never habilitated organisation apart', () => {
    expect(habilitationOn([grant2025], '2030-01-01')).toEqual({
      status: 'LAPSED',
      span: { startOn: '2025-01-01', endOn: '2029-12-31' },
    });
    expect(habilitationOn([grant2025], '2024-12-31').status).toBe('UPCOMING');
    expect(habilitationOn([], '2026-01-01')).toEqual({ status: 'NEVER', span: null });
  });
});

describe('decideHabilitation: the État proposes, the rules decide', () => {
  const today = '2026-11-23';

  it('a prescripteur de droit needs no habilitation (annexe 4 §2.1: Pôle emploi, missions locales, Cap emploi)', () => {
    const result = decideHabilitation(
      { kind: 'MISSION_LOCALE', decisions: [] },
      { kind: 'GRANT', startOn: today, endOn: '2027-11-22' },
      today,
    );
    expect(!result.ok && result.code).toBe('HABILITATION_NOT_NEEDED');
  });

  it('grants for a period starting on the decision day at the earliest, 5 years at most', () => {
    const granted = decideHabilitation(habilite([]), { kind: 'GRANT', startOn: today, endOn: '2031-11-22' }, today);
    expect(granted).toEqual({
      ok: true,
      value: { kind: 'GRANT', decidedOn: today, startOn: today, endOn: '2031-11-22', reason: null },
    });
    const retro = decideHabilitation(
      habilite([]),
      { kind: 'GRANT', startOn: '2026-11-01', endOn: '2027-10-31' },
      today,
    );
    expect(!retro.ok && retro.code).toBe('HABILITATION_RETROACTIVE');
    const long = decideHabilitation(habilite([]), { kind: 'GRANT', startOn: today, endOn: '2031-11-23' }, today);
    expect(!long.ok && long.code).toBe('HABILITATION_TOO_LONG');
    const reversed = decideHabilitation(
      habilite([]),
      { kind: 'GRANT', startOn: '2027-01-01', endOn: '2026-12-31' },
      today,
    );
    expect(!reversed.ok && reversed.code).toBe('HABILITATION_PERIOD_INVALID');
    const open = decideHabilitation(habilite([]), { kind: 'GRANT', startOn: today }, today);
    expect(!open.ok && open.code).toBe('HABILITATION_PERIOD_INVALID');
  });

  it('does not grant twice: an organisation habilitée is renewed', () => {
    const twice = decideHabilitation(
      habilite([grant2025]),
      { kind: 'GRANT', startOn: today, endOn: '2027-11-22' },
      today,
    );
    expect(!twice.ok && twice.code).toBe('HABILITATION_ALREADY_IN_EFFECT');
    // A lapsed habilitation is granted again.
    const lapsed: HabilitationDecision = {
      kind: 'GRANT',
      decidedOn: '2021-01-01',
      startOn: '2021-01-01',
      endOn: '2023-12-31',
    };
    expect(
      decideHabilitation(habilite([lapsed]), { kind: 'GRANT', startOn: today, endOn: '2027-11-22' }, today).ok,
    ).toBe(true);
    const renewLapsed = decideHabilitation(
      habilite([lapsed]),
      { kind: 'RENEWAL', startOn: today, endOn: '2027-11-22' },
      today,
    );
    expect(!renewLapsed.ok && renewLapsed.code).toBe('HABILITATION_NOTHING_TO_RENEW');
  });

  it('renews without a gap and for longer (fiche 2: the list kept up to date)', () => {
    const ok = decideHabilitation(
      habilite([grant2025]),
      { kind: 'RENEWAL', startOn: '2030-01-01', endOn: '2034-12-31' },
      today,
    );
    expect(ok.ok).toBe(true);
    const gap = decideHabilitation(
      habilite([grant2025]),
      { kind: 'RENEWAL', startOn: '2030-01-02', endOn: '2034-12-31' },
      today,
    );
    expect(!gap.ok && gap.code).toBe('HABILITATION_RENEWAL_GAP');
    const shorter = decideHabilitation(
      habilite([grant2025]),
      { kind: 'RENEWAL', startOn: today, endOn: '2029-12-31' },
      today,
    );
    expect(!shorter.ok && shorter.code).toBe('HABILITATION_RENEWAL_SHORTER');
  });

  it('withdraws a habilitation in effect, with a reason', () => {
    const none = decideHabilitation(habilite([]), { kind: 'WITHDRAWAL', reason: 'Motif' }, today);
    expect(!none.ok && none.code).toBe('HABILITATION_NOTHING_TO_WITHDRAW');
    const noReason = decideHabilitation(habilite([grant2025]), { kind: 'WITHDRAWAL', reason: '   ' }, today);
    expect(!noReason.ok && noReason.code).toBe('HABILITATION_REASON_REQUIRED');
    expect(
      decideHabilitation(habilite([grant2025]), { kind: 'WITHDRAWAL', reason: ' Fin d’activité ' }, today),
    ).toEqual({
      ok: true,
      value: { kind: 'WITHDRAWAL', decidedOn: today, startOn: null, endOn: null, reason: 'Fin d’activité' },
    });
  });

  it('refuses a reason longer than the API takes for one line of a form', () => {
    const long = decideHabilitation(
      habilite([grant2025]),
      { kind: 'WITHDRAWAL', reason: 'x'.repeat(WITHDRAWAL_REASON_MAX_LENGTH + 1) },
      today,
    );
    expect(!long.ok && long.code).toBe('HABILITATION_REASON_REQUIRED');
  });
});

describe('an organisation of the directory without a register yet', () => {
  it('stands on the directory’s period, taken as a grant decided on its first day', () => {
    expect(decisionsWithLegacyPeriod([], { startOn: '2025-01-01', endOn: '2029-12-31' })).toEqual([
      { kind: 'GRANT', decidedOn: '2025-01-01', startOn: '2025-01-01', endOn: '2029-12-31' },
    ]);
    expect(decisionsWithLegacyPeriod([], { startOn: null, endOn: null })).toEqual([]);
  });

  it('once decisions are recorded, folds them alone (the directory’s period is their projection)', () => {
    const register: HabilitationDecision[] = [grant2025, { kind: 'WITHDRAWAL', decidedOn: '2026-03-10' }];
    expect(decisionsWithLegacyPeriod(register, { startOn: '2025-01-01', endOn: '2026-03-09' })).toEqual(register);
  });
});

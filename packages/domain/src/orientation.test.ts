import { describe, expect, it } from 'vitest';
import {
  ORIENTATION_ACTIONS,
  ORIENTATION_STATUSES,
  mayDecideApproval,
  orientationOrigin,
  orientationReason,
  orientationTarget,
  orientationTransition,
} from './orientation.js';

describe('orientation (accord, annexe 4 §3 "L\'orientation": "pouvant être réalisée par tous les acteurs accueillant du public")', () => {
  it('the prescripteur accepts or declines a pending orientation, once', () => {
    expect(orientationTransition('PENDING', 'ACCEPT')).toEqual({ ok: true, value: 'ACCEPTED' });
    expect(orientationTransition('PENDING', 'DECLINE')).toEqual({ ok: true, value: 'DECLINED' });
    for (const answered of ['ACCEPTED', 'DECLINED'] as const) {
      for (const action of ORIENTATION_ACTIONS) {
        expect(orientationTransition(answered, action)).toMatchObject({
          ok: false,
          code: 'ORIENTATION_ALREADY_ANSWERED',
        });
      }
    }
    const refused = orientationTransition('DECLINED', 'ACCEPT');
    expect(refused.ok ? '' : refused.message).toBe(
      'Cette orientation est déjà « déclinée par le prescripteur » : elle ne peut plus être acceptée.',
    );
    expect(ORIENTATION_STATUSES).toEqual(['PENDING', 'ACCEPTED', 'DECLINED']);
  });

  it('an orientation and a decline carry a short reason ("premier repérage"; the orienting organisation is told why)', () => {
    expect(orientationReason('  Demandeur d’emploi depuis 14 mois, sans qualification  ', 'ORIENT')).toEqual({
      ok: true,
      value: 'Demandeur d’emploi depuis 14 mois, sans qualification',
    });
    expect(orientationReason('   ', 'ORIENT')).toMatchObject({ ok: false, code: 'ORIENTATION_REASON_REQUIRED' });
    expect(orientationReason(null, 'DECLINE')).toMatchObject({ ok: false, code: 'ORIENTATION_REASON_REQUIRED' });
    expect(orientationReason('x'.repeat(1001), 'ORIENT')).toMatchObject({
      ok: false,
      code: 'ORIENTATION_REASON_TOO_LONG',
    });
  });

  it('every actor receiving the public orients — SIAE, agence, prescripteur habilité or not — the État and the comité do not', () => {
    expect(orientationOrigin({ kind: 'SIAE' })).toEqual({ ok: true, value: 'SIAE' });
    // seed 004: Pôle emploi "endosse à la fois les rôles d'orienteur, de prescripteur et d'organisme d'agrémentation".
    expect(orientationOrigin({ kind: 'AGENCY' })).toEqual({ ok: true, value: 'POLE_EMPLOI' });
    expect(
      orientationOrigin({ kind: 'PRESCRIBER_ORGANISATION', prescriberKind: 'POLE_EMPLOI', mayPrescribe: true }),
    ).toEqual({ ok: true, value: 'POLE_EMPLOI' });
    expect(
      orientationOrigin({ kind: 'PRESCRIBER_ORGANISATION', prescriberKind: 'MISSION_LOCALE', mayPrescribe: true }),
    ).toEqual({ ok: true, value: 'PRESCRIBER' });
    // A CCAS whose habilitation by the préfet ended still receives the public: it orients, counted apart.
    expect(
      orientationOrigin({ kind: 'PRESCRIBER_ORGANISATION', prescriberKind: 'HABILITE', mayPrescribe: false }),
    ).toEqual({ ok: true, value: 'OTHER' });
    for (const kind of ['STATE_SERVICE', 'STEERING_COMMITTEE'] as const) {
      expect(orientationOrigin({ kind })).toMatchObject({ ok: false, code: 'ORIENTATION_NOT_FOR_THIS_ORGANISATION' });
    }
  });

  it('the orientation goes to a prescripteur allowed to prescribe ("uniquement par les prescripteurs de droit … et habilités"), not to oneself', () => {
    expect(
      orientationTarget({ originOrganisationId: 'a', targetOrganisationId: 'b', targetMayPrescribe: true }),
    ).toEqual({
      ok: true,
      value: true,
    });
    expect(
      orientationTarget({ originOrganisationId: 'a', targetOrganisationId: 'b', targetMayPrescribe: false }),
    ).toMatchObject({ ok: false, code: 'ORIENTATION_TARGET_CANNOT_PRESCRIBE' });
    expect(
      orientationTarget({ originOrganisationId: 'a', targetOrganisationId: 'a', targetMayPrescribe: true }),
    ).toMatchObject({ ok: false, code: 'ORIENTATION_TO_ITSELF' });
  });
});

describe('separation of duties (seed 004: Pôle emploi "orienteur, prescripteur et organisme d\'agrémentation"; fiche 4)', () => {
  const decider = 'agent-1';
  it('the agent who prescribed the person does not decide their agrément', () => {
    expect(
      mayDecideApproval({ deciderUserId: decider, prescriberUserIds: [null, decider], diagnosisAuthorUserIds: [] }),
    ).toMatchObject({ ok: false, code: 'DECIDER_PRESCRIBED_THIS_PERSON' });
  });
  it('nor the agent who made the eligibility diagnosis', () => {
    expect(
      mayDecideApproval({ deciderUserId: decider, prescriberUserIds: ['agent-2'], diagnosisAuthorUserIds: [decider] }),
    ).toMatchObject({ ok: false, code: 'DECIDER_DIAGNOSED_THIS_PERSON' });
  });
  it('another agent decides; authors unknown (null: written by the platform) never match', () => {
    expect(
      mayDecideApproval({
        deciderUserId: decider,
        prescriberUserIds: ['agent-2', null],
        diagnosisAuthorUserIds: [null],
      }),
    ).toEqual({ ok: true, value: true });
  });
});

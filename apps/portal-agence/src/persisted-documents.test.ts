import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as generated from './generated/graphql.ts';

// The gateway will accept from this portal only the operations of its persisted-documents.json:
// every document the screens send must be there, under the hash embedded in the document.
const manifest = JSON.parse(
  readFileSync(new URL('./generated/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as [
  string,
  { __meta__?: { hash?: string } },
][];

describe('persisted documents of the Espace agence', () => {
  it('lists the agence picker, territory, approval, approval services (POE, prestations), convention, CTA, profile pre-validation, Pôle emploi registration checks and indicator screens, the prescribing and orientation screens (issue 18 §2), and the session, account, password reset, notifications and pending-work operations of @navette/ui', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'AcceptOrientationDocument',
      'AccountSessionsDocument',
      'AgencyPickerDepartementsDocument',
      'AgencyPickerDocument',
      'AgencyRecordPoeDocument',
      'AgencyRecordPoleEmploiRegistrationDocument',
      'AgencyRecordServiceUseDocument',
      'AgencyTerritoryDocument',
      'ApprovalHistoryDocument',
      'ApprovalInboxDocument',
      'ApprovalRefusalReasonsDocument',
      'ApprovalRequestDocument',
      'ApprovalRequestDocumentContentsDocument',
      'ApprovalServicesDocument',
      'ChangeAccountPasswordDocument',
      'CooperationAgreementDocument',
      'DecideAppealDocument',
      'DecideApprovalRequestDocument',
      'DeclineOrientationDocument',
      'DepartementCtasDocument',
      'DiagnoseDocument',
      'DiagnosisPersonDocument',
      'DraftCooperationAgreementDocument',
      'EligibilityCriteriaDocument',
      'MarkAllNotificationsReadDocument',
      'MarkNotificationsReadDocument',
      'NotificationPreferencesDocument',
      'NotificationsDocument',
      'OfferSiaeDocument',
      'OrientPersonDocument',
      'OrientationTargetsDocument',
      'OrientationsDocument',
      'OwnAgencyDepartementDocument',
      'OwnApprovalStatisticsDocument',
      'OwnIndicatorsDocument',
      'PendingAppealsDocument',
      'PendingWorkDocument',
      'PeopleDocument',
      'PersonDocument',
      'PrescribeDocument',
      'PrescribePersonDocument',
      'PrescribeSiaesDocument',
      'PrevalidateProfileDocument',
      'PrevalidationConventionsDocument',
      'PrevalidationPeopleDocument',
      'ProfilePrevalidationsDocument',
      'RecordCtaMeetingDocument',
      'RecordPersonDocument',
      'RegistrationCheckDocument',
      'RegistrationChecksDueDocument',
      'RenewSessionDocument',
      'RequestPasswordResetDocument',
      'ResetPasswordDocument',
      'RevokeAccountSessionDocument',
      'RevokeOtherAccountSessionsDocument',
      'SendCtaMinutesToCdiaeDocument',
      'SentPrescriptionDocument',
      'SentPrescriptionsDocument',
      'SetNotificationPreferenceDocument',
      'SetReferentDocument',
      'SiaeCooperationDocument',
      'SignCooperationAgreementDocument',
      'SignInDocument',
      'SignOutDocument',
      'TerminateCooperationAgreementDocument',
      'TerritoryAgreementsDocument',
      'TerritorySiaesDocument',
      'UnreadNotificationCountDocument',
      'UpdateCooperationAgreementDocument',
      'WithdrawPrescriptionDocument',
    ]);
  });

  it('has every document under its embedded hash', () => {
    for (const [name, document] of documents) {
      const hash = document.__meta__?.hash;
      expect(hash, name).toMatch(/^sha256:[0-9a-f]{64}$/);
      // The operation comes after the fragments it spreads, if any.
      expect(manifest[hash as string], name).toMatch(
        new RegExp(`(^|\\} )(query|mutation) ${name.replace(/Document$/, '')}\\b`),
      );
    }
  });
});

// Display of the conventions in the Espace agence: badge colours, the status filter kept in the URL, and which action
// to offer. Statuses, their words and the actions each allows are @navette/domain's, the API's own (issue 13), so the
// screen offers exactly what the API accepts.
import {
  COOPERATION_AGREEMENT_STATUS_LABELS,
  COOPERATION_AGREEMENT_STATUSES,
  cooperationAgreementActions,
  isOneOf,
  labelOf,
} from '@navette/domain';
import type { CooperationAgreementStatus } from '../../generated/graphql.ts';
import type { BadgeSeverity } from '../approvals/labels.ts';

export const AGREEMENT_STATUSES = COOPERATION_AGREEMENT_STATUSES;

export function isAgreementStatus(value: string): value is CooperationAgreementStatus {
  return isOneOf(COOPERATION_AGREEMENT_STATUSES, value);
}

export function agreementStatusLabel(status: CooperationAgreementStatus): string {
  return labelOf(COOPERATION_AGREEMENT_STATUS_LABELS, status);
}

/** A signed convention is the one that counts; a draft waits for signatures; expired and terminated ones are over. */
export function agreementStatusSeverity(status: CooperationAgreementStatus): BadgeSeverity | undefined {
  switch (status) {
    case 'DRAFT':
      return 'new';
    case 'SIGNED':
      return 'success';
    case 'EXPIRED':
    case 'TERMINATED':
      return undefined;
  }
}

/** What the agence may do with a convention: the domain's transition table (accord, article 2), read for its side. */
export function agreementActions(agreement: { status: CooperationAgreementStatus; agencySignedOn?: string | null }): {
  edit: boolean;
  sign: boolean;
  terminate: boolean;
} {
  const allowed = cooperationAgreementActions(agreement, 'AGENCY');
  return { edit: allowed.includes('EDIT'), sign: allowed.includes('SIGN'), terminate: allowed.includes('TERMINATE') };
}

/** The filters of the conventions screen, from the URL (`?statut=SIGNED`, `?sans-convention=1`). */
export function cooperationFiltersFromSearchParams(params: URLSearchParams): {
  status: CooperationAgreementStatus | null;
  onlyMissing: boolean;
} {
  const status = (params.get('statut') ?? '').trim().toUpperCase();
  return {
    status: isAgreementStatus(status) ? status : null,
    onlyMissing: params.get('sans-convention') === '1',
  };
}

export function cooperationFiltersToSearchParams(filters: {
  status: CooperationAgreementStatus | null;
  onlyMissing: boolean;
}): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('statut', filters.status);
  if (filters.onlyMissing) params.set('sans-convention', '1');
  return params;
}

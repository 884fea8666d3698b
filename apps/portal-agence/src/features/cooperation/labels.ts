// Display of the conventions in the Espace agence: badge colours, the status filter kept in the URL, and which action
// to offer. The API sends `statusLabel` with each convention and decides every action (CONFLICT otherwise): these
// only hide buttons that could not succeed.
import { copy } from '../../copy.ts';
import type { CooperationAgreementStatus } from '../../generated/graphql.ts';
import type { BadgeSeverity } from '../approvals/labels.ts';

export const AGREEMENT_STATUSES = [
  'DRAFT',
  'SIGNED',
  'EXPIRED',
  'TERMINATED',
] as const satisfies readonly CooperationAgreementStatus[];

export function isAgreementStatus(value: string): value is CooperationAgreementStatus {
  return (AGREEMENT_STATUSES as readonly string[]).includes(value);
}

export function agreementStatusLabel(status: CooperationAgreementStatus): string {
  return copy.agreementStatus[status] ?? status;
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

/** Each party signs a draft (accord, article 2); only a signed convention in progress is terminated. */
export function agreementActions(agreement: { status: CooperationAgreementStatus; agencySignedOn?: string | null }): {
  edit: boolean;
  sign: boolean;
  terminate: boolean;
} {
  const draft = agreement.status === 'DRAFT';
  return { edit: draft, sign: draft && !agreement.agencySignedOn, terminate: agreement.status === 'SIGNED' };
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

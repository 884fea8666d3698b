// What a demande d'agrément's own page shows besides its status: what was asked (dates of the contract, of the
// suspension, of the prolongation) and where it belongs (the prescription of an initial request, the agrément of any
// other kind).
import { copy } from '../../copy.ts';
import type { ProlongationReason } from '../../generated/graphql.ts';
import { prolongationReasonLabel } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { formatShortDate } from '@navette/ui';

export interface RequestSubject {
  contractStartOn?: string | null;
  contractEndOn?: string | null;
  suspensionStartOn?: string | null;
  suspensionEndOn?: string | null;
  prolongationReason?: ProlongationReason | null;
  prolongationEndOn?: string | null;
  trainingStartOn?: string | null;
  trainingEndOn?: string | null;
}

const period = (from: string, to: string | null | undefined) =>
  copy.requestPage.period(formatShortDate(from), to ? formatShortDate(to) : null);

/** The lines "what was asked" of a request, in the order of the forms; none for what the request does not say. */
export function requestSubjectLines(request: RequestSubject): { label: string; value: string }[] {
  const t = copy.requestPage;
  const lines: { label: string; value: string }[] = [];
  if (request.contractStartOn)
    lines.push({ label: t.contract, value: period(request.contractStartOn, request.contractEndOn) });
  if (request.suspensionStartOn) {
    lines.push({ label: t.suspension, value: period(request.suspensionStartOn, request.suspensionEndOn) });
  }
  if (request.prolongationReason) {
    lines.push({ label: t.prolongationReason, value: prolongationReasonLabel(request.prolongationReason) });
  }
  if (request.prolongationEndOn)
    lines.push({ label: t.prolongationEndOn, value: formatShortDate(request.prolongationEndOn) });
  if (request.trainingStartOn)
    lines.push({ label: t.training, value: period(request.trainingStartOn, request.trainingEndOn) });
  return lines;
}

export interface RequestParent {
  /** The list the parent is in. */
  root: string;
  rootTo: string;
  /** The parent itself. */
  label: string;
  to: string;
}

/** Where a request belongs, for the breadcrumb: its agrément (every kind but INITIAL), else its prescription. */
export function requestParent(
  request: { approval?: { id: string } | null; prescription?: { id: string } | null },
  personName: string,
): RequestParent | null {
  if (request.approval) {
    return {
      root: copy.employees.title,
      rootTo: paths.employees,
      label: personName,
      to: paths.employee(request.approval.id),
    };
  }
  if (request.prescription) {
    return {
      root: copy.prescriptions.title,
      rootTo: paths.prescriptions,
      label: copy.prescription.heading(personName),
      to: paths.prescription(request.prescription.id),
    };
  }
  return null;
}

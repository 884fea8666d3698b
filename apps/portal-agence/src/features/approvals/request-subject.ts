// What a request asks for, as label/value lines: the planned contract (initial agrément, extension,
// renouvellement), the suspension, or the prolongation (accord, annexe 4 §2.2.4 to §2.2.7). Only the lines the
// API filled in are shown, whatever the kind.
import { formatShortDate } from '@navette/ui';
import { prolongationReasonLabel } from './labels.ts';

export interface SubjectRequest {
  contractStartOn: string | null;
  contractEndOn: string | null;
  suspensionStartOn: string | null;
  suspensionEndOn: string | null;
  prolongationReason: string | null;
  prolongationEndOn: string | null;
  trainingStartOn: string | null;
  trainingEndOn: string | null;
  jointAssessmentDone: boolean | null;
}

export interface SubjectLine {
  label: string;
  value: string;
}

/** "du 02/03/2026 au 31/08/2026", "à partir du 02/03/2026", "jusqu’au 31/08/2026". */
export function period(startOn: string | null, endOn: string | null): string | null {
  if (startOn && endOn) return `du ${formatShortDate(startOn)} au ${formatShortDate(endOn)}`;
  if (startOn) return `à partir du ${formatShortDate(startOn)}`;
  if (endOn) return `jusqu’au ${formatShortDate(endOn)}`;
  return null;
}

export function subjectLines(request: SubjectRequest): SubjectLine[] {
  const lines: SubjectLine[] = [];
  const add = (label: string, value: string | null) => {
    if (value) lines.push({ label, value });
  };
  add('Contrat prévu', period(request.contractStartOn, request.contractEndOn));
  add('Suspension demandée', period(request.suspensionStartOn, request.suspensionEndOn));
  add('Motif de la prolongation', request.prolongationReason && prolongationReasonLabel(request.prolongationReason));
  add('Prolongation demandée', request.prolongationEndOn && `jusqu’au ${formatShortDate(request.prolongationEndOn)}`);
  add('Formation à achever', period(request.trainingStartOn, request.trainingEndOn));
  if (request.jointAssessmentDone !== null) add('Bilan conjoint réalisé', request.jointAssessmentDone ? 'Oui' : 'Non');
  return lines;
}

// The history of a request, oldest first: the diagnosis and the fiche navette that led to it, its receipt, the
// agence's decision (or the tacit grant), the SIAE's appeal and its answer, and the other requests made under
// the same agrément (suspensions, prolongations…).
import { dayInFrance, formatShortDate } from '@navette/ui';
import { appealStatusLabel } from './labels.ts';

export interface HistoryRequest {
  id: string;
  kindLabel: string;
  status: string;
  receivedOn: string;
  deadline: string;
  decidedOn: string | null;
  refusalReason: { label: string } | null;
  refusalComment: string | null;
  appeal: { filedOn: string; status: string; decidedOn: string | null; comment: string | null } | null;
  prescription: {
    prescriberOrganisation: { name: string };
    diagnosis: { diagnosedOn: string; prescriberOrganisation: { name: string } };
    history: readonly {
      statusLabel: string;
      occurredAt: string;
      comment: string | null;
      reason: { label: string } | null;
    }[];
  } | null;
  approval: {
    number: string;
    requests: readonly {
      id: string;
      kindLabel: string;
      statusLabel: string;
      receivedOn: string;
      decidedOn: string | null;
    }[];
  } | null;
}

export interface HistoryEntry {
  /** `YYYY-MM-DD` date, or an ISO instant for the fiche navette's events. */
  at: string;
  precision: 'day' | 'instant';
  title: string;
  detail?: string;
}

export function requestHistory(request: HistoryRequest): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const { prescription, approval, appeal } = request;

  if (prescription) {
    const { diagnosis } = prescription;
    entries.push({
      at: diagnosis.diagnosedOn,
      precision: 'day',
      title: `Diagnostic d’éligibilité réalisé par ${diagnosis.prescriberOrganisation.name}`,
    });
    for (const event of prescription.history) {
      entries.push({
        at: event.occurredAt,
        precision: 'instant',
        title: `Fiche navette : ${event.statusLabel}`,
        ...detailOf([event.reason?.label, event.comment]),
      });
    }
  }

  for (const other of approval?.requests ?? []) {
    if (other.id === request.id) continue;
    entries.push({
      at: other.receivedOn,
      precision: 'day',
      title: `Autre demande sur l’agrément ${approval?.number} : ${other.kindLabel}`,
      detail: other.decidedOn
        ? `${other.statusLabel} (décision du ${formatShortDate(other.decidedOn)})`
        : other.statusLabel,
    });
  }

  entries.push({ at: request.receivedOn, precision: 'day', title: `Demande reçue : ${request.kindLabel}` });

  // An appeal is only filed against a refusal (accord, annexe 4 §2.2.3): a request with one was refused first,
  // even when the appeal, upheld, granted it since.
  if (request.status === 'REFUSED' || appeal) {
    entries.push({
      at: request.decidedOn ?? request.deadline,
      precision: 'day',
      title: 'Demande refusée par l’agence',
      ...detailOf([request.refusalReason?.label, request.refusalComment]),
    });
  } else if (request.status === 'GRANTED') {
    entries.push({
      at: request.decidedOn ?? request.deadline,
      precision: 'day',
      title: 'Agrément accordé par l’agence',
    });
  } else if (request.status === 'TACITLY_GRANTED') {
    // accord, annexe 4 §2.2.2: no answer by the end of the last day, the agrément is acquired.
    entries.push({
      at: request.decidedOn ?? request.deadline,
      precision: 'day',
      title: 'Agrément accordé tacitement, faute de réponse dans le délai',
    });
  }

  if (appeal) {
    entries.push({ at: appeal.filedOn, precision: 'day', title: 'Recours de la SIAE déposé auprès de la direction' });
    if (appeal.status !== 'PENDING' && appeal.decidedOn) {
      entries.push({
        at: appeal.decidedOn,
        precision: 'day',
        title:
          appeal.status === 'UPHELD' ? 'Recours accueilli : l’agrément est accordé' : appealStatusLabel(appeal.status),
        ...detailOf([appeal.comment]),
      });
    }
  }

  // Stable sort by calendar day: entries of the same day keep the order of the parcours written above.
  const dayOf = (entry: HistoryEntry) => (entry.precision === 'instant' ? dayInFrance(entry.at) : entry.at);
  return entries
    .map((entry, index) => ({ entry, index, day: dayOf(entry) }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.index - b.index)
    .map(({ entry }) => entry);
}

function detailOf(parts: readonly (string | null | undefined)[]): { detail?: string } {
  const detail = parts.filter((part): part is string => Boolean(part?.trim())).join(' – ');
  return detail ? { detail } : {};
}

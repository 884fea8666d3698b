// The appeals waiting for the agency director's answer. The API filters requests by status only, so the
// screen reads every refused request of the territory (an appeal is only filed against a refusal, accord,
// annexe 4 §2.2.3) and keeps those whose appeal is pending, oldest appeal first: the SIAE has waited longest.

export interface AppealCandidate {
  status: string;
  appeal: { status: string; filedOn: string } | null;
}

export function pendingAppeals<T extends AppealCandidate>(requests: readonly T[]): T[] {
  return requests
    .filter((request) => request.status === 'REFUSED' && request.appeal?.status === 'PENDING')
    .sort((a, b) => (a.appeal?.filedOn ?? '').localeCompare(b.appeal?.filedOn ?? ''));
}

/** The items of page `page` (1-based) of a list already in memory. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

import { EMPLOYMENT_SERVICE_KINDS } from '../../labels/labels.ts';

export interface EmploymentServiceItem {
  id: string;
  kind: string;
  title: string;
  description: string;
}

/** Groups an agence's offer of services by kind, in the catalogue's order, titles sorted in French. */
export function groupServicesByKind<T extends EmploymentServiceItem>(
  services: readonly T[],
): { kind: string; services: T[] }[] {
  const byKind = new Map<string, T[]>();
  for (const service of services) byKind.set(service.kind, [...(byKind.get(service.kind) ?? []), service]);
  const order = (kind: string) => {
    const i = (EMPLOYMENT_SERVICE_KINDS as readonly string[]).indexOf(kind);
    return i === -1 ? EMPLOYMENT_SERVICE_KINDS.length : i;
  };
  return [...byKind.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([kind, list]) => ({ kind, services: [...list].sort((x, y) => x.title.localeCompare(y.title, 'fr')) }));
}

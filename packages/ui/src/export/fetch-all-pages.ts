// An export holds the whole filtered list, not only the page on screen: the pages are asked of the API one after the
// other, each of the most items the API gives (100), until the last.

export interface ExportPage<Node> {
  nodes: Node[];
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/** The most items an export asks for: beyond, the export stops with an error rather than run on. */
export const EXPORT_MAX_ROWS = 10_000;

export class ExportTooLargeError extends Error {
  constructor() {
    super(`export larger than ${EXPORT_MAX_ROWS} rows`);
    this.name = 'ExportTooLargeError';
  }
}

/** Every item of a cursor-paginated list, page by page (`after` null for the first). */
export async function fetchAllPages<Node>(
  fetchPage: (after: string | null) => Promise<ExportPage<Node>>,
  maxRows = EXPORT_MAX_ROWS,
): Promise<Node[]> {
  const all: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    all.push(...page.nodes);
    if (all.length > maxRows) throw new ExportTooLargeError();
    if (!page.hasNextPage || !page.endCursor || page.endCursor === after) return all;
    after = page.endCursor;
  }
}

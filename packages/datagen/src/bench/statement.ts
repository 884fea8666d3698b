// One SQL statement of a benchmark scenario (scenarios.ts), apart so that the scenarios and the indicator statements
// they include (indicator-statements.ts) do not import each other.
export interface Statement {
  label: string;
  text: string;
  /** Parameters; `ids` is replaced by the ids the list statement returned (DataLoader batch). */
  params: (context: { today: string; ids: string[]; personIds: string[]; siaeIds: string[] }) => unknown[];
  /** Written to audit.events by the product for each person read: run, not explained. */
  write?: boolean;
  /** Read outside row-level security (the structures subgraph, for the gateway's `_entities` call). */
  directory?: boolean;
}

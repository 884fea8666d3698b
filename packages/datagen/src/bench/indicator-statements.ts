// The SQL of `indicators` (pilotage subgraph) and `approvalStatistics` (parcours), for the "direct SQL" side of the
// benchmark: not a copy, the very statements the subgraphs' code builds for the caller and the filter, recorded by
// running it with a transaction that records each statement instead of executing it. The subgraphs run them one after
// the other in one `withIdentity` transaction; so does the benchmark (one step, one transaction).
import { pathToFileURL } from 'node:url';
import type { Statement } from './statement.js';

export interface IndicatorCaller {
  organisationKind: string;
  organisationId: string;
  userId: string;
}

export interface IndicatorFilterArgument {
  departement?: string | null;
  from?: string;
  to?: string;
}

/**
 * Answers a recorded statement from the data set (`method` as Drizzle's pg-proxy gives it: `all` wants each row as an
 * array of values, `execute` as an object), so that a statement built from an earlier one's rows is the one the
 * subgraph sends (the habilitation spans before the indicator cells).
 */
export type StatementAnswer = (
  text: string,
  params: unknown[],
  method: string,
  /** Read outside row-level security (Statement.directory). */
  directory: boolean,
) => Promise<unknown[]>;

/**
 * A Drizzle session (`pg-proxy`) that keeps each statement a subgraph's code sends, labelled by the table it reads,
 * and answers it with `answer` (no row without one).
 */
async function statementRecorder(prefix: string, directory = false, answer?: StatementAnswer) {
  const { drizzle } = await import('drizzle-orm/pg-proxy');
  const recorded: Statement[] = [];
  const recorder = drizzle(async (text: string, params: unknown[], method: string) => {
    const table = /from \(?(?:select .*? from )?"(\w+)"\."(\w+)"/s.exec(text);
    recorded.push({
      label: `${prefix}: ${table ? `${table[1]}.${table[2]}` : `statement ${recorded.length + 1}`}`,
      text,
      params: () => params,
      ...(directory ? { directory } : {}),
    });
    return { rows: answer ? await answer(text, params, method, directory) : [] };
  });
  return { recorder, recorded };
}

interface IndicatorsModule {
  computeIndicators: (
    ctx: {
      principal: Record<string, unknown>;
      today: string;
      db: unknown;
      now: () => Date;
      reporting<T>(work: (tx: unknown) => Promise<T>): Promise<T>;
      loaders: { departementNames: { loadMany(codes: readonly string[]): Promise<(string | Error)[]> } };
    },
    filter: IndicatorFilterArgument,
  ) => Promise<unknown[]>;
}

/**
 * The transactions of `indicators`, one after the other as the subgraph runs them: the reporting views' statements
 * under the caller's identity, then the figures provided for the period (the `pilotage` schema, read outside
 * row-level security).
 */
export async function indicatorStatements(
  pilotageDist: string,
  caller: IndicatorCaller,
  filter: IndicatorFilterArgument,
  today: string,
  answer?: StatementAnswer,
): Promise<Statement[][]> {
  const { computeIndicators } = (await import(
    pathToFileURL(`${pilotageDist}/services/indicators.js`).href
  )) as IndicatorsModule;
  const { recorder, recorded } = await statementRecorder('indicators', false, answer);
  const pilotage = await statementRecorder('indicators (provided)', true, answer);
  await computeIndicators(
    {
      principal: { kind: 'user', ...caller, scopes: [] },
      today,
      db: pilotage.recorder,
      now: () => new Date(`${today}T09:00:00Z`),
      reporting: (work) => work(recorder),
      // The names of the départements of the rows: one query of the directory outside the reporting transaction
      // (101 rows, 0.1 ms), not part of the statements measured.
      loaders: { departementNames: { loadMany: (codes) => Promise.resolve([...codes]) } },
    },
    filter,
  );
  if (recorded.length === 0) throw new Error('computeIndicators ran no statement');
  return [recorded, pilotage.recorded].filter((transaction) => transaction.length > 0);
}

interface StatisticsModule {
  approvalStatistics: (
    ctx: { principal: Record<string, unknown>; today: string; data<T>(work: (tx: unknown) => Promise<T>): Promise<T> },
    args: { departement?: string | null },
  ) => Promise<unknown>;
}

/**
 * The SQL of `approvalStatistics` (parcours subgraph) for the caller, recorded the same way. For the region, the live
 * totals and the pending requests past their deadline (migration 0014); for a SIAE or an agence, its GROUP BYs of the
 * views.
 */
export async function statisticsStatements(
  parcoursDist: string,
  caller: IndicatorCaller,
  departement: string | null,
  today: string,
): Promise<Statement[]> {
  const { approvalStatistics } = (await import(
    pathToFileURL(`${parcoursDist}/services/statistics.js`).href
  )) as StatisticsModule;
  const { recorder, recorded } = await statementRecorder('statistics');
  await approvalStatistics(
    { principal: { kind: 'user', ...caller, scopes: [] }, today, data: (work) => work(recorder) },
    { departement },
  );
  if (recorded.length === 0) throw new Error('approvalStatistics ran no statement');
  return recorded;
}

// A stray rejection or exception must not take every in-flight request down with the process (issue 12: postgres.js
// rejected a 57P01 nobody awaited and the subgraph exited). They are logged in English (name, code and stack only:
// never the error's other properties, which may hold SQL parameters) and counted. Only what leaves the process
// truly broken is fatal: running out of memory, or a flood of uncaught exceptions that says its state is corrupt.

export interface ProcessGuardCounters {
  unhandledRejections: number;
  uncaughtExceptions: number;
}

const counters: ProcessGuardCounters = { unhandledRejections: 0, uncaughtExceptions: 0 };
let installed = false;

/** Uncaught exceptions within a minute beyond which the process exits (1) so a supervisor restarts it clean. */
const FATAL_EXCEPTIONS_PER_MINUTE = 20;

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    // Drizzle's messages carry the SQL text and its parameters: withheld (the stack's first line repeats the message).
    const withheld = error.message.startsWith('Failed query');
    const message = withheld ? '(query and parameters withheld)' : error.message;
    const frames = (error.stack ?? '')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .join('\n');
    return `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${message}\n${frames}`;
  }
  return `non-error value of type ${typeof error}`;
}

/** How many stray rejections and exceptions this process survived (for tests and the health endpoints). */
export function processGuardCounters(): Readonly<ProcessGuardCounters> {
  return counters;
}

/** Installs the handlers once per process; `name` tags the log lines (e.g. 'parcours', 'gateway', 'navette'). */
export function installProcessGuards(name: string, log: (line: string) => void = (line) => console.error(line)): void {
  if (installed) return;
  installed = true;
  let recent: number[] = [];
  process.on('unhandledRejection', (reason) => {
    counters.unhandledRejections++;
    log(`[${name}] unhandled rejection #${counters.unhandledRejections} (process kept running): ${describe(reason)}`);
  });
  process.on('uncaughtException', (error) => {
    counters.uncaughtExceptions++;
    const now = Date.now();
    recent = [...recent.filter((t) => now - t < 60_000), now];
    const broken = error instanceof RangeError && /memory|allocation/i.test(error.message);
    if (broken || recent.length > FATAL_EXCEPTIONS_PER_MINUTE) {
      log(`[${name}] uncaught exception, process state not trusted any more: exiting: ${describe(error)}`);
      process.exit(1);
    }
    log(`[${name}] uncaught exception #${counters.uncaughtExceptions} (process kept running): ${describe(error)}`);
  });
}

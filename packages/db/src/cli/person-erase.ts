// Erasure on request (RGPD art. 17; docs/data-protection.md, "Answering a person's request"), on the database named
// by DATABASE_URL. A dry run by default:
//   DATABASE_URL=postgres://… pnpm --filter @navette/db db:person-erase -- --person <id> --reason <ticket>           # what it would do
//   DATABASE_URL=postgres://… pnpm --filter @navette/db db:person-erase -- --person <id> --reason <ticket> --apply   # erase now
// Refused (exit code 3) while a legal obligation keeps the data (an agrément decision within its period): the output
// says until when. Prints ids, dates and counts only, never the person's data.
import { parseArgs } from 'node:util';
import { createDatabase } from '../client.js';
import { checkErasure, erasePersonOnRequest, erasureMessage } from '../erasure.js';
import { retentionDayOf } from '../retention.js';

const { values } = parseArgs({
  options: {
    person: { type: 'string' },
    reason: { type: 'string' },
    apply: { type: 'boolean' },
    on: { type: 'string' },
  },
});
const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('DATABASE_URL is not set: this command reads a server database.');
  process.exit(2);
}
const reason = values.reason?.trim() ?? '';
if (!values.person || !/^[0-9a-f-]{36}$/i.test(values.person) || !reason || reason.length > 200) {
  console.error(
    'Usage: db:person-erase -- --person <person id> --reason <the request’s reference, 200 characters at most> [--apply]',
  );
  process.exit(2);
}
const today = values.on ?? retentionDayOf(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('--on takes a day (YYYY-MM-DD).');
  process.exit(2);
}
const handle = await createDatabase({ url, maxConnections: 2 });
try {
  const outcome = values.apply
    ? await erasePersonOnRequest(handle.db, values.person, { reason, today })
    : await checkErasure(handle.db, values.person, today);
  console.log(erasureMessage(outcome, !values.apply));
  if (outcome.status === 'UNKNOWN') process.exitCode = 1;
  if (outcome.status === 'REFUSED') process.exitCode = 3;
} finally {
  await handle.close();
}

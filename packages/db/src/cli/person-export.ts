// Everything Navette holds about one person, as JSON, for an operator answering a person's request (RGPD art. 15;
// docs/data-protection.md, "Answering a person's request"), on the database named by DATABASE_URL:
//   DATABASE_URL=postgres://… pnpm --filter @navette/db db:person-export -- --person <id> --reference <ticket> > person.json
// The export itself is audited (PERSON_EXPORTED, actor `system`, with the reference of the request).
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createDatabase } from '../client.js';
import { exportPerson } from '../person-export.js';

const { values } = parseArgs({ options: { person: { type: 'string' }, reference: { type: 'string' } } });
const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('DATABASE_URL is not set: this command reads a server database.');
  process.exit(2);
}
if (!values.person || !/^[0-9a-f-]{36}$/i.test(values.person) || !values.reference?.trim()) {
  console.error('Usage: db:person-export -- --person <person id> --reference <the request’s reference>');
  process.exit(2);
}
const handle = await createDatabase({ url, maxConnections: 2 });
try {
  const record = await exportPerson(handle.db, values.person);
  if (!record) {
    console.error('No such person.');
    process.exitCode = 1;
  } else {
    await handle.db.execute(sql`
      insert into audit.events (actor_kind, client, action, subject_type, subject_id, details)
      values ('system', 'db:person-export', 'PERSON_EXPORTED', 'Person', ${values.person},
              ${JSON.stringify({ reference: values.reference.trim() })}::jsonb)`);
    process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  }
} finally {
  await handle.close();
}

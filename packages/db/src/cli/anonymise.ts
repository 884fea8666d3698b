// Makes a restored copy of a server database safe for testing (issue 19 §5; docs/data-protection.md, "A copy for
// testing"). Run it on the copy, never on the live database:
//   DATABASE_URL=postgres://…/navette_copy pnpm --filter @navette/db db:anonymise -- --confirm navette_copy --password '…'
// `--confirm` must name the database DATABASE_URL points at; every account of the copy gets the password given.
import { parseArgs } from 'node:util';
import { hashPassword } from '@navette/auth';
import { anonymiseCopy } from '../anonymise-copy.js';
import { createDatabase } from '../client.js';

const { values } = parseArgs({ options: { confirm: { type: 'string' }, password: { type: 'string' } } });
const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('DATABASE_URL is not set: it names the copy to anonymise.');
  process.exit(2);
}
if (!values.confirm || !values.password || values.password.length < 12) {
  console.error(
    'Usage: db:anonymise -- --confirm <name of the copy database> --password <the accounts’ password, 12 characters or more>',
  );
  process.exit(2);
}
const handle = await createDatabase({ url, maxConnections: 1 });
try {
  const started = performance.now();
  const result = await anonymiseCopy(handle.db, {
    confirm: values.confirm,
    passwordHash: await hashPassword(values.password),
  });
  console.log(JSON.stringify({ ...result, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await handle.close();
}

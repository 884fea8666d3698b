// Loads the demo data set into the database named by DATABASE_URL (server mode), after running the migrations.
//   DATABASE_URL=postgres://… pnpm --filter @navette/db db:seed
import { createDatabase } from '../client.js';
import { runMigrations } from '../migrate.js';
import { seedDemoData } from '../seed/demo.js';

const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('DATABASE_URL is not set: this command loads the demo data into a server database.');
  process.exit(2);
}
const handle = await createDatabase({ url, maxConnections: 2 });
try {
  await runMigrations(handle);
  const { inserted } = await seedDemoData(handle.db);
  console.log(inserted ? 'Demo data loaded.' : 'Demo data was already there; missing rows (if any) added.');
} finally {
  await handle.close();
}

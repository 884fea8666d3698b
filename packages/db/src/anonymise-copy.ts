// A safe copy of a server database for testing (issue 19 §5; docs/data-protection.md, "A copy for testing"): run on
// a copy (a restored backup), never on the live database, it leaves no one identifiable while keeping the data's
// shape — every row, link, date, status and count stays, so the indicators, the queues and the performance of the copy
// are those of the original.
// - people still identified get a pseudonym (« Prénom » « Personne 000042 », the same birth year, e-mail, phone and
//   Pôle emploi id made up when they had one); people already anonymised stay as they are;
// - every free text about a person is emptied and the documents filed with the requests deleted (as the retention
//   job does);
// - agents' accounts get made-up e-mails and names and the password the operator gives (to sign in to the copy);
//   sessions, refresh tokens, sign-in failures, rate-limit counters and idempotency keys (which keep answers) are
//   deleted; API clients' secrets replaced by unusable ones;
// - the référents' names and e-mails, the participants and minutes of meetings are replaced;
// - the audit trail (who read whom) is emptied — the one place the append-only rule is lifted, by the owner, inside
//   this transaction — and one DATABASE_ANONYMISED event records the operation.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { resultRows } from './reporting-totals.js';
import { eraseFreeTexts } from './retention.js';

export interface AnonymisedCopy {
  database: string;
  people: number;
  users: number;
  auditEventsRemoved: number;
}

/**
 * Anonymises the database `db` is connected to, in one transaction. `confirm` must be that database's name (the
 * operator says which copy they mean); `passwordHash` is what every account's password becomes.
 */
export async function anonymiseCopy(
  db: Database,
  options: { confirm: string; passwordHash: string },
): Promise<AnonymisedCopy> {
  return db.transaction(async (tx) => {
    const [current] = resultRows<{ name: string }>(await tx.execute(sql`select current_database() as name`));
    if (current?.name !== options.confirm) {
      throw new Error(`refused: --confirm must name the database this runs on (${current?.name ?? '?'})`);
    }
    // Statements here touch every row: no timeout of the request pool applies.
    await tx.execute(sql`select set_config('statement_timeout', '0', true)`);
    const people = resultRows<{ id: string }>(
      await tx.execute(sql`
        update parcours.people p
           set first_name = 'Prénom', last_name = 'Personne ' || lpad(n.n::text, 6, '0'),
               birth_date = make_date(extract(year from p.birth_date)::int, 1, 1) + (n.n % 365)::int,
               email = case when p.email is null then null else 'personne-' || n.n || '@exemple.invalid' end,
               phone = case when p.phone is null then null else '0600000000' end,
               pole_emploi_id = case when p.pole_emploi_id is null then null else lpad(n.n::text, 8, '0') || 'X' end
          from (select id, row_number() over (order by id) as n from parcours.people where anonymised_at is null) n
         where n.id = p.id
         returning p.id::text as id`),
    );
    await eraseFreeTexts(tx, () => sql`true`);
    const users = resultRows<{ id: string }>(
      await tx.execute(sql`
        update identity.users u
           set email = 'agent-' || n.n || '@exemple.invalid', display_name = 'Agent ' || n.n,
               password_hash = ${options.passwordHash}
          from (select id, row_number() over (order by id) as n from identity.users) n
         where n.id = u.id
         returning u.id::text as id`),
    );
    for (const table of [
      'identity.sessions',
      'identity.rotated_refresh_tokens',
      'identity.sign_in_failures',
      'identity.sign_in_source_failures',
      'identity.rate_limits',
      'idempotency.keys',
    ]) {
      await tx.execute(sql.raw(`delete from ${table}`));
    }
    await tx.execute(
      sql`update identity.api_clients set secret_hash = 'unusable:' || ${randomBytes(16).toString('hex')} || id::text`,
    );
    await tx.execute(sql`
      update structures.siae_referents
         set referent_name = case when referent_name is null then null else 'Référent ' || left(siae_id::text, 8) end,
             referent_email = case when referent_email is null then null else 'referent-' || left(siae_id::text, 8) || '@exemple.invalid' end,
             correspondent_name = case when correspondent_name is null then null else 'Correspondant ' || left(siae_id::text, 8) end,
             correspondent_email = case when correspondent_email is null then null else 'correspondant-' || left(siae_id::text, 8) || '@exemple.invalid' end`);
    await tx.execute(sql`
      update pilotage.cta_meetings set participants = case when participants = '' then '' else 'Participants effacés' end,
             minutes = case when minutes is null then null else 'Compte rendu effacé' end`);
    await tx.execute(sql`
      update pilotage.steering_meetings set minutes = case when minutes is null then null else 'Compte rendu effacé' end`);
    const [audit] = resultRows<{ n: number }>(await tx.execute(sql`select count(*)::int as n from audit.events`));
    await tx.execute(sql`alter table audit.events disable trigger events_no_truncate`);
    await tx.execute(sql`truncate audit.events`);
    await tx.execute(sql`alter table audit.events enable trigger events_no_truncate`);
    await tx.execute(sql`
      insert into audit.events (actor_kind, client, action, subject_type, details)
      values ('system', 'db:anonymise', 'DATABASE_ANONYMISED', 'Database',
              ${JSON.stringify({ people: people.length, users: users.length, auditEventsRemoved: audit?.n ?? 0 })}::jsonb)`);
    return { database: current.name, people: people.length, users: users.length, auditEventsRemoved: audit?.n ?? 0 };
  });
}

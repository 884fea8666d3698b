// Retention and erasure (issue 19 §3; docs/data-protection.md). A person whose period is over (@navette/domain
// `personRetention`: 24 months after the last activity, 60 months after the end of the last agrément) is anonymised:
// identity, contact, RQTH and every free text about them erased, the documents filed with their requests deleted; the
// rows and their links (organisations, SIAE, agrément, dates, statuses, reason codes) stay, so the indicators — live
// totals kept by triggers on those rows — do not move. Runs as the tables' owner (the job, not a request).
//
// The job walks the people not yet anonymised by id, in batches (each statement reads a bounded number of people, so
// it fits the pool's statement timeout at any scale); the domain's rule decides who is due; each batch is one
// transaction that also moves the day's checkpoint (parcours.retention_checkpoints): a run cut short resumes after the
// last batch committed, a finished day is not run again. Two runs at once are safe: the due people are locked FOR
// UPDATE SKIP LOCKED and checked again under the lock, and a person already anonymised is never written again, so
// each person is anonymised, and audited, once.
import {
  addDays,
  ANONYMISED_IDENTITY,
  dateInFrance,
  isPersonRetentionOver,
  personRetention,
  type IsoDate,
  type PersonRetentionRule,
} from '@navette/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client.js';
import { resultRows } from './reporting-totals.js';

/** The day the job runs for, in France (periods are counted in French calendar days). */
export const retentionDayOf = (instant: Date): IsoDate => dateInFrance(instant);

export interface RetentionCandidate {
  personId: string;
  lastActivityOn: IsoDate;
  lastApprovalEndOn: IsoDate | null;
}

/**
 * Each person's last activity and last agrément end, from every record of their parcours. "Activity" is any dated
 * fact: the record's creation, a diagnosis, a prescription's sending or change of status, a request, its decision or
 * appeal, an agrément's end, a contract, an interruption, a training, an immersion, a service, a POE, an interview, a
 * sortie. The subqueries follow the person and agrément indexes: each `max` is over an expression (`+ 0`,
 * `greatest`), so the planner cannot turn it into a backward scan of an index on the date alone, which it did at 4 ms
 * per agrément on the demo region (docs/benchmarks.md, "Retention job").
 */
const activityOf = (person: SQL) => sql`
  select greatest(
      (p.created_at at time zone 'Europe/Paris')::date,
      (select max(greatest(d.diagnosed_on, (d.created_at at time zone 'Europe/Paris')::date))
         from parcours.eligibility_diagnoses d where d.person_id = ${person}),
      (select max(greatest((pr.sent_at at time zone 'Europe/Paris')::date, (pr.updated_at at time zone 'Europe/Paris')::date))
         from parcours.prescriptions pr where pr.person_id = ${person}),
      (select max(greatest(r.received_on, r.decided_on, r.appealed_on, r.appeal_decided_on, r.closed_on))
         from parcours.approval_requests r where r.person_id = ${person}),
      ap.last_approval_activity_on
    ) as last_activity_on,
    ap.last_approval_end_on
  from (
    select max(a.end_on) as last_approval_end_on,
      max(greatest(a.start_on, a.end_on,
        (select max(greatest(c.start_on, c.end_on, c.ended_on)) from parcours.contracts c where c.approval_id = a.id),
        (select max(greatest(ev.start_on, ev.end_on)) from parcours.approval_events ev where ev.approval_id = a.id),
        (select max(e.exit_on + 0) from parcours.exits e where e.approval_id = a.id),
        (select max(i.held_on + 0) from parcours.exit_interviews i where i.approval_id = a.id),
        (select max(greatest(t.start_on, t.end_on)) from formation.training_records t where t.approval_id = a.id),
        (select max(greatest(m.start_on, m.end_on)) from formation.immersions m where m.approval_id = a.id),
        (select max(s.used_on + 0) from formation.service_uses s where s.approval_id = a.id),
        (select max(greatest(o.start_on, o.end_on)) from formation.poes o where o.approval_id = a.id)
      )) as last_approval_activity_on
    from parcours.approvals a where a.person_id = ${person}
  ) ap`;

interface CandidateRow {
  id: string;
  last_activity_on: string;
  last_approval_end_on: string | null;
}

const toCandidate = (row: CandidateRow): RetentionCandidate => ({
  personId: row.id,
  lastActivityOn: row.last_activity_on,
  lastApprovalEndOn: row.last_approval_end_on,
});

/** A person's retention facts (for the person export and the tests); null when the person does not exist. */
export async function personActivity(db: Database, personId: string): Promise<RetentionCandidate | null> {
  const [row] = resultRows<CandidateRow>(
    await db.execute(sql`
      select p.id::text as id, act.last_activity_on::text as last_activity_on,
             act.last_approval_end_on::text as last_approval_end_on
        from parcours.people p cross join lateral (${activityOf(sql`p.id`)}) act
       where p.id = ${personId}::uuid`),
  );
  return row ? toCandidate(row) : null;
}

export interface RetentionReport {
  today: IsoDate;
  /** People whose identity is still held. */
  people: number;
  /** Already anonymised. */
  anonymised: number;
  /** Past their period on `today`: what a run would anonymise, by the rule that set the period. */
  expired: number;
  expiredByRule: Record<PersonRetentionRule, number>;
  /** People whose period ends within the next 30 days (the next runs' work). */
  expiringWithin30Days: number;
}

/** People not yet anonymised after `after` (by id), with their activity: one bounded statement. */
async function walk(db: Database, after: string | null, limit: number): Promise<RetentionCandidate[]> {
  // JIT compilation cost 2 s per batch for a statement that runs in milliseconds (docs/benchmarks.md).
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('jit', 'off', true)`);
    return walkIn(tx, after, limit);
  });
}

async function walkIn(db: Database, after: string | null, limit: number): Promise<RetentionCandidate[]> {
  return resultRows<CandidateRow>(
    await db.execute(sql`
      select p.id::text as id, act.last_activity_on::text as last_activity_on,
             act.last_approval_end_on::text as last_approval_end_on
        from (select id, created_at from parcours.people
               where anonymised_at is null ${after ? sql`and id > ${after}::uuid` : sql``}
               order by id limit ${limit}) p
        cross join lateral (${activityOf(sql`p.id`)}) act
       order by p.id`),
  ).map(toCandidate);
}

/** The dry run: what a run on `today` would do, counts only (no personal data), nothing written. */
export async function retentionReport(db: Database, today: IsoDate): Promise<RetentionReport> {
  const horizon = addDays(today, 30);
  const [counts] = resultRows<{ anonymised: number }>(
    await db.execute(sql`select count(*)::int as anonymised from parcours.people where anonymised_at is not null`),
  );
  const report: RetentionReport = {
    today,
    people: 0,
    anonymised: counts?.anonymised ?? 0,
    expired: 0,
    expiredByRule: { INACTIVITY: 0, APPROVAL_DECISION: 0 },
    expiringWithin30Days: 0,
  };
  for (let after: string | null = null; ;) {
    const batch = await walk(db, after, 1000);
    for (const activity of batch) {
      report.people += 1;
      if (isPersonRetentionOver(activity, today)) {
        report.expired += 1;
        report.expiredByRule[personRetention(activity).rule] += 1;
      } else if (isPersonRetentionOver(activity, horizon)) {
        report.expiringWithin30Days += 1;
      }
    }
    if (batch.length < 1000) return report;
    after = batch.at(-1)!.personId;
  }
}

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * Erases the identity, contact, RQTH and free texts of `personIds` and deletes the documents filed with their
 * requests, in the caller's transaction; writes one PERSON_ANONYMISED audit event per person (actor `system`).
 * People already anonymised are left as they are (the trigger of migration 0022 would refuse a second write).
 * Returns the ids actually anonymised.
 */
export async function anonymisePeople(
  tx: Database,
  personIds: readonly string[],
  at: Date,
  audit: { client: string; details?: (personId: string) => Record<string, unknown> },
): Promise<string[]> {
  if (personIds.length === 0) return [];
  const ids = uuidArray(personIds);
  const done = resultRows<{ id: string }>(
    await tx.execute(sql`
      update parcours.people set first_name = ${ANONYMISED_IDENTITY.firstName}, last_name = ${ANONYMISED_IDENTITY.lastName},
             birth_date = ${ANONYMISED_IDENTITY.birthDate}::date, email = null, phone = null, pole_emploi_id = null,
             rqth = false, anonymised_at = ${at.toISOString()}::timestamptz
       where id = any(${ids}) and anonymised_at is null
       returning id::text as id`),
  ).map((r) => r.id);
  if (done.length === 0) return [];
  await eraseFreeTexts(tx, (column) => sql`${column} = any(${uuidArray(done)})`);
  const events = done.map(
    (id) =>
      sql`('system', ${audit.client}, 'PERSON_ANONYMISED', 'Person', ${id}, ${JSON.stringify(audit.details?.(id) ?? {})}::jsonb, ${at.toISOString()}::timestamptz)`,
  );
  await tx.execute(sql`
    insert into audit.events (actor_kind, client, action, subject_type, subject_id, details, occurred_at)
    values ${sql.join(events, sql`, `)}`);
  return done;
}

/**
 * Empties the free texts about the people `about` selects (a condition on a person id column) and deletes the
 * documents filed with their requests, in the caller's transaction. Shared by the retention job and `db:anonymise`.
 */
export async function eraseFreeTexts(tx: Database, about: (personColumn: SQL) => SQL): Promise<void> {
  await tx.execute(sql`
    update parcours.eligibility_diagnoses set comment = null where ${about(sql`person_id`)} and comment is not null`);
  await tx.execute(sql`
    update parcours.prescriptions set message = '', refusal_comment = null
     where ${about(sql`person_id`)} and (message <> '' or refusal_comment is not null)`);
  await tx.execute(sql`
    update parcours.prescription_events e set comment = null from parcours.prescriptions p
     where p.id = e.prescription_id and ${about(sql`p.person_id`)} and e.comment is not null`);
  await tx.execute(sql`
    update parcours.approval_requests
       set refusal_comment = null, appeal_comment = null,
           appeal_text = case when appeal_text is null then null else '' end
     where ${about(sql`person_id`)}
       and (refusal_comment is not null or appeal_comment is not null or appeal_text <> '')`);
  await tx.execute(sql`
    delete from parcours.request_documents d using parcours.approval_requests r
     where r.id = d.request_id and ${about(sql`r.person_id`)}`);
  await tx.execute(sql`
    update parcours.exit_interviews i set assessment = '' from parcours.approvals a
     where a.id = i.approval_id and ${about(sql`a.person_id`)} and i.assessment <> ''`);
  await tx.execute(sql`
    update parcours.exits set comment = null, skills = '{}'
     where ${about(sql`person_id`)} and (comment is not null or cardinality(skills) > 0)`);
  await tx.execute(sql`
    update formation.immersions set objective = '' where ${about(sql`person_id`)} and objective <> ''`);
  // Rectification history (issue 19 §4): the identity before and after each correction.
  await tx.execute(sql`delete from parcours.person_identity_changes where ${about(sql`person_id`)}`);
  // Orientations (issue 18 §1): their reasons are free texts; a reason is required, so it becomes a dash.
  await tx.execute(sql`
    update parcours.orientations
       set reason = '-', decline_reason = case when decline_reason is null then null else '-' end
     where ${about(sql`person_id`)} and (reason <> '-' or decline_reason <> '-')`);
}

export interface RetentionRun {
  today: IsoDate;
  /** People anonymised by this run. */
  anonymised: number;
  batches: number;
  /** The day's run had been cut short: this one resumed after its checkpoint. */
  resumed: boolean;
  /** The day's run had already finished: nothing to do. */
  alreadyFinished: boolean;
  /** Stopped by `shouldStop` between two batches (the checkpoint says where). */
  interrupted: boolean;
}

export interface RetentionOptions {
  batchSize?: number;
  /** Asked between two batches (a stopping process). */
  shouldStop?: () => boolean;
  /** The instant written as `anonymised_at` and in the audit events. */
  now?: Date;
}

/**
 * The daily job: anonymises every person past their period on `today`, batch by batch. Idempotent (a second run of
 * the day, or of a later day with nothing newly expired, writes nothing), resumable (the checkpoint), safe to run
 * twice at once.
 */
export async function anonymiseExpiredPeople(
  db: Database,
  today: IsoDate,
  options: RetentionOptions = {},
): Promise<RetentionRun> {
  const batchSize = options.batchSize ?? 500;
  const now = options.now ?? new Date();
  await db.execute(sql`
    insert into parcours.retention_checkpoints (run_on) values (${today}::date) on conflict (run_on) do nothing`);
  const [start] = resultRows<{ after: string | null; finished: boolean }>(
    await db.execute(sql`
      select after_person_id::text as after, finished_at is not null as finished
        from parcours.retention_checkpoints where run_on = ${today}::date`),
  );
  const run: RetentionRun = {
    today,
    anonymised: 0,
    batches: 0,
    resumed: start?.after != null && !start.finished,
    alreadyFinished: start?.finished ?? false,
    interrupted: false,
  };
  if (run.alreadyFinished) return run;
  let after = start?.after ?? null;
  for (;;) {
    if (options.shouldStop?.()) {
      run.interrupted = true;
      return run;
    }
    const walked = await walk(db, after, batchSize);
    const due = walked.filter((c) => isPersonRetentionOver(c, today)).map((c) => c.personId);
    const batch = await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('jit', 'off', true)`);
      // Under the lock, the activity is read again (a record written since the walk keeps the person) and the
      // domain's rule asked again; a person another run holds is left to it.
      const locked =
        due.length === 0
          ? []
          : resultRows<CandidateRow>(
              await tx.execute(sql`
                select p.id::text as id, act.last_activity_on::text as last_activity_on,
                       act.last_approval_end_on::text as last_approval_end_on
                  from parcours.people p cross join lateral (${activityOf(sql`p.id`)}) act
                 where p.id = any(${uuidArray(due)}) and p.anonymised_at is null
                   for update of p skip locked`),
            )
              .map(toCandidate)
              .filter((c) => isPersonRetentionOver(c, today));
      const done = await anonymisePeople(
        tx,
        locked.map((c) => c.personId),
        now,
        {
          client: 'retention-job',
          details: (id) => {
            const c = locked.find((d) => d.personId === id)!;
            return { ...personRetention(c), lastActivityOn: c.lastActivityOn, runOn: today };
          },
        },
      );
      const last = walked.at(-1)?.personId ?? null;
      await tx.execute(sql`
        update parcours.retention_checkpoints
           set after_person_id = case when ${last}::uuid is null then after_person_id
                                      else greatest(coalesce(after_person_id, ${last}::uuid), ${last}::uuid) end,
               examined = examined + ${walked.length}, anonymised = anonymised + ${done.length},
               updated_at = now(),
               finished_at = case when ${walked.length} < ${batchSize} then now() else finished_at end
         where run_on = ${today}::date`);
      return { last, count: walked.length, anonymised: done.length };
    });
    run.batches += 1;
    run.anonymised += batch.anonymised;
    if (batch.count < batchSize) return run;
    after = batch.last;
  }
}

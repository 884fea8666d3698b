// Erasure on request (RGPD art. 17; issue 19 §3-4; docs/data-protection.md, "Answering a person's request"): an
// operator anonymises one person now, with the retention job's own anonymisation (`anonymisePeople`: identity,
// contact, RQTH and free texts erased, documents deleted, links and aggregates kept, one PERSON_ANONYMISED event).
// Refused while a legal obligation keeps the data (art. 17(3)(b)): the file of an agrément decision, kept 60 months
// after the agrément's end (@navette/domain `erasureRefusal`); the refusal is audited too. Read as the tables' owner.
import { erasureRefusal, type ErasureRefusal, type IsoDate } from '@navette/domain';
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { resultRows } from './reporting-totals.js';
import { anonymisePeople, personActivity } from './retention.js';

/** What erasing the person would erase: counts only (the operator's output never shows the person's data). */
export interface ErasureScope {
  /** Rows holding a non-empty free text about the person (comments, messages, bilans, objectives…). */
  freeTexts: number;
  /** Documents filed with the person's requests (deleted). */
  documents: number;
}

export type ErasureCheck =
  | { personId: string; status: 'UNKNOWN' }
  | { personId: string; status: 'ALREADY_ANONYMISED'; anonymisedAt: string }
  | { personId: string; status: 'REFUSED'; refusal: ErasureRefusal; lastActivityOn: IsoDate }
  | { personId: string; status: 'ERASABLE'; scope: ErasureScope; lastActivityOn: IsoDate };

export type ErasureOutcome = ErasureCheck & {
  /** True when this call anonymised the person. */
  erased: boolean;
};

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

async function scopeOf(db: Database, personId: string): Promise<ErasureScope> {
  const p = sql`${personId}::uuid`;
  const [row] = resultRows<{ free_texts: number; documents: number }>(
    await db.execute(sql`
      select
        (select count(*) from parcours.eligibility_diagnoses where person_id = ${p} and comment is not null)
      + (select count(*) from parcours.prescriptions where person_id = ${p} and (message <> '' or refusal_comment is not null))
      + (select count(*) from parcours.prescription_events e join parcours.prescriptions x on x.id = e.prescription_id
          where x.person_id = ${p} and e.comment is not null)
      + (select count(*) from parcours.approval_requests where person_id = ${p}
          and (refusal_comment is not null or appeal_comment is not null or appeal_text <> ''))
      + (select count(*) from parcours.exit_interviews i join parcours.approvals a on a.id = i.approval_id
          where a.person_id = ${p} and i.assessment <> '')
      + (select count(*) from parcours.exits where person_id = ${p} and (comment is not null or cardinality(skills) > 0))
      + (select count(*) from formation.immersions where person_id = ${p} and objective <> '')
      + (select count(*) from parcours.orientations where person_id = ${p} and (reason <> '-' or decline_reason <> '-'))
        as free_texts,
        (select count(*) from parcours.request_documents d join parcours.approval_requests r on r.id = d.request_id
          where r.person_id = ${p}) as documents`),
  );
  return { freeTexts: Number(row?.free_texts ?? 0), documents: Number(row?.documents ?? 0) };
}

async function check(db: Database, personId: string, today: IsoDate, lock: boolean): Promise<ErasureCheck> {
  const [person] = resultRows<{ anonymised_at: unknown }>(
    await db.execute(
      sql`select anonymised_at from parcours.people where id = ${personId}::uuid ${lock ? sql`for update` : sql``}`,
    ),
  );
  if (!person) return { personId, status: 'UNKNOWN' };
  if (person.anonymised_at) return { personId, status: 'ALREADY_ANONYMISED', anonymisedAt: iso(person.anonymised_at) };
  const activity = await personActivity(db, personId);
  if (!activity) return { personId, status: 'UNKNOWN' };
  const refusal = erasureRefusal(activity, today);
  if (refusal) return { personId, status: 'REFUSED', refusal, lastActivityOn: activity.lastActivityOn };
  return { personId, status: 'ERASABLE', scope: await scopeOf(db, personId), lastActivityOn: activity.lastActivityOn };
}

/** The dry run: what erasing the person on `today` would do, nothing written. */
export async function checkErasure(db: Database, personId: string, today: IsoDate): Promise<ErasureCheck> {
  return check(db, personId, today, false);
}

/**
 * Erases the person now, in one transaction that locks their row and checks again under the lock (a concurrent
 * retention run or a second operator erases nobody twice). `reason` says why (the request's reference, e.g. a ticket number; never
 * the person's words): it goes to the audit trail. A refusal writes a PERSON_ERASURE_REFUSED event; an unknown or
 * already anonymised person writes nothing.
 */
export async function erasePersonOnRequest(
  db: Database,
  personId: string,
  options: { reason: string; today: IsoDate; at?: Date },
): Promise<ErasureOutcome> {
  const at = options.at ?? new Date();
  return db.transaction(async (tx) => {
    const checked = await check(tx, personId, options.today, true);
    if (checked.status === 'REFUSED') {
      await tx.execute(sql`
        insert into audit.events (actor_kind, client, action, subject_type, subject_id, details, occurred_at)
        values ('system', 'db:person-erase', 'PERSON_ERASURE_REFUSED', 'Person', ${personId},
                ${JSON.stringify({ reason: options.reason, ...checked.refusal })}::jsonb, ${at.toISOString()}::timestamptz)`);
    }
    if (checked.status !== 'ERASABLE') return { ...checked, erased: false };
    const done = await anonymisePeople(tx, [personId], at, {
      client: 'db:person-erase',
      details: () => ({ rule: 'ERASURE_ON_REQUEST', reason: options.reason, ...checked.scope }),
    });
    return { ...checked, erased: done.length === 1 };
  });
}

/** The operator's output, in English, counts and dates only (no identity). */
export function erasureMessage(outcome: ErasureCheck | ErasureOutcome, dryRun: boolean): string {
  switch (outcome.status) {
    case 'UNKNOWN':
      return `No such person: ${outcome.personId}.`;
    case 'ALREADY_ANONYMISED':
      return `Person ${outcome.personId} was already anonymised on ${outcome.anonymisedAt}: nothing to erase.`;
    case 'REFUSED':
      return [
        `Refused: person ${outcome.personId} held an agrément that ended (or ends) on ${outcome.refusal.lastApprovalEndOn}.`,
        `A legal obligation keeps the file of an agrément decision until ${outcome.refusal.keptUntil}`,
        `(${outcome.refusal.source}); erasure may be refused until then (RGPD art. 17(3)(b)).`,
        `The retention job anonymises the person on the day after.${dryRun ? '' : ' The refusal is audited.'}`,
      ].join('\n');
    case 'ERASABLE': {
      const what = `identity, contact and RQTH, ${outcome.scope.freeTexts} record(s) with free text, ${outcome.scope.documents} document(s)`;
      if (dryRun)
        return `Dry run: person ${outcome.personId} (last activity ${outcome.lastActivityOn}) would be anonymised: ${what}. Run again with --apply to erase.`;
      return 'erased' in outcome && outcome.erased
        ? `Person ${outcome.personId} anonymised: ${what} erased; links and indicators kept. Audited (PERSON_ANONYMISED).`
        : `Person ${outcome.personId} was anonymised meanwhile: nothing done.`;
    }
  }
}

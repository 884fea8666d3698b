// Reporting views (migration 0005): published by the parcours context for the pilotage, without any person.
import { date, pgSchema, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { approvalEventKind, approvalRequestKind, approvalRequestStatus, appealStatus } from './parcours.js';
import { siaeKind } from './structures.js';

export const reporting = pgSchema('reporting');

export const approvalRequestFacts = reporting
  .view('approval_request_facts', {
    id: uuid('id').notNull(),
    kind: approvalRequestKind('kind').notNull(),
    siaeId: uuid('siae_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    siaeKind: siaeKind('siae_kind').notNull(),
    departementCode: varchar('departement_code', { length: 3 }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: approvalRequestStatus('status').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    refusalReason: text('refusal_reason'),
    appealStatus: appealStatus('appeal_status'),
  })
  .existing();

export const approvalEventFacts = reporting
  .view('approval_event_facts', {
    id: uuid('id').notNull(),
    approvalId: uuid('approval_id').notNull(),
    kind: approvalEventKind('kind').notNull(),
    siaeId: uuid('siae_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    siaeKind: siaeKind('siae_kind').notNull(),
    departementCode: varchar('departement_code', { length: 3 }).notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
  })
  .existing();

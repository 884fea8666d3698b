-- Duplicate-proof writes (issue 12; docs/security.md "Duplicate-proof writes"): natural keys of every create mutation as
-- unique indexes, and the idempotency keys table. On a database that already holds duplicates (e.g. several live INITIAL
-- requests of one prescription), CREATE UNIQUE INDEX fails and names the duplicated key: resolve those rows first
-- (docs/security.md lists the queries); nothing is deleted here.
CREATE SCHEMA "idempotency";
--> statement-breakpoint
CREATE TABLE "idempotency"."keys" (
	"subgraph" varchar(32) NOT NULL,
	"principal" varchar(80) NOT NULL,
	"key" varchar(100) NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"state" text DEFAULT 'IN_PROGRESS' NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "keys_pkey" PRIMARY KEY("subgraph","principal","key"),
	CONSTRAINT "keys_state" CHECK ("idempotency"."keys"."state" in ('IN_PROGRESS', 'DONE')),
	CONSTRAINT "keys_done_has_response" CHECK (("idempotency"."keys"."state" = 'DONE') = ("idempotency"."keys"."response" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX "keys_created_idx" ON "idempotency"."keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_agreements_live_unique" ON "structures"."cooperation_agreements" USING btree ("siae_id","agency_id","start_on") WHERE "structures"."cooperation_agreements"."status" in ('DRAFT', 'SIGNED');--> statement-breakpoint
CREATE UNIQUE INDEX "job_offers_open_unique" ON "structures"."job_offers" USING btree ("siae_id","published_on",lower("title")) WHERE "structures"."job_offers"."status" = 'OPEN';--> statement-breakpoint
CREATE UNIQUE INDEX "approval_requests_initial_live_unique" ON "parcours"."approval_requests" USING btree ("prescription_id") WHERE "parcours"."approval_requests"."kind" = 'INITIAL' AND "parcours"."approval_requests"."status" in ('PENDING', 'GRANTED', 'TACITLY_GRANTED');--> statement-breakpoint
CREATE UNIQUE INDEX "approval_requests_pending_kind_unique" ON "parcours"."approval_requests" USING btree ("approval_id","kind") WHERE "parcours"."approval_requests"."kind" <> 'INITIAL' AND "parcours"."approval_requests"."status" = 'PENDING';--> statement-breakpoint
CREATE UNIQUE INDEX "approval_requests_resulting_unique" ON "parcours"."approval_requests" USING btree ("resulting_approval_id") WHERE "parcours"."approval_requests"."kind" in ('INITIAL', 'RENEWAL');--> statement-breakpoint
CREATE UNIQUE INDEX "approvals_prescription_unique" ON "parcours"."approvals" USING btree ("prescription_id") WHERE "parcours"."approvals"."prescription_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "approvals_renewal_unique" ON "parcours"."approvals" USING btree ("renews_approval_id") WHERE "parcours"."approvals"."renews_approval_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_natural_unique" ON "parcours"."contracts" USING btree ("approval_id","siae_id","kind","start_on");--> statement-breakpoint
CREATE UNIQUE INDEX "eligibility_diagnoses_natural_unique" ON "parcours"."eligibility_diagnoses" USING btree ("person_id","prescriber_organisation_id","diagnosed_on","criteria");--> statement-breakpoint
CREATE UNIQUE INDEX "exit_interviews_natural_unique" ON "parcours"."exit_interviews" USING btree ("approval_id","siae_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "people_pole_emploi_unique" ON "parcours"."people" USING btree ("created_by_organisation_id","pole_emploi_id") WHERE "parcours"."people"."pole_emploi_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "people_identity_unique" ON "parcours"."people" USING btree ("created_by_organisation_id","birth_date",lower("last_name"),lower("first_name"));--> statement-breakpoint
CREATE UNIQUE INDEX "immersions_natural_unique" ON "formation"."immersions" USING btree ("approval_id","siae_id","start_on",lower("host_company"));--> statement-breakpoint
CREATE UNIQUE INDEX "poes_natural_unique" ON "formation"."poes" USING btree ("approval_id","siae_id","start_on",lower("employer"));--> statement-breakpoint
CREATE UNIQUE INDEX "service_uses_natural_unique" ON "formation"."service_uses" USING btree ("approval_id","siae_id","service_id","used_on","in_work_follow_up");--> statement-breakpoint
CREATE UNIQUE INDEX "training_records_natural_unique" ON "formation"."training_records" USING btree ("approval_id","siae_id","kind","start_on",lower("title"));--> statement-breakpoint
CREATE UNIQUE INDEX "amendments_natural_unique" ON "pilotage"."amendments" USING btree ("signed_on",lower("title"));--> statement-breakpoint
CREATE UNIQUE INDEX "cta_meetings_natural_unique" ON "pilotage"."cta_meetings" USING btree ("cta_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "roadmap_actions_natural_unique" ON "pilotage"."roadmap_actions" USING btree ("year",lower("action"));--> statement-breakpoint
CREATE UNIQUE INDEX "steering_meetings_natural_unique" ON "pilotage"."steering_meetings" USING btree ("held_on");

CREATE TYPE "parcours"."appeal_status" AS ENUM('PENDING', 'UPHELD', 'DISMISSED');--> statement-breakpoint
CREATE TYPE "parcours"."approval_event_kind" AS ENUM('SUSPENSION', 'PROLONGATION', 'EXTENSION');--> statement-breakpoint
CREATE TYPE "parcours"."approval_request_kind" AS ENUM('INITIAL', 'EXTENSION', 'PROLONGATION', 'RENEWAL', 'SUSPENSION');--> statement-breakpoint
CREATE TYPE "parcours"."approval_request_status" AS ENUM('PENDING', 'GRANTED', 'REFUSED', 'TACITLY_GRANTED');--> statement-breakpoint
CREATE TYPE "parcours"."contract_kind" AS ENUM('CDDI', 'CDI_INCLUSION', 'MISSION_ETTI', 'MISE_A_DISPOSITION_AI');--> statement-breakpoint
CREATE TYPE "parcours"."exit_outcome" AS ENUM('DURABLE_JOB', 'TRANSITION_JOB', 'TRAINING', 'OTHER');--> statement-breakpoint
CREATE TYPE "parcours"."prescription_status" AS ENUM('SENT', 'SEEN', 'ACCEPTED', 'REFUSED', 'WITHDRAWN', 'HIRED');--> statement-breakpoint
CREATE TABLE "parcours"."approval_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"approval_id" uuid NOT NULL,
	"kind" "parcours"."approval_event_kind" NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"reason" text,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parcours"."approval_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "parcours"."approval_request_kind" NOT NULL,
	"person_id" uuid NOT NULL,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"prescriber_organisation_id" uuid,
	"prescription_id" uuid,
	"approval_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"requested_by_user_id" uuid,
	"received_on" date NOT NULL,
	"deadline" date NOT NULL,
	"status" "parcours"."approval_request_status" DEFAULT 'PENDING' NOT NULL,
	"decided_on" date,
	"decided_by_user_id" uuid,
	"refusal_reason" text,
	"refusal_comment" text,
	"appeal_text" text,
	"appealed_on" date,
	"appeal_status" "parcours"."appeal_status",
	"appeal_decided_on" date,
	"appeal_comment" text,
	"resulting_approval_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_requests_deadline_after_receipt" CHECK ("parcours"."approval_requests"."deadline" >= "parcours"."approval_requests"."received_on"),
	CONSTRAINT "approval_requests_refusal_has_reason" CHECK (("parcours"."approval_requests"."status" = 'REFUSED') = ("parcours"."approval_requests"."refusal_reason" IS NOT NULL)),
	CONSTRAINT "approval_requests_decision_complete" CHECK (("parcours"."approval_requests"."status" in ('GRANTED', 'REFUSED')) = ("parcours"."approval_requests"."decided_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "parcours"."approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(12) NOT NULL,
	"person_id" uuid NOT NULL,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"prescriber_organisation_id" uuid,
	"prescription_id" uuid,
	"renews_approval_id" uuid,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approvals_number_unique" UNIQUE("number"),
	CONSTRAINT "approvals_period_order" CHECK ("parcours"."approvals"."end_on" >= "parcours"."approvals"."start_on")
);
--> statement-breakpoint
CREATE TABLE "parcours"."contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"approval_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"kind" "parcours"."contract_kind" NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"ended_on" date,
	"ai_sector" text,
	"ai_hours" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_period_order" CHECK ("parcours"."contracts"."end_on" IS NULL OR "parcours"."contracts"."end_on" >= "parcours"."contracts"."start_on"),
	CONSTRAINT "contracts_ended_order" CHECK ("parcours"."contracts"."ended_on" IS NULL OR "parcours"."contracts"."ended_on" >= "parcours"."contracts"."start_on")
);
--> statement-breakpoint
CREATE TABLE "parcours"."eligibility_diagnoses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"prescriber_organisation_id" uuid NOT NULL,
	"author_user_id" uuid,
	"criteria" text[] NOT NULL,
	"diagnosed_on" date NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parcours"."exit_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"approval_id" uuid NOT NULL,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"held_on" date NOT NULL,
	"assessment" text NOT NULL,
	"sent_to_referent_on" date,
	"sent_to_prescriber_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parcours"."exits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"approval_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"exit_on" date NOT NULL,
	"outcome" "parcours"."exit_outcome" NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parcours"."people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"email" text,
	"phone" text,
	"pole_emploi_id" varchar(11),
	"rqth" boolean DEFAULT false NOT NULL,
	"created_by_user_id" uuid,
	"created_by_organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_names_not_blank" CHECK (length(trim("parcours"."people"."first_name")) > 0 AND length(trim("parcours"."people"."last_name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "parcours"."prescription_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"prescription_id" uuid NOT NULL,
	"status" "parcours"."prescription_status" NOT NULL,
	"reason" text,
	"comment" text,
	"actor_user_id" uuid,
	"actor_organisation_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parcours"."prescriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"diagnosis_id" uuid NOT NULL,
	"prescriber_organisation_id" uuid NOT NULL,
	"prescriber_user_id" uuid,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"job_offer_id" uuid,
	"message" text NOT NULL,
	"status" "parcours"."prescription_status" DEFAULT 'SENT' NOT NULL,
	"refusal_reason" text,
	"refusal_comment" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prescriptions_refusal_has_reason" CHECK (("parcours"."prescriptions"."status" = 'REFUSED') = ("parcours"."prescriptions"."refusal_reason" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "parcours"."approval_events" ADD CONSTRAINT "approval_events_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "parcours"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."approval_requests" ADD CONSTRAINT "approval_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."approval_requests" ADD CONSTRAINT "approval_requests_prescription_id_prescriptions_id_fk" FOREIGN KEY ("prescription_id") REFERENCES "parcours"."prescriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."approval_requests" ADD CONSTRAINT "approval_requests_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "parcours"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."approval_requests" ADD CONSTRAINT "approval_requests_resulting_approval_id_approvals_id_fk" FOREIGN KEY ("resulting_approval_id") REFERENCES "parcours"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."approvals" ADD CONSTRAINT "approvals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."approvals" ADD CONSTRAINT "approvals_prescription_id_prescriptions_id_fk" FOREIGN KEY ("prescription_id") REFERENCES "parcours"."prescriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."contracts" ADD CONSTRAINT "contracts_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "parcours"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."contracts" ADD CONSTRAINT "contracts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."eligibility_diagnoses" ADD CONSTRAINT "eligibility_diagnoses_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."exit_interviews" ADD CONSTRAINT "exit_interviews_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "parcours"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."exits" ADD CONSTRAINT "exits_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "parcours"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."exits" ADD CONSTRAINT "exits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."prescription_events" ADD CONSTRAINT "prescription_events_prescription_id_prescriptions_id_fk" FOREIGN KEY ("prescription_id") REFERENCES "parcours"."prescriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."prescriptions" ADD CONSTRAINT "prescriptions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parcours"."prescriptions" ADD CONSTRAINT "prescriptions_diagnosis_id_eligibility_diagnoses_id_fk" FOREIGN KEY ("diagnosis_id") REFERENCES "parcours"."eligibility_diagnoses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_events_approval_idx" ON "parcours"."approval_events" USING btree ("approval_id","start_on");--> statement-breakpoint
CREATE INDEX "approval_events_departement_kind_idx" ON "parcours"."approval_events" USING btree ("departement_code","siae_kind","kind","start_on");--> statement-breakpoint
CREATE INDEX "approval_requests_agency_inbox_idx" ON "parcours"."approval_requests" USING btree ("agency_id","status","deadline");--> statement-breakpoint
CREATE INDEX "approval_requests_siae_idx" ON "parcours"."approval_requests" USING btree ("siae_id","created_at");--> statement-breakpoint
CREATE INDEX "approval_requests_pending_deadline_idx" ON "parcours"."approval_requests" USING btree ("deadline") WHERE "parcours"."approval_requests"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "approval_requests_person_idx" ON "parcours"."approval_requests" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "approval_requests_prescriber_idx" ON "parcours"."approval_requests" USING btree ("prescriber_organisation_id");--> statement-breakpoint
CREATE INDEX "approval_requests_departement_kind_idx" ON "parcours"."approval_requests" USING btree ("departement_code","siae_kind","received_on");--> statement-breakpoint
CREATE INDEX "approvals_siae_end_idx" ON "parcours"."approvals" USING btree ("siae_id","end_on");--> statement-breakpoint
CREATE INDEX "approvals_agency_end_idx" ON "parcours"."approvals" USING btree ("agency_id","end_on");--> statement-breakpoint
CREATE INDEX "approvals_prescriber_idx" ON "parcours"."approvals" USING btree ("prescriber_organisation_id");--> statement-breakpoint
CREATE INDEX "approvals_person_idx" ON "parcours"."approvals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "approvals_departement_kind_idx" ON "parcours"."approvals" USING btree ("departement_code","siae_kind","start_on");--> statement-breakpoint
CREATE INDEX "contracts_approval_idx" ON "parcours"."contracts" USING btree ("approval_id","start_on");--> statement-breakpoint
CREATE INDEX "contracts_siae_idx" ON "parcours"."contracts" USING btree ("siae_id","end_on");--> statement-breakpoint
CREATE INDEX "contracts_agency_idx" ON "parcours"."contracts" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "eligibility_diagnoses_person_idx" ON "parcours"."eligibility_diagnoses" USING btree ("person_id","diagnosed_on");--> statement-breakpoint
CREATE INDEX "exit_interviews_approval_idx" ON "parcours"."exit_interviews" USING btree ("approval_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exits_approval_siae_unique" ON "parcours"."exits" USING btree ("approval_id","siae_id");--> statement-breakpoint
CREATE INDEX "exits_siae_idx" ON "parcours"."exits" USING btree ("siae_id","exit_on");--> statement-breakpoint
CREATE INDEX "exits_departement_kind_idx" ON "parcours"."exits" USING btree ("departement_code","siae_kind","exit_on");--> statement-breakpoint
CREATE INDEX "people_created_by_organisation_idx" ON "parcours"."people" USING btree ("created_by_organisation_id","last_name","id");--> statement-breakpoint
CREATE INDEX "prescription_events_prescription_idx" ON "parcours"."prescription_events" USING btree ("prescription_id","occurred_at");--> statement-breakpoint
CREATE INDEX "prescriptions_siae_idx" ON "parcours"."prescriptions" USING btree ("siae_id","sent_at","id");--> statement-breakpoint
CREATE INDEX "prescriptions_prescriber_idx" ON "parcours"."prescriptions" USING btree ("prescriber_organisation_id","sent_at","id");--> statement-breakpoint
CREATE INDEX "prescriptions_agency_idx" ON "parcours"."prescriptions" USING btree ("agency_id","sent_at");--> statement-breakpoint
CREATE INDEX "prescriptions_person_idx" ON "parcours"."prescriptions" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prescriptions_live_unique" ON "parcours"."prescriptions" USING btree ("person_id","siae_id") WHERE "parcours"."prescriptions"."status" in ('SENT', 'SEEN', 'ACCEPTED');
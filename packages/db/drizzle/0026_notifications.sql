CREATE SCHEMA "notify";
--> statement-breakpoint
CREATE TABLE "identity"."password_reset_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notify"."email_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"link" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_deliveries_status" CHECK ("notify"."email_deliveries"."status" in ('PENDING', 'SENT', 'FAILED'))
);
--> statement-breakpoint
CREATE TABLE "notify"."preferences" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"email" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notify"."notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"link" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notify"."outbox_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"organisation_ids" uuid[] NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedup_key" text,
	"dispatched_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "identity"."password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notify"."email_deliveries" ADD CONSTRAINT "email_deliveries_event_id_outbox_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "notify"."outbox_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notify"."notifications" ADD CONSTRAINT "notifications_event_id_outbox_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "notify"."outbox_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_idx" ON "identity"."password_reset_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "email_deliveries_event_user_key" ON "notify"."email_deliveries" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "email_deliveries_pending_idx" ON "notify"."email_deliveries" USING btree ("next_attempt_at") WHERE "notify"."email_deliveries"."status" = 'PENDING';--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_event_user_key" ON "notify"."notifications" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notify"."notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notify"."notifications" USING btree ("user_id") WHERE "notify"."notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_events_pending_idx" ON "notify"."outbox_events" USING btree ("next_attempt_at") WHERE "notify"."outbox_events"."dispatched_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_events_occurred_idx" ON "notify"."outbox_events" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_events_dedup_key" ON "notify"."outbox_events" USING btree ("dedup_key");--> statement-breakpoint
-- Requests run as navette_app (migration 0004): they may write an event to the outbox in the transaction of their
-- change, and nothing else here — reading the outbox, notifications and e-mail deliveries is the workers' (as the
-- owner) and the viewer's own notifications are read by the structures subgraph filtered on the signed-in user.
GRANT USAGE ON SCHEMA notify TO navette_app;--> statement-breakpoint
GRANT INSERT ON notify.outbox_events TO navette_app;

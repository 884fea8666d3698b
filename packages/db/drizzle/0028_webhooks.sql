-- Webhooks (issue 15 §4). Requests (navette_app) only write outbox events (0026); the webhook tables are read and
-- written by the structures subgraph's own connection (API clients manage their subscriptions) and by its worker.
CREATE TABLE "notify"."webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_status" integer,
	"last_error" text,
	"last_attempt_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_status" CHECK ("notify"."webhook_deliveries"."status" in ('PENDING', 'DELIVERED', 'FAILED'))
);
--> statement-breakpoint
CREATE TABLE "notify"."webhook_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"api_client_id" uuid NOT NULL,
	"url" text NOT NULL,
	"event_types" text[] NOT NULL,
	"secret" text NOT NULL,
	"previous_secret" text,
	"previous_secret_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "notify"."outbox_events" ADD COLUMN "webhooks_dispatched_at" timestamp with time zone;--> statement-breakpoint
-- Events written before webhooks existed are announced to nobody (no subscription existed); only public event types
-- are written with a null (packages/db/src/outbox.ts), so the partial index below holds the webhook backlog only.
UPDATE "notify"."outbox_events" SET "webhooks_dispatched_at" = "occurred_at";--> statement-breakpoint
ALTER TABLE "notify"."webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "notify"."webhook_subscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notify"."webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_outbox_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "notify"."outbox_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_subscription_event_key" ON "notify"."webhook_deliveries" USING btree ("subscription_id","event_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_pending_idx" ON "notify"."webhook_deliveries" USING btree ("next_attempt_at") WHERE "notify"."webhook_deliveries"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "webhook_deliveries_log_idx" ON "notify"."webhook_deliveries" USING btree ("subscription_id","created_at","id");--> statement-breakpoint
CREATE INDEX "webhook_subscriptions_client_idx" ON "notify"."webhook_subscriptions" USING btree ("api_client_id");--> statement-breakpoint
CREATE INDEX "outbox_events_webhooks_pending_idx" ON "notify"."outbox_events" USING btree ("occurred_at") WHERE "notify"."outbox_events"."webhooks_dispatched_at" is null;

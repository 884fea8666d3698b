CREATE TABLE "notify"."email_digests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_digests_status" CHECK ("notify"."email_digests"."status" in ('PENDING', 'SENT', 'FAILED'))
);
--> statement-breakpoint
ALTER TABLE "notify"."email_deliveries" ADD COLUMN "digest" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notify"."email_deliveries" ADD COLUMN "digest_id" uuid;--> statement-breakpoint
ALTER TABLE "notify"."preferences" ADD COLUMN "delivery" text DEFAULT 'IMMEDIATE' NOT NULL;--> statement-breakpoint
-- The first version's choice (e-mail off) carried over; the daily digest is new (issue 14 §3).
UPDATE "notify"."preferences" SET "delivery" = 'OFF' WHERE NOT "email";--> statement-breakpoint
CREATE UNIQUE INDEX "email_digests_user_day_key" ON "notify"."email_digests" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "email_digests_pending_idx" ON "notify"."email_digests" USING btree ("next_attempt_at") WHERE "notify"."email_digests"."status" = 'PENDING';--> statement-breakpoint
ALTER TABLE "notify"."email_deliveries" ADD CONSTRAINT "email_deliveries_digest_id_email_digests_id_fk" FOREIGN KEY ("digest_id") REFERENCES "notify"."email_digests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_deliveries_digest_pending_idx" ON "notify"."email_deliveries" USING btree ("user_id") WHERE "notify"."email_deliveries"."digest" and "notify"."email_deliveries"."status" = 'PENDING' and "notify"."email_deliveries"."digest_id" is null;--> statement-breakpoint
ALTER TABLE "notify"."preferences" ADD CONSTRAINT "preferences_delivery" CHECK ("notify"."preferences"."delivery" in ('IMMEDIATE', 'DAILY_DIGEST', 'OFF'));
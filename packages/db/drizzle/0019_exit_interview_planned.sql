ALTER TABLE "parcours"."approvals" ADD COLUMN "exit_interview_planned_on" date;--> statement-breakpoint
ALTER TABLE "parcours"."approvals" ADD COLUMN "exit_interview_planned_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "parcours"."approvals" ADD COLUMN "exit_interview_planned_at" timestamp with time zone;
-- A résiliation request withdrawn before its extraordinary comité was held (accord, article 6; the withdrawal is the
-- platform's choice) cancels that meeting in the same transaction: the request no longer names it. Only a withdrawn
-- request may be without its meeting.
ALTER TABLE "pilotage"."accord_terminations" ALTER COLUMN "extraordinary_meeting_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "pilotage"."accord_terminations" ADD CONSTRAINT "accord_terminations_meeting_unless_withdrawn" CHECK ("pilotage"."accord_terminations"."extraordinary_meeting_id" IS NOT NULL OR "pilotage"."accord_terminations"."withdrawn_on" IS NOT NULL);
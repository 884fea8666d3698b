-- The bilan of the tripartite interview reaches the prescripteur when the SIAE sends it (accord, fiche 7: "le bilan est
-- transmis au référent et au prescripteur"; issue 14): the prescripteur of the parcours sees an interview only once
-- sent_to_prescriber_on is set (domain exitBilanForPrescriber, the same rule in the resolver). The SIAE that held it
-- and its agence see it as before; another SIAE that sees the agrément (an extension) too.
DROP POLICY exit_interviews_access ON parcours.exit_interviews;
--> statement-breakpoint
CREATE POLICY exit_interviews_access ON parcours.exit_interviews FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR EXISTS (
    SELECT 1 FROM parcours.approvals a
     WHERE a.id = exit_interviews.approval_id
       AND (exit_interviews.sent_to_prescriber_on IS NOT NULL
            OR a.prescriber_organisation_id IS DISTINCT FROM parcours.current_organisation())
  )
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);

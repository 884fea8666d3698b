-- Unusual reads (issue 19 §2; @navette/domain unusual-reads.ts): which of the (person, organisation) pairs read in the
-- audit trail have no link — no record of the person names the organisation: it did not record the person, make a
-- diagnosis, send or receive a prescription or an orientation, file or instruct a demande d'agrément, hold the agrément
-- or a contract (PERSON_ORGANISATION_LINKS; an agence through the agency_id of its territory's SIAE records).
-- SECURITY DEFINER: the readers of the audit trail (administrators, services de l'État) see no personal data of the
-- parcours; this answers pairs only, never a row, and the audit console passes the pairs of the events the caller may
-- read (row-level security of audit.events, migration 0020). An actor without organisation (an API client, `system`)
-- has no link. Each lookup uses the person's index of each table.
CREATE FUNCTION audit.unlinked_reads(person_ids uuid[], organisation_ids uuid[])
  RETURNS TABLE (person uuid, organisation uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT r.p, r.o
    FROM unnest(person_ids, organisation_ids) AS r(p, o)
   WHERE r.p IS NOT NULL AND (r.o IS NULL OR NOT (
        EXISTS (SELECT 1 FROM parcours.people x WHERE x.id = r.p AND x.created_by_organisation_id = r.o)
     OR EXISTS (SELECT 1 FROM parcours.eligibility_diagnoses x
                 WHERE x.person_id = r.p AND x.prescriber_organisation_id = r.o)
     OR EXISTS (SELECT 1 FROM parcours.prescriptions x
                 WHERE x.person_id = r.p AND r.o IN (x.prescriber_organisation_id, x.siae_id, x.agency_id))
     OR EXISTS (SELECT 1 FROM parcours.orientations x
                 WHERE x.person_id = r.p AND r.o IN (x.origin_organisation_id, x.prescriber_organisation_id))
     OR EXISTS (SELECT 1 FROM parcours.approval_requests x
                 WHERE x.person_id = r.p AND r.o IN (x.siae_id, x.prescriber_organisation_id, x.agency_id))
     OR EXISTS (SELECT 1 FROM parcours.approvals x
                 WHERE x.person_id = r.p AND r.o IN (x.siae_id, x.prescriber_organisation_id, x.agency_id))
     OR EXISTS (SELECT 1 FROM parcours.approvals a JOIN parcours.contracts x ON x.approval_id = a.id
                 WHERE a.person_id = r.p AND r.o IN (x.siae_id, x.agency_id))
   ))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit.unlinked_reads(uuid[], uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit.unlinked_reads(uuid[], uuid[]) TO navette_app;

-- Live totals of the event indicators (issue 6, "Scale and speed"; docs/benchmarks.md "Indicators at national scale").
-- The comité's indicator table counts, for a period and by département × SIAE kind, the rows of the parcours and
-- formation tables whose date falls in the period: over the whole country for a year, a scan and a GROUP BY of more
-- than a million rows per request. Here each row adds what it counts for (1, or its hours) to the per-day, per-month
-- and per-year totals of its cell (tables of 0012), in the transaction that writes it (AFTER triggers): no nightly
-- batch, a committed write is counted at once, and a period reads the years and months it covers plus the days at its
-- ends (the pilotage console's default, the current year, is one row per cell and measure, less the few rows dated
-- after today).
--
-- One definition per source table: `reporting.<table>_measures(row)` says what a row counts for (measure, day, value).
-- The trigger adds NEW's contributions and takes OLD's away; `reporting.rebuild_measures()` sums them over the whole
-- tables (run at the end of this migration, and by the data generator after a bulk load that skipped triggers). The
-- conditions are those of MEASURE_SPECS in the pilotage subgraph (apps/subgraph-pilotage/src/services/
-- indicator-sources.ts), which reads these totals for the whole region (comité, État, API clients) and the views for a
-- SIAE's or an agence's own figures; its integration tests compute every indicator from hand-built rows both ways.
--
-- People trained in a period (annexe 1, fiche 6: "nombre de personnes bénéficiaires") are distinct people, not a sum.
-- Each training record keeps the end of the same person's previous record in its cell (`previous_end_on`, ordered by
-- end date then id; triggers below). In a period [F, T] a person is counted once, by their first record ending in it,
-- the one whose previous record ended before F (or that has none). Hence, per cell:
--   people(F, T) = ends in [F, T] − previous ends in [F, T] + records whose previous end is in [F, T] but that end after T,
-- the first two from the totals ('trainingRecordEnds', 'trainingRecordPrevs'), the third read live (few rows when T is
-- today; one index range otherwise).

GRANT SELECT ON reporting.measure_days, reporting.measure_months, reporting.measure_years TO navette_app;
--> statement-breakpoint
-- What one row counts for: (measure, day, value) triples, a null day meaning "nothing" (written as one VALUES list:
-- PostgreSQL 15 fails to plan a UNION of such inlined functions inside a GROUP BY, "variable not found in subplan").
-- Dates are those of the reporting views (0005, 0007).
CREATE FUNCTION reporting.approval_requests_measures(r parcours.approval_requests)
RETURNS TABLE (measure text, day date, value bigint) LANGUAGE sql STABLE AS $$
  -- approvalRefusals: on the decision day, unless an appeal reversed it.
  SELECT v.measure, v.day, v.value FROM (VALUES
    ('approvalRefusals', CASE WHEN r.status = 'REFUSED' AND r.appeal_status IS DISTINCT FROM 'UPHELD' THEN r.decided_on END, 1::bigint)
  ) AS v(measure, day, value) WHERE v.day IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION reporting.approval_events_measures(e parcours.approval_events)
RETURNS TABLE (measure text, day date, value bigint) LANGUAGE sql STABLE AS $$
  SELECT v.measure, v.day, v.value FROM (VALUES
    (CASE e.kind WHEN 'SUSPENSION' THEN 'suspensions' WHEN 'PROLONGATION' THEN 'prolongations' WHEN 'EXTENSION' THEN 'extensions' END,
     e.start_on, 1::bigint)
  ) AS v(measure, day, value) WHERE v.day IS NOT NULL AND v.measure IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION reporting.prescriptions_measures(p parcours.prescriptions)
RETURNS TABLE (measure text, day date, value bigint) LANGUAGE sql STABLE AS $$
  -- hiringRefusals: on the day of the refusal (the row's last update); orientedByPoleEmploi: on the day it was sent.
  SELECT v.measure, v.day, v.value FROM (VALUES
    ('hiringRefusals', CASE WHEN p.status = 'REFUSED' THEN (p.updated_at AT TIME ZONE 'Europe/Paris')::date END, 1::bigint),
    ('orientedByPoleEmploi',
     CASE WHEN EXISTS (SELECT 1 FROM structures.prescriber_organizations o WHERE o.id = p.prescriber_organisation_id AND o.kind = 'POLE_EMPLOI')
          THEN (p.sent_at AT TIME ZONE 'Europe/Paris')::date END, 1::bigint)
  ) AS v(measure, day, value) WHERE v.day IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION reporting.training_records_measures(t formation.training_records)
RETURNS TABLE (measure text, day date, value bigint) LANGUAGE sql STABLE AS $$
  SELECT v.measure, v.day, v.value FROM (VALUES
    ('trainingHours', t.end_on, t.hours::bigint),
    ('trainingRecordEnds', t.end_on, 1::bigint),
    ('trainingRecordPrevs', t.previous_end_on, 1::bigint)
  ) AS v(measure, day, value) WHERE v.day IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION reporting.immersions_measures(i formation.immersions)
RETURNS TABLE (measure text, day date, value bigint) LANGUAGE sql STABLE AS $$
  SELECT v.measure, v.day, v.value FROM (VALUES ('immersions', i.start_on, 1::bigint)) AS v(measure, day, value) WHERE v.day IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION reporting.service_uses_measures(u formation.service_uses)
RETURNS TABLE (measure text, day date, value bigint) LANGUAGE sql STABLE AS $$
  SELECT v.measure, v.day, v.value FROM (VALUES
    ('employmentServices', u.used_on, 1::bigint),
    ('inWorkFollowUps', CASE WHEN u.in_work_follow_up THEN u.used_on END, 1::bigint)
  ) AS v(measure, day, value) WHERE v.day IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION reporting.poes_measures(p formation.poes)
RETURNS TABLE (measure text, day date, value bigint) LANGUAGE sql STABLE AS $$
  SELECT v.measure, v.day, v.value FROM (VALUES ('poes', p.start_on, 1::bigint)) AS v(measure, day, value) WHERE v.day IS NOT NULL
$$;
--> statement-breakpoint

CREATE TYPE reporting.measure_delta AS (measure text, day date, departement_code varchar(3), siae_kind structures.siae_kind, value bigint);
--> statement-breakpoint
-- Adds signed contributions to the day, month and year totals. Rows are written in key order, so that two transactions
-- touching the same cells wait for each other rather than deadlock; contributions that cancel out write nothing.
CREATE FUNCTION reporting.apply_measures(deltas reporting.measure_delta[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO reporting.measure_days AS m (measure, day, departement_code, siae_kind, value)
  SELECT d.measure, d.day, d.departement_code, d.siae_kind, sum(d.value)
    FROM unnest(deltas) AS d WHERE d.day IS NOT NULL
   GROUP BY 1, 2, 3, 4 HAVING sum(d.value) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (measure, day, departement_code, siae_kind) DO UPDATE SET value = m.value + excluded.value;
  INSERT INTO reporting.measure_months AS m (measure, month, departement_code, siae_kind, value)
  SELECT d.measure, date_trunc('month', d.day)::date, d.departement_code, d.siae_kind, sum(d.value)
    FROM unnest(deltas) AS d WHERE d.day IS NOT NULL
   GROUP BY 1, 2, 3, 4 HAVING sum(d.value) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (measure, month, departement_code, siae_kind) DO UPDATE SET value = m.value + excluded.value;
  INSERT INTO reporting.measure_years AS m (measure, year, departement_code, siae_kind, value)
  SELECT d.measure, date_trunc('year', d.day)::date, d.departement_code, d.siae_kind, sum(d.value)
    FROM unnest(deltas) AS d WHERE d.day IS NOT NULL
   GROUP BY 1, 2, 3, 4 HAVING sum(d.value) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (measure, year, departement_code, siae_kind) DO UPDATE SET value = m.value + excluded.value;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION reporting.apply_measures(reporting.measure_delta[]) FROM PUBLIC;
--> statement-breakpoint
-- The trigger of every source table: OLD's contributions out, NEW's in, in the cell (département, SIAE kind) each row
-- carries. SECURITY DEFINER: the application role reads the totals but cannot write them.
CREATE FUNCTION reporting.count_measures() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  EXECUTE format(
    $q$SELECT reporting.apply_measures(ARRAY(
         SELECT ROW(m.measure, m.day, ($1).departement_code, ($1).siae_kind, -m.value)::reporting.measure_delta
           FROM reporting.%1$I($1) AS m WHERE $3 <> 'INSERT'
         UNION ALL
         SELECT ROW(m.measure, m.day, ($2).departement_code, ($2).siae_kind, m.value)::reporting.measure_delta
           FROM reporting.%1$I($2) AS m WHERE $3 <> 'DELETE'))$q$,
    TG_TABLE_NAME || '_measures')
  USING OLD, NEW, TG_OP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER approval_requests_measures AFTER INSERT OR UPDATE OR DELETE ON parcours.approval_requests FOR EACH ROW EXECUTE FUNCTION reporting.count_measures();
--> statement-breakpoint
CREATE TRIGGER approval_events_measures AFTER INSERT OR UPDATE OR DELETE ON parcours.approval_events FOR EACH ROW EXECUTE FUNCTION reporting.count_measures();
--> statement-breakpoint
CREATE TRIGGER prescriptions_measures AFTER INSERT OR UPDATE OR DELETE ON parcours.prescriptions FOR EACH ROW EXECUTE FUNCTION reporting.count_measures();
--> statement-breakpoint
CREATE TRIGGER training_records_measures AFTER INSERT OR UPDATE OR DELETE ON formation.training_records FOR EACH ROW EXECUTE FUNCTION reporting.count_measures();
--> statement-breakpoint
CREATE TRIGGER immersions_measures AFTER INSERT OR UPDATE OR DELETE ON formation.immersions FOR EACH ROW EXECUTE FUNCTION reporting.count_measures();
--> statement-breakpoint
CREATE TRIGGER service_uses_measures AFTER INSERT OR UPDATE OR DELETE ON formation.service_uses FOR EACH ROW EXECUTE FUNCTION reporting.count_measures();
--> statement-breakpoint
CREATE TRIGGER poes_measures AFTER INSERT OR UPDATE OR DELETE ON formation.poes FOR EACH ROW EXECUTE FUNCTION reporting.count_measures();
--> statement-breakpoint

-- previous_end_on of a training record: the end of the same person's record just before it in its cell (end date,
-- then id). The records of one person are serialised by an advisory lock, so that two records written at once cannot
-- both miss each other. Named so that it fires after training_records_siae_facts (BEFORE triggers run in name order),
-- which fills the cell.
CREATE FUNCTION formation.training_previous_end() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('formation.training_records ' || NEW.person_id::text, 0));
  SELECT max(t.end_on) INTO NEW.previous_end_on
    FROM formation.training_records t
   WHERE t.person_id = NEW.person_id AND t.departement_code = NEW.departement_code AND t.siae_kind = NEW.siae_kind
     AND (t.end_on, t.id) < (NEW.end_on, NEW.id) AND t.id <> NEW.id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER training_records_z_previous_end BEFORE INSERT OR UPDATE ON formation.training_records FOR EACH ROW EXECUTE FUNCTION formation.training_previous_end();
--> statement-breakpoint
-- The records right after a record's old and new places take their new predecessor (set by the trigger above: the
-- update below only makes it run). It changes previous_end_on alone, which does not fire this trigger again.
CREATE FUNCTION formation.training_next_records() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  UPDATE formation.training_records t SET previous_end_on = NULL
   WHERE t.id IN (
     (SELECT s.id FROM formation.training_records s
       WHERE TG_OP <> 'INSERT' AND s.person_id = OLD.person_id AND s.departement_code = OLD.departement_code
         AND s.siae_kind = OLD.siae_kind AND (s.end_on, s.id) > (OLD.end_on, OLD.id) AND s.id <> OLD.id
       ORDER BY s.end_on, s.id LIMIT 1)
     UNION
     (SELECT s.id FROM formation.training_records s
       WHERE TG_OP <> 'DELETE' AND s.person_id = NEW.person_id AND s.departement_code = NEW.departement_code
         AND s.siae_kind = NEW.siae_kind AND (s.end_on, s.id) > (NEW.end_on, NEW.id) AND s.id <> NEW.id
       ORDER BY s.end_on, s.id LIMIT 1));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER training_records_next_records AFTER INSERT OR DELETE OR UPDATE OF person_id, siae_id, end_on ON formation.training_records FOR EACH ROW EXECUTE FUNCTION formation.training_next_records();
--> statement-breakpoint

-- Recomputes previous_end_on and every total from the tables (after a bulk load with triggers off; here, for the rows
-- written before this migration). Returns the number of previous_end_on it had to correct. Not for the application role.
CREATE FUNCTION reporting.rebuild_measures() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  corrected bigint;
BEGIN
  ALTER TABLE formation.training_records DISABLE TRIGGER USER;
  UPDATE formation.training_records t SET previous_end_on = s.previous_end_on
    FROM (SELECT id, lag(end_on) OVER (PARTITION BY person_id, departement_code, siae_kind ORDER BY end_on, id) AS previous_end_on
            FROM formation.training_records) s
   WHERE t.id = s.id AND t.previous_end_on IS DISTINCT FROM s.previous_end_on;
  GET DIAGNOSTICS corrected = ROW_COUNT;
  ALTER TABLE formation.training_records ENABLE TRIGGER USER;
  TRUNCATE reporting.measure_days, reporting.measure_months, reporting.measure_years;
  INSERT INTO reporting.measure_days (measure, day, departement_code, siae_kind, value)
  SELECT c.measure, c.day, c.departement_code, c.siae_kind, sum(c.value)
    FROM (SELECT m.measure, m.day, x.departement_code, x.siae_kind, m.value
            FROM parcours.approval_requests x, reporting.approval_requests_measures(x) m
          UNION ALL
          SELECT m.measure, m.day, x.departement_code, x.siae_kind, m.value
            FROM parcours.approval_events x, reporting.approval_events_measures(x) m
          UNION ALL
          SELECT m.measure, m.day, x.departement_code, x.siae_kind, m.value
            FROM parcours.prescriptions x, reporting.prescriptions_measures(x) m
          UNION ALL
          SELECT m.measure, m.day, x.departement_code, x.siae_kind, m.value
            FROM formation.training_records x, reporting.training_records_measures(x) m
          UNION ALL
          SELECT m.measure, m.day, x.departement_code, x.siae_kind, m.value
            FROM formation.immersions x, reporting.immersions_measures(x) m
          UNION ALL
          SELECT m.measure, m.day, x.departement_code, x.siae_kind, m.value
            FROM formation.service_uses x, reporting.service_uses_measures(x) m
          UNION ALL
          SELECT m.measure, m.day, x.departement_code, x.siae_kind, m.value
            FROM formation.poes x, reporting.poes_measures(x) m) c
   WHERE c.day IS NOT NULL
   GROUP BY 1, 2, 3, 4;
  INSERT INTO reporting.measure_months (measure, month, departement_code, siae_kind, value)
  SELECT measure, date_trunc('month', day)::date, departement_code, siae_kind, sum(value)
    FROM reporting.measure_days GROUP BY 1, 2, 3, 4;
  INSERT INTO reporting.measure_years (measure, year, departement_code, siae_kind, value)
  SELECT measure, date_trunc('year', month)::date, departement_code, siae_kind, sum(value)
    FROM reporting.measure_months GROUP BY 1, 2, 3, 4;
  RETURN corrected;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION reporting.rebuild_measures() FROM PUBLIC;
--> statement-breakpoint
SELECT reporting.rebuild_measures();
--> statement-breakpoint
-- The training view publishes the previous end (a date, no person) for the third term above.
CREATE OR REPLACE VIEW reporting.training_facts AS
  SELECT id, person_id, siae_id, agency_id, siae_kind, departement_code, kind, hours, start_on, end_on, previous_end_on
    FROM formation.training_records;

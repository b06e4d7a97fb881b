-- Evidence search for PostgreSQL: nothing to create; `events --text` runs
-- ILIKE over the mentions of the events the other filters select. A
-- database with the pg_trgm extension can speed it up with
--   CREATE INDEX mentions_evidence_trgm ON mentions USING gin (evidence gin_trgm_ops);
SELECT 1;

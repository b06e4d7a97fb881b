-- Evidence search for PostgreSQL: `events --text` runs ILIKE over the
-- mentions' evidence. Where the pg_trgm extension is installed and visible,
-- a trigram index serves it; where it is not, nothing is created and a DBA
-- who installs pg_trgm later can add the index by hand:
--   CREATE INDEX mentions_evidence_trgm ON mentions USING gin (evidence gin_trgm_ops);
DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_opclass WHERE opcname = 'gin_trgm_ops' AND pg_opclass_is_visible(oid)) THEN CREATE INDEX mentions_evidence_trgm ON mentions USING gin (evidence gin_trgm_ops); END IF; END $$;

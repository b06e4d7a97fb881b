-- Evidence search for SQLite: an FTS5 index of trigrams over the mentions'
-- evidence, so that `events --text` finds substrings without reading every
-- mention. Its rowid is the mention id; triggers keep it in step.
CREATE VIRTUAL TABLE mentions_fts USING fts5(evidence, tokenize = 'trigram');
INSERT INTO mentions_fts (rowid, evidence) SELECT id, evidence FROM mentions;
CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN INSERT INTO mentions_fts (rowid, evidence) VALUES (new.id, new.evidence); END;
CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN DELETE FROM mentions_fts WHERE rowid = old.id; END;

-- Evidence search for SQLite: an FTS5 index of trigrams over the mentions'
-- evidence, so that `events --text` finds substrings without reading every
-- mention. Its rowid is the mention id. The store fills it once per batch
-- (an FTS5 table written row by row inside a transaction flushes at every
-- statement, which is slow), and empties it of the mentions it deletes.
CREATE VIRTUAL TABLE mentions_fts USING fts5(evidence, tokenize = 'trigram');
INSERT INTO mentions_fts (rowid, evidence) SELECT id, evidence FROM mentions;

-- A store of format 1 as written by a humfig whose figure schema ended at the issues column
-- (before country_code, modality, tally, part_of, household_size, value_people and notes).
-- Kept as written then: opening it must add the missing columns and keep every row.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE runs (
  run_id INTEGER PRIMARY KEY,
  tool TEXT NOT NULL,
  run_date TEXT NOT NULL,
  inputs TEXT NOT NULL,
  started TEXT NOT NULL,
  ended TEXT,
  status TEXT NOT NULL,
  documents INTEGER,
  skipped INTEGER,
  figures INTEGER,
  documents_added INTEGER,
  documents_unchanged INTEGER,
  documents_corrected INTEGER,
  figures_added INTEGER,
  figures_superseded INTEGER);
CREATE TABLE documents (
  document_key INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  address TEXT NOT NULL,
  url TEXT,
  source TEXT,
  published TEXT,
  language TEXT,
  title TEXT,
  origin TEXT,
  problems TEXT,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs (run_id),
  superseded_by INTEGER REFERENCES documents (document_key));
CREATE INDEX documents_hash ON documents (content_hash) WHERE superseded_by IS NULL;
CREATE INDEX documents_address ON documents (address) WHERE superseded_by IS NULL;
CREATE TABLE figures (
  figure_key INTEGER PRIMARY KEY,
  document_key INTEGER NOT NULL REFERENCES documents (document_key),
  run_id INTEGER NOT NULL REFERENCES runs (run_id),
  superseded_by INTEGER REFERENCES documents (document_key),
  "figure_id" TEXT, "document_id" TEXT, "source_name" TEXT, "source_url" TEXT,
  "published_date" TEXT, "category" TEXT, "metric" TEXT, "value" REAL, "value_low" REAL,
  "value_high" REAL, "qualifier" TEXT, "unit" TEXT, "population" TEXT, "location" TEXT,
  "actor" TEXT, "date_start" TEXT, "date_end" TEXT, "date_precision" TEXT,
  "attributed_to" TEXT, "evidence" TEXT, "evidence_start" INTEGER, "evidence_end" INTEGER,
  "rule_id" TEXT, "confidence" REAL, "status" TEXT, "issues" TEXT);
CREATE INDEX figures_document ON figures (document_key);
CREATE TABLE violations (
  figure_key INTEGER NOT NULL REFERENCES figures (figure_key),
  position INTEGER NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (figure_key, position)) WITHOUT ROWID;
CREATE VIEW current_documents AS SELECT * FROM documents WHERE superseded_by IS NULL;
CREATE VIEW current_figures AS SELECT * FROM figures WHERE superseded_by IS NULL;

INSERT INTO meta VALUES ('format', '1'), ('schema_name', 'humfig-figure'), ('schema_version', '0.9.0');
INSERT INTO runs VALUES (1, 'humfig 0.0.9', '2016-12-20', '["feed.jsonl"]', '2016-12-20T06:00:00Z',
  '2016-12-20T06:01:10Z', 'complete', 1, 0, 1, 1, 0, 0, 1, 0);
INSERT INTO documents VALUES (1, 'idlib-7', 'a3c1f0e1b2d34c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6',
  'https://news.example.org/idlib-camps', 'https://news.example.org/idlib-camps', 'Example News',
  '2016-12-19', NULL, 'Camps fill up near Idlib', 'feed.jsonl line 7', NULL, '2016-12-20',
  '2016-12-20', 1, NULL);
INSERT INTO figures VALUES (1, 1, 1, NULL, '7d1e2f3a4b5c6d7e', 'idlib-7', 'Example News',
  'https://news.example.org/idlib-camps', '2016-12-19', 'displacement', 'displaced', 4500, 4500,
  4500, 'exact', 'people', 'people', 'Idlib', NULL, '2016-12-18', '2016-12-18', 'day',
  'camp managers', 'Camp managers said 4,500 people were displaced to Idlib on Sunday.', 0, 68,
  'displaced.passive', 0.9, 'valid', NULL);
PRAGMA user_version = 1;

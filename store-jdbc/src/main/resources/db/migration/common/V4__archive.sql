-- The archive (dev.altlas.archive.ArchiveStore): every .last record once, the source of truth
-- search indexes are rebuilt from. JSON as TEXT, instants as TIMESTAMP(6) WITH TIME ZONE, as in V1.

CREATE TABLE archived_runs (
  -- assigned under the archive_sequence row lock, so records commit in sequence order
  seq         BIGINT                      NOT NULL,
  run_id      VARCHAR(255)                NOT NULL,
  archived_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  -- the result's finish time, or archived_at when it has none: purge and time slices use it
  finished_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  -- SHA-256 (hex) of the result column's text
  digest      VARCHAR(64)                 NOT NULL,
  result      TEXT                        NOT NULL,
  plan        TEXT,
  -- float32 values, little-endian; BYTEA is PostgreSQL's name and an H2 alias of BINARY VARYING
  embedding   BYTEA,
  CONSTRAINT archived_runs_pk PRIMARY KEY (seq),
  -- a run is archived once: the second writer of a run id loses
  CONSTRAINT archived_runs_run_id UNIQUE (run_id)
);

CREATE INDEX archived_runs_by_finished ON archived_runs (finished_at, seq);

-- One row: the highest sequence handed out. An add updates it and holds its lock until commit,
-- so a record can never become visible after one with a higher sequence.
CREATE TABLE archive_sequence (
  id         INTEGER NOT NULL,
  last_value BIGINT  NOT NULL,
  CONSTRAINT archive_sequence_pk PRIMARY KEY (id),
  CONSTRAINT archive_sequence_one_row CHECK (id = 1)
);

INSERT INTO archive_sequence (id, last_value) VALUES (1, 0);

-- Named progress markers of the indexes fed from the archive (how far each has caught up).
CREATE TABLE archive_checkpoints (
  name             VARCHAR(255)                NOT NULL,
  checkpoint_value TEXT                        NOT NULL,
  updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT archive_checkpoints_pk PRIMARY KEY (name)
);

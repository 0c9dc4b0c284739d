-- unfinishedRuns after a restart: a partial index holds only the few live runs, however many
-- finished runs the table keeps. (H2 has no partial indexes; runs_by_state serves it there.)
CREATE INDEX runs_unfinished ON runs (created_at, id) WHERE state IN ('QUEUED', 'RUNNING');

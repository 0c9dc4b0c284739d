-- listRuns: newest first by (created_at, id), optionally for one owner or one state.
CREATE INDEX runs_by_created ON runs (created_at, id);
CREATE INDEX runs_by_owner ON runs (owner, created_at, id);
CREATE INDEX runs_by_state ON runs (state, created_at, id);

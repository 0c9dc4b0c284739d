-- Retention (RunStore.purgeFinishedBefore): finished runs oldest first by (finished_at, id).
-- Unfinished runs have no finished_at and stay out of the range scanned.
CREATE INDEX runs_by_finished ON runs (finished_at, id);

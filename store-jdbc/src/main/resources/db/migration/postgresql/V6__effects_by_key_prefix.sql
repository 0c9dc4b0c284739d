-- Retention deletes a run's side-effect records by key prefix (LIKE 'RUN_ID/%'). The primary key
-- index serves such a LIKE only under the C collation; text_pattern_ops serves it under any.
-- (H2 compares by code point and uses its primary key index for the prefix.)
CREATE INDEX effects_by_key_prefix ON effects (idempotency_key text_pattern_ops);

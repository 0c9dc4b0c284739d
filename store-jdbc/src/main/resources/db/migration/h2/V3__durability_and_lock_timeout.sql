-- Settings only H2 has; both persist in the database file.

-- By default H2 writes committed changes to the file up to 500 ms later, so a process killed in
-- that window loses them: a claimed task or a recorded side effect would be forgotten and done
-- again after the restart. 0 writes each commit before it returns (to the operating system, which
-- keeps it when the process dies; a power cut needs PostgreSQL's fsync for the distributed setup).
SET WRITE_DELAY 0;

-- H2 waits only 1 s for a row lock by default; concurrent compare-and-set updates and fan-outs of
-- one row then fail with a lock timeout instead of waiting for the other transaction and losing
-- the comparison. PostgreSQL waits as long as it takes.
SET DEFAULT_LOCK_TIMEOUT 10000;

-- Issue 22: the records version, so that a report's cross-checks (findings) can be kept until the records
-- change (docs/reports.md, "The findings cache"). Every committed transaction that wrote a table of
-- records adds 1 to one of sixteen counters; the version is their sum, read by RecordsVersion.
--
-- The bump runs at commit (a deferred constraint trigger), once per transaction (a transaction-local flag),
-- so that:
--   * it becomes visible exactly when the writer's rows do (it is part of the writer's transaction; a
--     rolled-back transaction bumps nothing), which a sequence bumped by a trigger would not be (nextval is
--     not transactional: a reader could see the new value before the rows and keep stale findings under it);
--   * the counter's row lock is taken last, when the transaction takes no other lock, so it cannot close a
--     deadlock with the locks of the writer's own statements (an immediate bump would hold the counter from
--     the first write to the commit, and a second writer on the same counter holding a row the first one
--     wants next would deadlock);
--   * writers rarely wait for each other: sixteen counters, chosen by the backend's process id.
-- Writes from outside the application (psql, an import script, another node) bump the version too.
CREATE TABLE record_change (
    shard SMALLINT PRIMARY KEY,
    n     BIGINT   NOT NULL DEFAULT 0
);
INSERT INTO record_change (shard) SELECT generate_series(0, 15);

CREATE FUNCTION record_changed() RETURNS TRIGGER AS $$
BEGIN
    IF current_setting('tiepdan.record_changed', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('tiepdan.record_changed', 'yes', true);
        UPDATE record_change SET n = n + 1 WHERE shard = pg_backend_pid() % 16;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

-- The triggers themselves are attached by db/record_change_triggers.sql (RecordChangeTriggers), after every migration run, to
-- every table that lacks them: a table created by a later migration, or by one that an out-of-order run applies
-- after this one, is watched without anyone remembering to.

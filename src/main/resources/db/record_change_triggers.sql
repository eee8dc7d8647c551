-- Run by platform.internal.RecordChangeTriggers after every Flyway migration run, on the application's own
-- connection (not a Flyway callback: Flyway runs callbacks on a connection of their own, one more than a pool of
-- two has while it holds its lock).
--
-- Issue 22 (V188, docs/reports.md "The findings cache"): every table of records bumps the records version at
-- the commit of a transaction that wrote it. Attached here, not in V188, so that every table gets its triggers
-- whatever migration created it and whenever (the version ranges land out of order): only the tables still
-- without them, so a start that migrates nothing costs one catalogue query.
--
-- Every table of the schema is a table of records except the ones below, which hold nothing a report reads
-- (sessions, the audit trail, job locks, the event registry, rate limits and sign-in throttling, challenge
-- tokens, API tokens, recovery codes, the national database's send queue, Flyway's history, the counters
-- themselves). FindingsCacheTest keeps the same list and fails when a table is neither watched nor in it.
DO $$
DECLARE
    t TEXT;
BEGIN
    -- Two nodes starting together: one attaches, the other then finds nothing missing.
    PERFORM pg_advisory_xact_lock(hashtext('tiepdan.record_changed'));
    FOR t IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
        WHERE ns.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND c.relname NOT IN ('record_change', 'flyway_schema_history', 'spring_session',
                                'spring_session_attributes', 'audit_entry', 'shedlock', 'event_publication',
                                'portal_rate_limit', 'login_failure', 'portal_challenge_used', 'api_token',
                                'account_recovery_code', 'national_db_record')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'record_changed')
    LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER record_changed AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_changed()', t);
        EXECUTE format('CREATE TRIGGER record_changed_truncate AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION record_changed()', t);
    END LOOP;
END $$;

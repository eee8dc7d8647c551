-- The audit log: append-only. Rows are written in the transaction of the change they describe.
CREATE TABLE audit_entry (
    id             BIGSERIAL PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    username       VARCHAR(100),
    remote_address VARCHAR(64),
    unit_id        BIGINT,
    entity_type    VARCHAR(64)  NOT NULL,
    entity_id      VARCHAR(64),
    action         VARCHAR(40)  NOT NULL,
    summary        TEXT
);
CREATE INDEX audit_entry_time_ix ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_user_ix ON audit_entry (username, occurred_at DESC);
CREATE INDEX audit_entry_entity_ix ON audit_entry (entity_type, entity_id);

-- Nothing may rewrite history: not the application, not a stray UPDATE in a console session.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END $$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

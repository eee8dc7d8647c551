CREATE TABLE user_account (
    id                  BIGSERIAL PRIMARY KEY,
    username            VARCHAR(100) NOT NULL UNIQUE,
    full_name           VARCHAR(255) NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0
);

-- A role held at a unit applies to that unit and every unit under it; a NULL unit means the whole
-- installation (the first administrator, before any body is set up).
CREATE TABLE role_grant (
    id      BIGSERIAL PRIMARY KEY,
    user_id BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL,
    unit_id BIGINT      REFERENCES org_unit (id),
    CONSTRAINT role_grant_role_ck CHECK (role IN ('ADMIN', 'HEAD', 'RECEPTION_OFFICER', 'HANDLER', 'INSPECTOR',
        'REPORTER', 'IDENTITY_CUSTODIAN', 'VIEWER')),
    CONSTRAINT role_grant_ux UNIQUE NULLS NOT DISTINCT (user_id, role, unit_id)
);

-- Two-factor sign-in (TOTP, RFC 6238). The secret is never logged and never shown after enrolment;
-- totp_last_step is the time step of the last code accepted (a code is not accepted twice).
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_enabled_at timestamptz;
alter table user_account add column totp_last_step bigint;

-- One-time recovery codes: SHA-256 of each random code; a used code is deleted.
create table account_recovery_code (
    id bigserial primary key,
    account_id bigint not null references user_account (id) on delete cascade,
    code_hash varchar(64) not null
);
create index account_recovery_code_account_idx on account_recovery_code (account_id);

-- Failed sign-ins per client address, shared by every node: the throttle counts the rows of an
-- address inside its window; rows older than the window are deleted as new ones arrive.
create table login_failure (
    id bigserial primary key,
    address varchar(64) not null,
    failed_at timestamptz not null
);
create index login_failure_address_idx on login_failure (address, failed_at);
create index login_failure_failed_at_idx on login_failure (failed_at);

-- Failed logins per account and client address, and per client address, shared by every node:
-- the next attempt is accepted only after blocked_until (a delay that doubles and is capped).
create table login_throttle (
    throttle_key    varchar(400) primary key,
    failures        integer                  not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone
);

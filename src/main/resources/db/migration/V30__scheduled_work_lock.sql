-- ShedLock's table: a scheduled task (the daily digest) runs on one node per schedule.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Official year calendars entered by an administrator (PUT /api/holidays/{year}). A stored year replaces both its
-- classpath file and its computed provisional days. Every replacement takes a new revision from the sequence; each
-- node polls max(revision) and count(*) of holiday_year to learn that it must reload (see StoredHolidays).
create sequence holiday_revision;

create table holiday_year (
    year       integer      not null primary key,
    revision   bigint       not null,
    updated_at timestamptz  not null,
    updated_by varchar(255) not null
);

create table holiday_day (
    day    date        not null primary key,
    year   integer     not null references holiday_year (year) on delete cascade,
    name   text        not null check (length(btrim(name)) > 0),
    kind   varchar(20) not null check (kind in ('DAY_OFF', 'WORKING_DAY')),
    source text        not null,
    constraint ck_holiday_day_in_year check (extract(year from day) = year)
);

create index ix_holiday_day_year on holiday_day (year);

-- Reporting rounds: one per rollout and period, with the dates computed from the plan's calendar.
create table reporting_round (
    id                     bigserial primary key,
    plan_id                bigint       not null references plan (id),
    rollout_id             bigint       not null references rollout (id),
    sequence               integer      not null,
    level                  integer      not null,
    period_label           varchar(100) not null,
    final_review           boolean      not null,
    data_from              date         not null,
    cut_off                date         not null,
    submission_deadline    timestamp with time zone not null,
    consolidation_deadline timestamp with time zone not null,
    process_instance_id    varchar(64),
    status                 varchar(20)  not null,
    opened_at              timestamp with time zone not null,
    consolidated_at        timestamp with time zone,
    sent_at                timestamp with time zone,
    constraint uk_reporting_round unique (rollout_id, sequence),
    constraint ck_reporting_round_sequence check (sequence >= 1),
    constraint ck_reporting_round_status check (status in ('OPEN', 'CONSOLIDATED', 'FINALISED', 'APPROVED', 'SENT'))
);

create index ix_reporting_round_cut_off on reporting_round (rollout_id, cut_off);

-- A unit's report in a round. MISSING: nothing accepted or pending at the consolidation deadline.
create table unit_report (
    id            bigserial primary key,
    round_id      bigint      not null references reporting_round (id) on delete cascade,
    unit_id       bigint      not null references org_unit (id),
    status        varchar(10) not null,
    submitted_at  timestamp with time zone,
    on_time       boolean,
    submitted_by  varchar(64),
    submissions   integer     not null default 0,
    results       varchar(4000),
    limitations   varchar(4000),
    proposals     varchar(4000),
    return_reason varchar(2000),
    reviewed_by   varchar(64),
    reviewed_at   timestamp with time zone,
    constraint uk_unit_report unique (round_id, unit_id),
    constraint ck_unit_report_status check (status in ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'MISSING'))
);

create table unit_report_figure (
    report_id  bigint         not null references unit_report (id) on delete cascade,
    metric_key varchar(60)    not null,
    value      numeric(18, 2) not null,
    primary key (report_id, metric_key),
    constraint ck_unit_report_figure_value check (value >= 0)
);

-- The consolidation: per unit (its own figures plus its child rollout's totals) and per metric.
create table round_unit_total (
    round_id        bigint         not null references reporting_round (id) on delete cascade,
    unit_id         bigint         not null references org_unit (id),
    metric_key      varchar(60)    not null,
    own_value       numeric(18, 2) not null,
    sub_units_value numeric(20, 2) not null,
    total           numeric(20, 2) not null,
    primary key (round_id, unit_id, metric_key)
);

create table round_total (
    round_id       bigint         not null references reporting_round (id) on delete cascade,
    metric_key     varchar(60)    not null,
    total          numeric(20, 2) not null,
    units_reported integer        not null,
    primary key (round_id, metric_key)
);

-- Finalisation by the lead office and approval by leadership, every decision kept.
create table round_decision (
    id         bigserial primary key,
    round_id   bigint        not null references reporting_round (id) on delete cascade,
    step       varchar(10)   not null,
    decision   varchar(10)   not null,
    reason     varchar(2000),
    decided_by varchar(64),
    decided_at timestamp with time zone not null,
    constraint ck_round_decision_step check (step in ('FINALISE', 'APPROVE')),
    constraint ck_round_decision check (decision in ('FINALISED', 'APPROVED', 'RETURNED')),
    constraint ck_round_decision_reason check (decision <> 'RETURNED' or reason is not null)
);

create index ix_round_decision_round on round_decision (round_id);

-- The sending of the approved report to the plan's recipients (nơi nhận); mail comes with the outbox.
create table round_dispatch (
    round_id  bigint       not null references reporting_round (id) on delete cascade,
    position  integer      not null,
    recipient varchar(500) not null,
    sent_at   timestamp with time zone not null,
    primary key (round_id, position)
);

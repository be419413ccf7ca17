-- Notifications: the per-plan escalation ladder, the outbox and deadline extensions.
alter table plan
    add column escalation_reminder_days     integer,
    add column escalation_unit_head_days    integer,
    add column escalation_lead_office_days  integer,
    add column escalation_leadership_days   integer,
    add column escalation_repeat_days       integer;

create table notification_outbox (
    id              bigserial primary key,
    idempotency_key varchar(300)  not null,
    kind            varchar(40)   not null,
    recipients      varchar(4000) not null,
    subject         varchar(500)  not null,
    html_body       text          not null,
    text_body       text          not null,
    status          varchar(10)   not null default 'PENDING',
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(2000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    locked_by       varchar(100),
    locked_until    timestamp with time zone,
    constraint uk_notification_outbox_key unique (idempotency_key),
    constraint ck_notification_outbox_status check (status in ('PENDING', 'SENT', 'PARKED'))
);

create index ix_notification_outbox_due on notification_outbox (next_attempt_at) where status = 'PENDING';
create index ix_notification_outbox_parked on notification_outbox (id) where status = 'PARKED';

create table deadline_extension (
    id                  bigserial primary key,
    task_id             varchar(64)   not null,
    task_name           varchar(500),
    plan_id             bigint,
    unit_code           varchar(40),
    requested_by        varchar(64)   not null,
    requested_at        timestamp with time zone not null,
    current_due_at      timestamp with time zone not null,
    requested_due_at    timestamp with time zone not null,
    reason              varchar(1000) not null,
    process_instance_id varchar(64),
    status              varchar(10)   not null default 'REQUESTED',
    decided_by          varchar(64),
    decided_at          timestamp with time zone,
    decision_comment    varchar(1000),
    constraint ck_deadline_extension_status check (status in ('REQUESTED', 'GRANTED', 'REFUSED'))
);

create index ix_deadline_extension_task on deadline_extension (task_id);

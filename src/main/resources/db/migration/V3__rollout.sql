-- A rollout: one plan-rollout process instance. A cascading unit's rollout points to its parent.
create table rollout (
    id                  bigserial primary key,
    plan_id             bigint      not null references plan (id),
    parent_rollout_id   bigint references rollout (id),
    lead_unit_id        bigint references org_unit (id),
    level               integer     not null,
    rollout_date        date        not null,
    process_instance_id varchar(64),
    status              varchar(20) not null,
    started_at          timestamp with time zone not null,
    started_by          varchar(64),
    constraint ck_rollout_level check (level >= 0),
    constraint ck_rollout_parent check ((level = 0) = (parent_rollout_id is null))
);

create index ix_rollout_plan on rollout (plan_id);
create index ix_rollout_parent on rollout (parent_rollout_id);

-- A plan rolls out once at a time at the top level (child rollouts share the plan).
create unique index uk_rollout_running_plan on rollout (plan_id)
    where parent_rollout_id is null and status = 'RUNNING';

-- One child rollout per cascading unit within a parent rollout.
create unique index uk_rollout_child_unit on rollout (parent_rollout_id, lead_unit_id)
    where parent_rollout_id is not null;

-- Progress of each unit through each stage of a rollout: the base of the dashboard and reports.
create table unit_stage_progress (
    id           bigserial primary key,
    rollout_id   bigint      not null references rollout (id),
    unit_id      bigint      not null references org_unit (id),
    stage        varchar(20) not null,
    due_at       timestamp with time zone,
    completed_at timestamp with time zone,
    completed_by varchar(64),
    on_time      boolean,
    status       varchar(20) not null,
    attempts     integer     not null default 0,
    constraint uk_unit_stage_progress unique (rollout_id, unit_id, stage)
);

create index ix_unit_stage_progress_unit on unit_stage_progress (unit_id, status);

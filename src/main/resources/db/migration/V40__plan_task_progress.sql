-- Plan tasks as tracked work (feature package plantask): one row per task of a top-level rollout,
-- the coordinating units' contributions and the state reports of continuous tasks per round.
create table plan_task_progress (
    id                  bigserial primary key,
    rollout_id          bigint        not null references rollout (id) on delete cascade,
    task_id             bigint        not null references plan_task (id) on delete cascade,
    process_instance_id varchar(64),
    status              varchar(20)   not null,
    due_at              timestamptz,
    progress_note       varchar(2000),
    result_summary      varchar(4000),
    output_number       varchar(60),
    output_date         date,
    output_reference    varchar(500),
    finished_on         date,
    return_reason       varchar(1000),
    submitted_at        timestamptz,
    submitted_by        varchar(255),
    completed_at        timestamptz,
    attempts            integer       not null default 0,
    constraint uk_plan_task_progress unique (rollout_id, task_id),
    constraint ck_plan_task_progress_status check (status in ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'DONE'))
);

create table plan_task_contribution (
    rollout_id   bigint        not null references rollout (id) on delete cascade,
    task_id      bigint        not null references plan_task (id) on delete cascade,
    unit_id      bigint        not null references org_unit (id),
    due_at       timestamptz,
    contribution varchar(2000),
    completed_at timestamptz,
    completed_by varchar(255),
    primary key (rollout_id, task_id, unit_id)
);

create table plan_task_state_report (
    rollout_id     bigint        not null references rollout (id) on delete cascade,
    task_id        bigint        not null references plan_task (id) on delete cascade,
    round_sequence integer       not null,
    state_text     varchar(2000) not null,
    reported_at    timestamptz   not null,
    reported_by    varchar(255),
    primary key (rollout_id, task_id, round_sequence)
);

-- Plans being written in trienkhai (package drafting, process plan-drafting): the plan document as the
-- drafter left it, the unit that drafts it and, once sent for approval, the unit that issues it.
create table plan_draft (
    id                  bigserial     primary key,
    drafting_unit_code  varchar(64)   not null,
    issuing_unit_code   varchar(64),
    state               varchar(32)   not null,
    document            text          not null,
    return_reason       text,
    plan_id             bigint,
    process_instance_id varchar(64),
    created_by          varchar(255)  not null,
    created_at          timestamptz   not null,
    updated_by          varchar(255)  not null,
    updated_at          timestamptz   not null
);
create index plan_draft_drafting_unit on plan_draft (drafting_unit_code);

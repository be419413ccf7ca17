-- Directives (chỉ thị) and the plans (kế hoạch) that implement them.
create table directive (
    id        bigserial primary key,
    number    varchar(60)   not null,
    issued_on date          not null,
    issuer    varchar(300)  not null,
    summary   varchar(2000) not null,
    constraint uk_directive_number unique (number)
);

create table plan (
    id                  bigserial primary key,
    number              varchar(60)   not null,
    issuing_unit_id     bigint        not null references org_unit (id),
    place               varchar(200)  not null,
    issued_on           date,
    summary             varchar(2000) not null,
    layout              varchar(10)   not null,
    end_date            date          not null,
    directive_id        bigint references directive (id),
    parent_plan_id      bigint references plan (id),
    signer_authority    varchar(100),
    signer_title        varchar(100),
    signer_name         varchar(200),
    reporting_every     varchar(10)   not null,
    submit_working_days integer       not null,
    final_review        boolean       not null,
    study_deadline      varchar(100)  not null,
    disseminate_deadline varchar(100) not null,
    unit_plan_deadline  varchar(100)  not null,
    imported_at         timestamp with time zone not null,
    imported_by         varchar(64),
    constraint ck_plan_implements check (directive_id is not null or parent_plan_id is not null)
);

create index ix_plan_issuing_unit on plan (issuing_unit_id);

create table plan_lead_unit (
    plan_id  bigint  not null references plan (id) on delete cascade,
    position integer not null,
    unit_id  bigint  not null references org_unit (id),
    primary key (plan_id, position),
    constraint uk_plan_lead_unit unique (plan_id, unit_id)
);

create table plan_participant (
    plan_id  bigint  not null references plan (id) on delete cascade,
    position integer not null,
    unit_id  bigint  not null references org_unit (id),
    cascades boolean not null,
    primary key (plan_id, position),
    constraint uk_plan_participant unique (plan_id, unit_id)
);

create table plan_metric (
    plan_id  bigint       not null references plan (id) on delete cascade,
    position integer      not null,
    metric_key varchar(60) not null,
    label    varchar(300) not null,
    unit     varchar(60)  not null,
    primary key (plan_id, position),
    constraint uk_plan_metric unique (plan_id, metric_key)
);

create table plan_recipient (
    plan_id  bigint        not null references plan (id) on delete cascade,
    position integer       not null,
    recipient varchar(500) not null,
    primary key (plan_id, position)
);

create table plan_task (
    id           bigserial primary key,
    plan_id      bigint        not null references plan (id) on delete cascade,
    position     integer       not null,
    code         varchar(40)   not null,
    title        varchar(1000) not null,
    description  text,
    lead_unit_id bigint        not null references org_unit (id),
    deadline     varchar(100)  not null,
    output       varchar(1000),
    constraint uk_plan_task_code unique (plan_id, code)
);

create table plan_task_coordinator (
    task_id  bigint  not null references plan_task (id) on delete cascade,
    position integer not null,
    unit_id  bigint  not null references org_unit (id),
    primary key (task_id, position)
);

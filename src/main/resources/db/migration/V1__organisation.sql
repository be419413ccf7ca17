-- Organisational units: a tree (city -> ward -> department / residential group).
create table org_unit (
    id               bigserial primary key,
    code             varchar(40)  not null,
    name             varchar(300) not null,
    kind             varchar(30)  not null,
    parent_id        bigint references org_unit (id),
    head_name        varchar(200),
    head_title       varchar(200),
    head_email       varchar(254),
    email            varchar(254),
    camunda_group_id varchar(64)  not null,
    constraint uk_org_unit_code unique (code),
    constraint uk_org_unit_group unique (camunda_group_id)
);

create index ix_org_unit_parent on org_unit (parent_id);

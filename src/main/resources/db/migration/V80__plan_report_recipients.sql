-- The consolidated report's own nơi nhận (upward, "để báo cáo"), written in the plan document as
-- reportRecipients; a plan without rows gets the default computed from its directive and issuing unit.
create table plan_report_recipient (
    plan_id   bigint       not null references plan (id) on delete cascade,
    position  integer      not null,
    recipient varchar(500) not null,
    primary key (plan_id, position)
);

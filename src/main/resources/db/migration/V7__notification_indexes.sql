-- Notifications at scale: a task notice is written in the timer job as a compact row (who, which
-- task and step, what the mail will say) and rendered by the dispatcher when it is sent.
alter table notification_outbox
    alter column subject drop not null,
    alter column html_body drop not null,
    alter column text_body drop not null,
    add column task_id      varchar(64),
    add column task_name    text,
    add column plan_label   text,
    add column unit_name    text,
    add column due_day      date,
    add column days_overdue integer,
    add constraint ck_notification_outbox_content check (
        (subject is not null and html_body is not null and text_body is not null)
        or (task_id is not null and due_day is not null));

-- The health indicator's age of the oldest waiting notice, without reading the whole table.
create index ix_notification_outbox_pending_age on notification_outbox (created_at) where status = 'PENDING';

-- The approved report's mail: a compact row naming the stored FINAL (report_document.id), rendered and given its
-- DOCX and PDF by the dispatcher when it is sent. No foreign key: a document gone by then is a failed attempt.
alter table notification_outbox
    add column report_document_id bigint,
    drop constraint ck_notification_outbox_content,
    add constraint ck_notification_outbox_content check (
        (subject is not null and html_body is not null and text_body is not null)
        or (task_id is not null and due_day is not null)
        or (kind = 'REPORT' and report_document_id is not null));

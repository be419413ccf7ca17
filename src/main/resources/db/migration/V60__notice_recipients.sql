-- Task notices one row per recipient: the dispatcher groups a recipient's due notices into one mail, greets them
-- by role and name, and asks of them what their step of the ladder asks. The subject names the plan by reference;
-- unit_position is the unit's place among the plan's participants, the protocol order the mail lists units in.
alter table notification_outbox
    add column plan_reference     text,
    add column recipient_greeting text,
    add column recipient_role     varchar(20),
    add column unit_position      integer;

-- Claiming by recipient: the due rows of one address together.
create index ix_notification_outbox_pending_recipient on notification_outbox (recipients, next_attempt_at)
    where status = 'PENDING';

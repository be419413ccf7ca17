-- Who sent a draft back to its drafter: the leadership at approval or the clerk when issuing failed.
alter table plan_draft add column returned_from varchar(32);

-- The causes (nguyên nhân) of a unit's limitations, gathered in the consolidated report like the limitations.
alter table unit_report add column causes varchar(4000);

-- The consolidated report's documents: the DRAFT written by the assembly and the FINAL the lead office keeps or
-- uploads, one of each per round. The files are bytea columns (TOASTed out of line by PostgreSQL); listings read
-- only the other columns.
create table report_document (
    id                  bigserial primary key,
    plan_id             bigint      not null references plan (id),
    rollout_id          bigint      not null references rollout (id),
    round_id            bigint      not null references reporting_round (id) on delete cascade,
    process_instance_id varchar(64),
    version             varchar(10) not null,
    docx                bytea       not null,
    docx_size           integer     not null,
    pdf                 bytea       not null,
    pdf_size            integer     not null,
    -- FINAL only: the PDF is the draft's (an uploaded DOCX is not rendered again)
    pdf_from_draft      boolean     not null default false,
    created_at          timestamp with time zone not null,
    created_by          varchar(64),
    constraint uk_report_document unique (round_id, version),
    constraint ck_report_document_version check (version in ('DRAFT', 'FINAL'))
);

create index ix_report_document_plan on report_document (plan_id);

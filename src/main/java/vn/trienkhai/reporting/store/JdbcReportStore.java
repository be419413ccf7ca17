package vn.trienkhai.reporting.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.plan.PlanDirectory;

/** {@link ReportStore} in the application's PostgreSQL: table {@code report_document}, files as bytea. */
@Repository
@Transactional
class JdbcReportStore implements ReportStore {

    private static final String UPSERT = """
            insert into report_document (plan_id, rollout_id, round_id, process_instance_id, version, docx, docx_size,
                pdf, pdf_size, pdf_from_draft, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (round_id, version) do update set docx = excluded.docx, docx_size = excluded.docx_size,
                pdf = excluded.pdf, pdf_size = excluded.pdf_size, pdf_from_draft = excluded.pdf_from_draft,
                process_instance_id = excluded.process_instance_id, created_at = excluded.created_at,
                created_by = excluded.created_by
            returning id""";
    private static final String SELECT = """
            select d.id, d.plan_id, d.rollout_id, d.round_id, r.period_label,
                d.process_instance_id, d.version, d.docx_size, d.pdf_size, d.pdf_from_draft, d.created_at, d.created_by
            from report_document d join reporting_round r on r.id = d.round_id""";

    private final JdbcTemplate jdbc;
    private final PlanDirectory plans;

    JdbcReportStore(JdbcTemplate jdbc, PlanDirectory plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public StoredReport save(NewReport report) {
        Long id = jdbc.queryForObject(UPSERT, Long.class, report.planId(), report.rolloutId(), report.roundId(),
                report.processInstanceId(), report.version().name(), report.docx(), report.docx().length,
                report.pdf(), report.pdf().length, report.pdfFromDraft(), Timestamp.from(report.createdAt()),
                report.createdBy());
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredReport> find(long id) {
        return named(jdbc.query(SELECT + " where d.id = ?", JdbcReportStore::row, id)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredReport> find(long roundId, ReportVersion version) {
        return named(jdbc.query(SELECT + " where d.round_id = ? and d.version = ?", JdbcReportStore::row, roundId,
                version.name())).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredReport> list() {
        return named(jdbc.query(SELECT + " order by d.created_at desc, d.id desc", JdbcReportStore::row));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> content(long id, DocumentFormat format) {
        String column = format == DocumentFormat.DOCX ? "docx" : "pdf";
        return jdbc.query("select " + column + " from report_document where id = ?", (rs, n) -> rs.getBytes(1), id)
                .stream().findFirst();
    }

    /** The reports with their plans' number and summary, asked of the plan feature once for all of them. */
    private List<StoredReport> named(List<StoredReport> reports) {
        Map<Long, PlanDirectory.Heading> headings = plans.headings(reports.stream().map(StoredReport::planId)
                .distinct().toList());
        return reports.stream().filter(report -> headings.containsKey(report.planId())).map(report -> {
            PlanDirectory.Heading heading = headings.get(report.planId());
            return new StoredReport(report.id(), report.planId(), heading.number(), heading.summary(),
                    report.rolloutId(), report.roundId(), report.periodLabel(), report.processInstanceId(),
                    report.version(), report.docxSize(), report.pdfSize(), report.pdfFromDraft(), report.createdAt(),
                    report.createdBy());
        }).toList();
    }

    /** A report as its own tables hold it; {@link #named} adds its plan's number and summary. */
    private static StoredReport row(ResultSet rs, int rowNumber) throws SQLException {
        return new StoredReport(rs.getLong(1), rs.getLong(2), null, null, rs.getLong(3),
                rs.getLong(4), rs.getString(5), rs.getString(6), ReportVersion.valueOf(rs.getString(7)),
                rs.getInt(8), rs.getInt(9), rs.getBoolean(10), rs.getTimestamp(11).toInstant(), rs.getString(12));
    }
}

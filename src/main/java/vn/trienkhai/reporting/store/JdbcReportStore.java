package vn.trienkhai.reporting.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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
            select d.id, d.plan_id, p.number, p.summary, d.rollout_id, d.round_id, r.period_label,
                d.process_instance_id, d.version, d.docx_size, d.pdf_size, d.pdf_from_draft, d.created_at, d.created_by
            from report_document d join plan p on p.id = d.plan_id join reporting_round r on r.id = d.round_id""";

    private final JdbcTemplate jdbc;

    JdbcReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.query(SELECT + " where d.id = ?", JdbcReportStore::row, id).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredReport> find(long roundId, ReportVersion version) {
        return jdbc.query(SELECT + " where d.round_id = ? and d.version = ?", JdbcReportStore::row, roundId,
                version.name()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredReport> list() {
        return jdbc.query(SELECT + " order by d.created_at desc, d.id desc", JdbcReportStore::row);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> content(long id, DocumentFormat format) {
        String column = format == DocumentFormat.DOCX ? "docx" : "pdf";
        return jdbc.query("select " + column + " from report_document where id = ?", (rs, n) -> rs.getBytes(1), id)
                .stream().findFirst();
    }

    private static StoredReport row(ResultSet rs, int rowNumber) throws SQLException {
        return new StoredReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), ReportVersion.valueOf(rs.getString(9)),
                rs.getInt(10), rs.getInt(11), rs.getBoolean(12), rs.getTimestamp(13).toInstant(), rs.getString(14));
    }
}

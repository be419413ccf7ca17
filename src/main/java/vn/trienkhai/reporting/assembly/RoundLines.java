package vn.trienkhai.reporting.assembly;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.reporting.document.Findings;
import vn.trienkhai.reporting.document.SubmissionStatus;
import vn.trienkhai.reporting.document.UnitFigures;
import vn.trienkhai.reporting.document.UnitNarrative;

/**
 * Reads a round's unit rows in two queries: the figures of {@code round_unit_total} (a cascading unit's line holds
 * its sub-units' totals, and its name says so), then each unit's report with its status and texts, by unit code.
 */
@Component
class RoundLines {

    static final String CASCADE_SUFFIX = " (gồm cả các đơn vị trực thuộc)";

    private static final String FIGURES = "select unit_id, metric_key, total from round_unit_total where round_id = ?";
    private static final String REPORTS = """
            select u.id, u.name, r.status, r.submitted_at, r.on_time, r.results, r.limitations, r.proposals,
                exists (select 1 from rollout c where c.parent_rollout_id = ? and c.lead_unit_id = u.id) as cascades
            from unit_report r join org_unit u on u.id = r.unit_id
            where r.round_id = ? order by u.code""";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    RoundLines(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    UnitTable of(ReportRound round) {
        Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
        jdbc.query(FIGURES, rs -> {
            figures.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
        }, round.getId());
        List<UnitFigures> rows = new ArrayList<>();
        List<UnitNarrative> narratives = new ArrayList<>();
        jdbc.query(REPORTS, rs -> {
            String name = rs.getString(2) + (rs.getBoolean(9) ? CASCADE_SUFFIX : "");
            SubmissionStatus status = status(rs);
            Timestamp submitted = rs.getTimestamp(4);
            rows.add(new UnitFigures(name, status, submitted == null ? null
                    : submitted.toInstant().atZone(zone).toLocalDateTime(), figures.remove(rs.getLong(1))));
            Findings text = new Findings(blank(rs.getString(6)), blank(rs.getString(7)), blank(rs.getString(8)));
            if (status != SubmissionStatus.MISSING && !text.equals(Findings.NONE)) {
                narratives.add(new UnitNarrative(rs.getString(2), text));
            }
        }, round.getRolloutId(), round.getId());
        return new UnitTable(rows, narratives);
    }

    /** MISSING, or a report still returned (not counted): missing; else on time or late by its flag. */
    private static SubmissionStatus status(ResultSet rs) throws SQLException {
        String status = rs.getString(3);
        if ("MISSING".equals(status) || "RETURNED".equals(status)) {
            return SubmissionStatus.MISSING;
        }
        return rs.getBoolean(5) ? SubmissionStatus.ON_TIME : SubmissionStatus.LATE;
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}

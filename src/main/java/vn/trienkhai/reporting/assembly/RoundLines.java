package vn.trienkhai.reporting.assembly;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.reporting.document.Findings;
import vn.trienkhai.reporting.document.SubmissionStatus;
import vn.trienkhai.reporting.document.UnitCounts;
import vn.trienkhai.reporting.document.UnitFigures;
import vn.trienkhai.reporting.document.UnitLines;
import vn.trienkhai.reporting.document.UnitNarrative;

/**
 * A round's unit lines, in the plan's (protocol) order of its participants, then sub-units by code, read from
 * {@code unit_report} with a database cursor each time a writer asks (a cascading
 * unit's line holds its sub-units' totals from {@code round_unit_total}, and its name says so). Inside a transaction
 * PostgreSQL hands the rows over {@link #FETCH_SIZE} at a time; the report assembly runs in one.
 */
@Component
class RoundLines {

    static final String CASCADE_SUFFIX = " (gồm cả các đơn vị trực thuộc)";
    static final int FETCH_SIZE = 500;

    /** MISSING, or a report still returned (not counted): missing; else on time or late by its flag. */
    private static final String MISSING = "r.status in ('MISSING', 'RETURNED')";
    private static final String WROTE = "(coalesce(r.results, '') <> '' or coalesce(r.limitations, '') <> ''"
            + " or coalesce(r.causes, '') <> '' or coalesce(r.proposals, '') <> '')";
    private static final String COUNTS = "select count(*), "
            + "count(*) filter (where not " + MISSING + " and coalesce(r.on_time, false)), "
            + "count(*) filter (where not " + MISSING + " and not coalesce(r.on_time, false)), "
            + "count(*) filter (where " + MISSING + "), "
            + "count(*) filter (where not " + MISSING + " and btrim(coalesce(r.limitations, '')) <> ''), "
            + "count(*) filter (where not " + MISSING + " and btrim(coalesce(r.causes, '')) <> ''), "
            + "count(*) filter (where not " + MISSING + " and btrim(coalesce(r.proposals, '')) <> ''), "
            + "count(*) filter (where not " + MISSING + " and " + WROTE + ") "
            + "from unit_report r where r.round_id = ?";
    private static final String UNITS = """
            select u.name, r.status, r.submitted_at, r.on_time,
                exists (select 1 from rollout c where c.parent_rollout_id = ? and c.lead_unit_id = u.id) as cascades,
                f.keys, f.totals
            from unit_report r join org_unit u on u.id = r.unit_id
            left join plan_participant pp on pp.plan_id = ? and pp.unit_id = r.unit_id
            left join lateral (select array_agg(t.metric_key) as keys, array_agg(t.total) as totals
                from round_unit_total t where t.round_id = r.round_id and t.unit_id = r.unit_id) f on true
            where r.round_id = ? and (%s) order by pp.position nulls last, u.code""";
    private static final Map<SubmissionStatus, String> WITH_STATUS = Map.of(
            SubmissionStatus.MISSING, MISSING,
            SubmissionStatus.ON_TIME, "not " + MISSING + " and coalesce(r.on_time, false)",
            SubmissionStatus.LATE, "not " + MISSING + " and not coalesce(r.on_time, false)");
    private static final String NARRATIVES = "select u.name, r.results, r.limitations, r.causes, r.proposals "
            + "from unit_report r join org_unit u on u.id = r.unit_id "
            + "left join plan_participant pp on pp.plan_id = ? and pp.unit_id = r.unit_id "
            + "where r.round_id = ? and not " + MISSING + " and " + WROTE + " order by pp.position nulls last, u.code";

    private final JdbcTemplate cursor;
    private final ZoneId zone;

    RoundLines(DataSource dataSource, ZoneId zone) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH_SIZE);
        this.zone = zone;
    }

    UnitLines of(ReportRound round) {
        UnitCounts counts = cursor.queryForObject(COUNTS, (rs, row) -> new UnitCounts(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getLong(8)),
                round.getId());
        return new UnitLines() {
            @Override
            public UnitCounts counts() {
                return counts;
            }

            @Override
            public Stream<UnitFigures> units() {
                return units("true");
            }

            /** Only the rows of one status, filtered by the database (section III names a few of thousands). */
            @Override
            public Stream<UnitFigures> units(SubmissionStatus status) {
                return units(WITH_STATUS.get(status));
            }

            private Stream<UnitFigures> units(String condition) {
                return cursor.queryForStream(UNITS.formatted(condition), (rs, row) -> unit(rs), round.getRolloutId(),
                        round.getPlanId(), round.getId());
            }

            @Override
            public Stream<UnitNarrative> narratives() {
                return cursor.queryForStream(NARRATIVES, (rs, row) -> new UnitNarrative(rs.getString(1),
                        new Findings(blank(rs.getString(2)), blank(rs.getString(3)), blank(rs.getString(4)),
                                blank(rs.getString(5)))),
                        round.getPlanId(), round.getId());
            }
        };
    }

    private UnitFigures unit(ResultSet rs) throws SQLException {
        String name = rs.getString(1) + (rs.getBoolean(5) ? CASCADE_SUFFIX : "");
        Timestamp submitted = rs.getTimestamp(3);
        return new UnitFigures(name, status(rs.getString(2), rs.getBoolean(4)),
                submitted == null ? null : submitted.toInstant().atZone(zone).toLocalDateTime(),
                figures(rs.getArray(6), rs.getArray(7)));
    }

    private static SubmissionStatus status(String status, boolean onTime) {
        if ("MISSING".equals(status) || "RETURNED".equals(status)) {
            return SubmissionStatus.MISSING;
        }
        return onTime ? SubmissionStatus.ON_TIME : SubmissionStatus.LATE;
    }

    private static Map<String, BigDecimal> figures(Array keys, Array totals) throws SQLException {
        Map<String, BigDecimal> figures = new HashMap<>();
        if (keys == null || totals == null) {
            return figures;
        }
        Object[] metricKeys = (Object[]) keys.getArray();
        Object[] values = (Object[]) totals.getArray();
        for (int i = 0; i < metricKeys.length; i++) {
            if (metricKeys[i] != null && values[i] != null) {
                figures.put((String) metricKeys[i], (BigDecimal) values[i]);
            }
        }
        return figures;
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}

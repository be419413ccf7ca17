package vn.trienkhai.reporting.assembly;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.UnitContacts;
import vn.trienkhai.plan.PlanDirectory;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.reporting.document.Findings;
import vn.trienkhai.reporting.document.SubmissionStatus;
import vn.trienkhai.reporting.document.UnitCounts;
import vn.trienkhai.reporting.document.UnitFigures;
import vn.trienkhai.reporting.document.UnitLines;
import vn.trienkhai.reporting.document.UnitNarrative;
import vn.trienkhai.rollout.RolloutLookup;

/**
 * A round's unit lines, in the plan's (protocol) order of its participants, then sub-units by code, read from
 * {@code unit_report} with a database cursor each time a writer asks (a cascading unit's line holds its sub-units'
 * totals from {@code round_unit_total}, and its name says so). Inside a transaction PostgreSQL hands the rows over {@link #FETCH_SIZE} at a time; the report assembly runs in one. The units' names,
 * their order and who cascaded are asked of their owners once per report; the order goes to the query as an array.
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
    /** The round's reports in the order {@code ?} gives their units (an array of unit ids), with their totals. */
    private static final String UNITS = """
            select r.unit_id, r.status, r.submitted_at, r.on_time, f.keys, f.totals
            from unit_report r join unnest(?::bigint[]) with ordinality o(unit_id, place) on o.unit_id = r.unit_id
            left join lateral (select array_agg(t.metric_key) as keys, array_agg(t.total) as totals
                from round_unit_total t where t.round_id = r.round_id and t.unit_id = r.unit_id) f on true
            where r.round_id = ? and (%s) order by o.place""";
    private static final Map<SubmissionStatus, String> WITH_STATUS = Map.of(
            SubmissionStatus.MISSING, MISSING,
            SubmissionStatus.ON_TIME, "not " + MISSING + " and coalesce(r.on_time, false)",
            SubmissionStatus.LATE, "not " + MISSING + " and not coalesce(r.on_time, false)");
    private static final String NARRATIVES = "select r.unit_id, r.results, r.limitations, r.causes, r.proposals "
            + "from unit_report r join unnest(?::bigint[]) with ordinality o(unit_id, place) on o.unit_id = r.unit_id "
            + "where r.round_id = ? and not " + MISSING + " and " + WROTE + " order by o.place";

    private final JdbcTemplate cursor;
    private final ZoneId zone;
    private final UnitContacts contacts;
    private final PlanDirectory plans;
    private final RolloutLookup rollouts;

    RoundLines(DataSource dataSource, ZoneId zone, UnitContacts contacts, PlanDirectory plans, RolloutLookup rollouts) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH_SIZE);
        this.zone = zone;
        this.contacts = contacts;
        this.plans = plans;
        this.rollouts = rollouts;
    }

    UnitLines of(ReportRound round) {
        UnitCounts counts = cursor.queryForObject(COUNTS, (rs, row) -> new UnitCounts(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getLong(8)),
                round.getId());
        Units units = units(round);
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
                return cursor.queryForStream(UNITS.formatted(condition), units.inOrder(round.getId()),
                        (rs, row) -> unit(rs, units));
            }

            @Override
            public Stream<UnitNarrative> narratives() {
                return cursor.queryForStream(NARRATIVES, units.inOrder(round.getId()),
                        (rs, row) -> new UnitNarrative(units.names().get(rs.getLong(1)),
                        new Findings(blank(rs.getString(2)), blank(rs.getString(3)), blank(rs.getString(4)),
                                blank(rs.getString(5)))));
            }
        };
    }

    /**
     * The round's units, asked of their owners once per report: their names, their order (the plan's participants
     * in the plan's order, then the others by code) and which of them cascaded the rollout.
     */
    private Units units(ReportRound round) {
        List<Long> reported = cursor.queryForList("select unit_id from unit_report where round_id = ?", Long.class,
                round.getId());
        Map<Long, UnitContacts.Contact> byId = contacts.byIds(reported);
        Map<Long, Integer> positions = plans.people(round.getPlanId()).map(PlanDirectory.People::participantPositions)
                .orElse(Map.of());
        Set<Long> cascading = rollouts.childrenOf(round.getRolloutId()).stream().map(RolloutLookup.Child::leadUnitId)
                .collect(Collectors.toSet());
        List<UnitContacts.Contact> ordered = byId.values().stream()
                .sorted(Comparator.comparing((UnitContacts.Contact unit) -> positions.get(unit.id()),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(UnitContacts.Contact::code))
                .toList();
        Map<Long, String> names = new HashMap<>();
        ordered.forEach(unit -> names.put(unit.id(), unit.name()));
        return new Units(ordered.stream().map(UnitContacts.Contact::id).toArray(Long[]::new), names, cascading);
    }

    private UnitFigures unit(ResultSet rs, Units units) throws SQLException {
        long unitId = rs.getLong(1);
        String name = units.names().get(unitId) + (units.cascading().contains(unitId) ? CASCADE_SUFFIX : "");
        Timestamp submitted = rs.getTimestamp(3);
        return new UnitFigures(name, status(rs.getString(2), rs.getBoolean(4)),
                submitted == null ? null : submitted.toInstant().atZone(zone).toLocalDateTime(),
                figures(rs.getArray(5), rs.getArray(6)));
    }

    /** The round's unit ids in report order, their names and the cascading ones among them. */
    private record Units(Long[] order, Map<Long, String> names, Set<Long> cascading) {

        PreparedStatementSetter inOrder(long roundId) {
            return statement -> {
                statement.setArray(1, statement.getConnection().createArrayOf("bigint", order));
                statement.setLong(2, roundId);
            };
        }
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

package vn.trienkhai.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.rollout.RolloutLookup;

/**
 * Sums a round into {@code round_unit_total} and {@code round_total}. Reports SUBMITTED or
 * ACCEPTED count. A cascading unit's line adds the totals of its child rollout's round with the
 * same cut-off, computed the same way, level by level.
 */
@Service
@Transactional
public class RoundConsolidation {

    private static final String COUNTED_FIGURES = """
            select r.unit_id, f.metric_key, f.value from unit_report r
            join unit_report_figure f on f.report_id = r.id
            where r.round_id = ? and r.status in ('SUBMITTED', 'ACCEPTED')""";
    private static final String COUNTED_UNITS =
            "select unit_id from unit_report where round_id = ? and status in ('SUBMITTED', 'ACCEPTED')";
    private static final String CHILD_ROUNDS = """
            select rollout_id, id from reporting_round
            where rollout_id in (:rollouts) and cut_off = :cutOff and final_review = :finalReview order by id""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ReportRoundRepository rounds;
    private final UnitReportRepository reports;
    private final RolloutLookup rollouts;

    RoundConsolidation(JdbcTemplate jdbc, ReportRoundRepository rounds, UnitReportRepository reports,
                       RolloutLookup rollouts) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.rounds = rounds;
        this.reports = reports;
        this.rollouts = rollouts;
    }

    /** Writes the round's tables afresh (a retried job gives the same rows) and returns the totals. */
    public Map<String, BigDecimal> consolidate(long roundId, Instant at) {
        reports.flush();
        ReportRound round = rounds.findById(roundId)
                .orElseThrow(() -> new IllegalStateException("No reporting round " + roundId));
        Map<Long, RoundFigures> lines = lines(round);
        jdbc.update("delete from round_unit_total where round_id = ?", roundId);
        jdbc.update("delete from round_total where round_id = ?", roundId);
        List<Object[]> unitRows = new ArrayList<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        Map<String, Integer> reported = new TreeMap<>();
        for (RoundFigures line : lines.values()) {
            for (String key : metricKeys(line)) {
                unitRows.add(new Object[] {roundId, line.unitId(), key, line.own(key), line.subUnits(key),
                        line.total(key)});
                RoundFigures.add(totals, key, line.total(key));
                reported.merge(key, line.own().containsKey(key) ? 1 : 0, Integer::sum);
            }
        }
        jdbc.batchUpdate("insert into round_unit_total (round_id, unit_id, metric_key, own_value, sub_units_value,"
                + " total) values (?, ?, ?, ?, ?, ?)", unitRows);
        List<Object[]> totalRows = new ArrayList<>();
        totals.forEach((key, total) -> totalRows.add(new Object[] {roundId, key, total, reported.get(key)}));
        jdbc.batchUpdate("insert into round_total (round_id, metric_key, total, units_reported) values (?, ?, ?, ?)",
                totalRows);
        round.consolidated(at);
        return totals;
    }

    /** The totals written by the last consolidation of the round. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> storedTotals(long roundId) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        jdbc.query("select metric_key, total from round_total where round_id = ?",
                rs -> {
                    totals.put(rs.getString(1), rs.getBigDecimal(2));
                }, roundId);
        return totals;
    }

    /** The round's totals per metric, live from the reports (used for a child rollout's round). */
    Map<String, BigDecimal> totalsOf(ReportRound round) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (RoundFigures line : lines(round).values()) {
            for (String key : metricKeys(line)) {
                RoundFigures.add(totals, key, line.total(key));
            }
        }
        return totals;
    }

    private Map<Long, RoundFigures> lines(ReportRound round) {
        Map<Long, RoundFigures> lines = new LinkedHashMap<>();
        for (Long unitId : jdbc.queryForList(COUNTED_UNITS, Long.class, round.getId())) {
            lines.put(unitId, RoundFigures.of(unitId));
        }
        jdbc.query(COUNTED_FIGURES, rs -> {
            RoundFigures.add(lines.get(rs.getLong(1)).own(), rs.getString(2), rs.getBigDecimal(3));
        }, round.getId());
        for (long[] child : childRounds(round)) {
            ReportRound childRound = rounds.findById(child[1]).orElseThrow();
            RoundFigures line = lines.computeIfAbsent(child[0], RoundFigures::of);
            totalsOf(childRound).forEach((key, value) -> RoundFigures.add(line.subUnits(), key, value));
        }
        return lines;
    }

    /** The rounds of the rollouts cascaded from the round's, with the same cut-off: {cascading unit id, round id}. */
    private List<long[]> childRounds(ReportRound round) {
        Map<Long, Long> leadOf = new LinkedHashMap<>();
        rollouts.childrenOf(round.getRolloutId()).forEach(child -> leadOf.put(child.rolloutId(), child.leadUnitId()));
        if (leadOf.isEmpty()) {
            return List.of();
        }
        return named.query(CHILD_ROUNDS, new MapSqlParameterSource("rollouts", List.copyOf(leadOf.keySet()))
                        .addValue("cutOff", round.getCutOff()).addValue("finalReview", round.isFinalReview()),
                (rs, row) -> new long[] {leadOf.get(rs.getLong(1)), rs.getLong(2)});
    }

    private static List<String> metricKeys(RoundFigures line) {
        TreeMap<String, BigDecimal> keys = new TreeMap<>(line.own());
        line.subUnits().forEach(keys::putIfAbsent);
        return new ArrayList<>(keys.keySet());
    }
}

package vn.trienkhai.reporting.assembly;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.trienkhai.deadline.ReportingFrequency;
import vn.trienkhai.deadline.ReportingPeriod;
import vn.trienkhai.plan.PlanDirectory;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutLookup;

/**
 * The earlier totals a round is compared with, per metric key; a key is absent when there are no data.
 * <ul>
 *   <li>Previous period: the consolidated totals of the previous round (sequence − 1) of the same rollout.</li>
 *   <li>Same period last year: the round whose period label is this one's a year earlier (the same frequency,
 *   cut-off a year before), at the same place in the cascade (same level, same cascading unit), consolidated, of a
 *   plan of the same issuing unit: a round of the same plan first, else of another plan; per metric key, the first
 *   of those that carries it; the latest consolidated among equals.</li>
 *   <li>A final review (tổng kết) is compared with nothing.</li>
 * </ul>
 */
@Component
class PeriodComparisons {

    private static final String PREVIOUS = """
            select t.metric_key, t.total from reporting_round r join round_total t on t.round_id = r.id
            where r.rollout_id = ? and r.sequence = ? and not r.final_review""";
    private static final String LAST_YEAR = """
            select t.metric_key, t.total from reporting_round r join round_total t on t.round_id = r.id
            where r.period_label = :label and not r.final_review and r.id <> :round
              and r.plan_id in (:plans) and r.rollout_id in (:rollouts)
            order by (r.plan_id = :plan) desc, r.consolidated_at desc nulls last, r.id desc""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PlanDirectory plans;
    private final RolloutLookup rollouts;

    PeriodComparisons(JdbcTemplate jdbc, PlanDirectory plans, RolloutLookup rollouts) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.plans = plans;
        this.rollouts = rollouts;
    }

    Map<String, BigDecimal> previous(ReportRound round) {
        Map<String, BigDecimal> totals = new HashMap<>();
        if (!round.isFinalReview() && round.getSequence() > 1) {
            jdbc.query(PREVIOUS, rs -> {
                totals.put(rs.getString(1), rs.getBigDecimal(2));
            }, round.getRolloutId(), round.getSequence() - 1);
        }
        return totals;
    }

    Map<String, BigDecimal> lastYear(ReportRound round, Rollout rollout, ReportingFrequency frequency) {
        Map<String, BigDecimal> totals = new HashMap<>();
        if (round.isFinalReview()) {
            return totals;
        }
        String label = ReportingPeriod.endingOn(frequency, round.getCutOff().minusYears(1)).label();
        Long leadUnitId = rollout.getLeadUnit() == null ? null : rollout.getLeadUnit().getId();
        List<Long> samePlans = plans.planIdsIssuedBy(rollout.getPlan().getIssuingUnit().getId());
        List<Long> samePlace = rollouts.idsAt(rollout.getLevel(), leadUnitId, samePlans);
        if (samePlace.isEmpty()) {
            return totals;
        }
        named.query(LAST_YEAR, new MapSqlParameterSource("label", label).addValue("round", round.getId())
                .addValue("plans", samePlans).addValue("rollouts", samePlace).addValue("plan", round.getPlanId()), rs -> {
                    totals.putIfAbsent(rs.getString(1), rs.getBigDecimal(2));
                });
        return totals;
    }
}

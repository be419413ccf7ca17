package vn.trienkhai.reporting.assembly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.ReportRecipients;
import vn.trienkhai.reporting.ReportRound;
import vn.trienkhai.reporting.ReportRoundRepository;
import vn.trienkhai.reporting.document.ConsolidatedReport;
import vn.trienkhai.reporting.document.DocumentDate;
import vn.trienkhai.reporting.document.Findings;
import vn.trienkhai.reporting.document.MetricTotal;
import vn.trienkhai.reporting.document.OutreachSummary;
import vn.trienkhai.reporting.document.ReportMetric;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/**
 * Builds a consolidated round's {@link ConsolidatedReport} from the tables: the plan's metrics with their totals and
 * comparisons, one row per unit, the study and outreach summary, the units' texts, the plan's tasks, and the heading
 * from the plan.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedReportBuilder {

    private final ReportRoundRepository rounds;
    private final RolloutDirectory directory;
    private final RoundLines lines;
    private final PeriodComparisons comparisons;
    private final RoundPlanTasks planTasks;
    private final RoundStanding standing;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    ConsolidatedReportBuilder(ReportRoundRepository rounds, RolloutDirectory directory, RoundLines lines,
                              PeriodComparisons comparisons, RoundPlanTasks planTasks, RoundStanding standing,
                              JdbcTemplate jdbc, ZoneId zone) {
        this.rounds = rounds;
        this.directory = directory;
        this.lines = lines;
        this.comparisons = comparisons;
        this.planTasks = planTasks;
        this.standing = standing;
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public ConsolidatedReport build(long roundId, Instant at) {
        ReportRound round = rounds.findById(roundId)
                .orElseThrow(() -> new IllegalStateException("No reporting round " + roundId));
        Rollout rollout = directory.rollout(round.getRolloutId());
        Plan plan = rollout.getPlan();
        Map<String, BigDecimal> totals = totals(roundId);
        Map<String, BigDecimal> previous = comparisons.previous(round);
        Map<String, BigDecimal> lastYear = comparisons.lastYear(round, rollout, plan.getReporting().every());
        List<ReportMetric> metrics = plan.getMetrics().stream()
                .map(m -> new ReportMetric(m.getKey(), m.getLabel(), m.getUnit())).toList();
        List<MetricTotal> metricTotals = metrics.stream().map(m -> MetricTotal.of(m.key(),
                totals.getOrDefault(m.key(), BigDecimal.ZERO), previous.get(m.key()), lastYear.get(m.key()))).toList();
        return new ConsolidatedReport(ReportHeading.issuingBody(plan), plan.getLayout(), ReportHeading.number(plan),
                new DocumentDate(plan.getPlace(), null, null, at.atZone(zone).getYear()),
                ReportHeading.subject(plan, round.getPeriodLabel()), ReportHeading.periodInText(round.getPeriodLabel()),
                metrics, metricTotals, lines.of(round), outreach(totals), Findings.NONE,
                ReportHeading.signature(plan), ReportRecipients.of(plan),
                planTasks.of(round, rollout.getParentRollout() == null, plan.getReporting().every()),
                ReportOpening.of(plan, ReportHeading.periodInText(round.getPeriodLabel())),
                standing.of(round, plan.getReporting().every(), at));
    }

    private Map<String, BigDecimal> totals(long roundId) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        jdbc.query("select metric_key, total from round_total where round_id = ?", rs -> {
            totals.put(rs.getString(1), rs.getBigDecimal(2));
        }, roundId);
        return totals;
    }

    /** The study and outreach metrics of the standard set, zero when the plan does not have them. */
    static OutreachSummary outreach(Map<String, BigDecimal> totals) {
        return new OutreachSummary(count(totals, "studySessions"), count(totals, "studyParticipants"),
                count(totals, "outreachSessions"), count(totals, "outreachReach"));
    }

    private static long count(Map<String, BigDecimal> totals, String key) {
        return totals.getOrDefault(key, BigDecimal.ZERO).longValue();
    }
}

package vn.trienkhai.plantask;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.deadline.DeadlineStanding;
import vn.trienkhai.deadline.DeadlineStandingRule;
import vn.trienkhai.deadline.HolidayCalendar;
import vn.trienkhai.organisation.UnitContacts;
import vn.trienkhai.plan.DeadlineText;
import vn.trienkhai.plantask.PlanTaskView.Contribution;
import vn.trienkhai.plantask.PlanTaskView.Output;
import vn.trienkhai.plantask.PlanTaskView.StateReport;
import vn.trienkhai.plantask.PlanTaskView.UnitView;
import vn.trienkhai.rollout.RolloutLookup;

/** The tasks of a plan with their tracked state in its running (else latest) top-level rollout, computed when asked. */
@Service
public class PlanTaskQueries {

    static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/";

    private final JdbcClient jdbc;
    private final PlanTaskCatalog catalog;
    private final RolloutLookup rollouts;
    private final UnitContacts units;
    private final DeadlineStandingRule rule;
    private final ZoneId zone;
    private final Clock clock;

    PlanTaskQueries(DataSource dataSource, PlanTaskCatalog catalog, RolloutLookup rollouts, UnitContacts units,
                    HolidayCalendar calendar, ZoneId zone, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.catalog = catalog;
        this.rollouts = rollouts;
        this.units = units;
        this.rule = new DeadlineStandingRule(calendar, zone);
        this.zone = zone;
        this.clock = clock;
    }

    /** Every task of the plan, in the plan's order; status and dates empty while the plan has not rolled out. */
    public List<PlanTaskView> tasksOf(long planId) {
        return tasksOf(planId, rollouts.currentTopLevel(planId));
    }

    /** Every task of the plan as tracked in the plan's top-level rollout {@code rolloutId} (a report's own rollout). */
    public List<PlanTaskView> tasksOfRollout(long planId, long rolloutId) {
        return tasksOf(planId, Optional.of(rolloutId));
    }

    private List<PlanTaskView> tasksOf(long planId, Optional<Long> rollout) {
        Map<Long, Row> rows = rollout.map(this::rows).orElse(Map.of());
        Map<Long, List<Contribution>> contributions = rollout.map(this::contributions).orElse(Map.of());
        Instant now = clock.instant();
        return catalog.tasksOf(planId).stream()
                .map(task -> view(task, rollout.orElse(null), rows.get(task.id()),
                        contributions.getOrDefault(task.id(), List.of()), now)).toList();
    }

    private PlanTaskView view(PlanTaskLine task, Long rolloutId, Row row, List<Contribution> contributions, Instant now) {
        boolean continuous = DeadlineText.parse(task.deadline()) instanceof DeadlineSpec.Continuous;
        UnitView lead = unit(task.lead());
        List<UnitView> coordinating = task.coordinators().stream().map(PlanTaskQueries::unit).toList();
        if (row == null) {
            return new PlanTaskView(task.code(), task.title(), lead, coordinating, continuous, null, null, null, null,
                    null, null, null, null, null, null, List.of(), List.of(), null, null, task.output());
        }
        DeadlineStanding standing = rule.standingOf(row.dueAt, row.completedAt, now);
        PlanTaskStatus status = PlanTaskStatus.of(standing);
        PlanTaskStatus.Due due = PlanTaskStatus.Due.of(standing);
        return new PlanTaskView(task.code(), task.title(), lead, coordinating, continuous, offset(row.dueAt), status,
                status.label(), due, due == null ? null : due.label(), offset(row.completedAt), row.result, row.output,
                row.progressNote, row.returnReason, contributions, stateReports(rolloutId, task.id()),
                row.processInstanceId, row.processInstanceId == null ? null : COCKPIT_INSTANCE + row.processInstanceId,
                task.output());
    }

    private Map<Long, Row> rows(long rolloutId) {
        return jdbc.sql("select * from plan_task_progress where rollout_id = ?").param(rolloutId)
                .query((rs, n) -> Map.entry(rs.getLong("task_id"), row(rs))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The rollout's contributions by task, each task's by unit code; the units read once for all. */
    private Map<Long, List<Contribution>> contributions(long rolloutId) {
        List<ContributionRow> found = jdbc.sql("""
                        select task_id, unit_id, due_at, contribution, completed_at from plan_task_contribution
                        where rollout_id = ?""")
                .param(rolloutId)
                .query((rs, n) -> new ContributionRow(rs.getLong(1), rs.getLong(2), instant(rs, 3), rs.getString(4),
                        instant(rs, 5))).list();
        Map<Long, UnitContacts.Contact> named = units.byIds(found.stream().map(ContributionRow::unitId).distinct().toList());
        return found.stream()
                .map(c -> Map.entry(c.taskId(), new Contribution(new UnitView(named.get(c.unitId()).code(),
                        named.get(c.unitId()).name()), offset(c.dueAt()), c.text(), offset(c.completedAt()))))
                .sorted(Comparator.comparing(entry -> entry.getValue().unit().code()))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private List<StateReport> stateReports(long rolloutId, long taskId) {
        return jdbc.sql("""
                        select round_sequence, state_text, reported_at from plan_task_state_report
                        where rollout_id = ? and task_id = ? order by round_sequence""")
                .params(rolloutId, taskId)
                .query((rs, n) -> new StateReport(rs.getInt(1), rs.getString(2), offset(instant(rs, 3)))).list();
    }

    private Row row(ResultSet rs) throws SQLException {
        String number = rs.getString("output_number");
        String reference = rs.getString("output_reference");
        var date = rs.getObject("output_date", java.time.LocalDate.class);
        Output output = number == null && reference == null ? null : new Output(number, date, reference,
                new TaskResult(null, number, date, reference, null).outputText(PlanTaskStartListener.DATES));
        return new Row(rs.getString("process_instance_id"), instant(rs, "due_at"), instant(rs, "completed_at"),
                rs.getString("result_summary"), output, rs.getString("progress_note"), rs.getString("return_reason"));
    }

    private OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static UnitView unit(PlanTaskLine.UnitRef unit) {
        return new UnitView(unit.code(), unit.name());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private record ContributionRow(long taskId, long unitId, Instant dueAt, String text, Instant completedAt) {
    }

    private record Row(String processInstanceId, Instant dueAt, Instant completedAt, String result, Output output,
                       String progressNote, String returnReason) {
    }
}

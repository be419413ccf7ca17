package vn.trienkhai.plantask;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.trienkhai.organisation.UnitContacts;
import vn.trienkhai.plan.PlanTaskDirectory;

/**
 * The plan tasks tracked in some top-level rollouts, each with its lead unit and its due and
 * completion instants: what monitoring counts for its dashboard and its on-time rates, read in three
 * queries whatever the number of plans (the records, then their tasks and lead units from their owners).
 */
@Repository
public class TrackedTasks {

    private final JdbcClient jdbc;
    private final PlanTaskDirectory tasks;
    private final UnitContacts units;

    TrackedTasks(DataSource dataSource, PlanTaskDirectory tasks, UnitContacts units) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tasks = tasks;
        this.units = units;
    }

    /** The tracked tasks of these rollouts, by rollout and the plan's order; {@code completedAt} only once accepted. */
    public List<TrackedTask> ofRollouts(Collection<Long> rolloutIds) {
        if (rolloutIds.isEmpty()) {
            return List.of();
        }
        List<Progress> records = jdbc.sql("""
                        select rollout_id, task_id, due_at, completed_at from plan_task_progress
                        where rollout_id in (:rollouts)""")
                .param("rollouts", rolloutIds)
                .query((rs, row) -> new Progress(rs.getLong("rollout_id"), rs.getLong("task_id"), instant(rs, "due_at"),
                        instant(rs, "completed_at")))
                .list();
        Map<Long, PlanTaskDirectory.Task> byId = tasks.byIds(records.stream().map(Progress::taskId).distinct().toList());
        Map<Long, UnitContacts.Contact> leads = units.byIds(byId.values().stream()
                .map(PlanTaskDirectory.Task::leadUnitId).distinct().toList());
        return records.stream().filter(record -> byId.containsKey(record.taskId()))
                .sorted(Comparator.comparingLong(Progress::rolloutId)
                        .thenComparingInt(record -> byId.get(record.taskId()).position()))
                .map(record -> {
                    PlanTaskDirectory.Task task = byId.get(record.taskId());
                    UnitContacts.Contact lead = leads.get(task.leadUnitId());
                    return new TrackedTask(record.rolloutId(), task.code(), lead.code(), lead.name(), record.dueAt(),
                            record.completedAt());
                })
                .toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private record Progress(long rolloutId, long taskId, Instant dueAt, Instant completedAt) {
    }

    /** One tracked task: no {@code dueAt} when continuous, no {@code completedAt} until the lead office accepts it. */
    public record TrackedTask(long rolloutId, String code, String leadCode, String leadName, Instant dueAt,
                              Instant completedAt) {
    }
}

package vn.trienkhai.plantask;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan tasks tracked in some top-level rollouts, each with its lead unit and its due and
 * completion instants: what monitoring counts for its dashboard and its on-time rates, read in one
 * query whatever the number of plans.
 */
@Repository
public class TrackedTasks {

    private final JdbcClient jdbc;

    TrackedTasks(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The tracked tasks of these rollouts, by rollout and the plan's order; {@code completedAt} only once accepted. */
    public List<TrackedTask> ofRollouts(Collection<Long> rolloutIds) {
        if (rolloutIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.rollout_id, t.code, u.code lead_code, u.name lead_name, p.due_at, p.completed_at
                        from plan_task_progress p
                        join plan_task t on t.id = p.task_id
                        join org_unit u on u.id = t.lead_unit_id
                        where p.rollout_id in (:rollouts)
                        order by p.rollout_id, t.position""")
                .param("rollouts", rolloutIds)
                .query((rs, row) -> new TrackedTask(rs.getLong("rollout_id"), rs.getString("code"),
                        rs.getString("lead_code"), rs.getString("lead_name"), instant(rs, "due_at"),
                        instant(rs, "completed_at")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** One tracked task: no {@code dueAt} when continuous, no {@code completedAt} until the lead office accepts it. */
    public record TrackedTask(long rolloutId, String code, String leadCode, String leadName, Instant dueAt,
                              Instant completedAt) {
    }
}

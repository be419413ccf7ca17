package vn.trienkhai.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A plan's tasks as issued, as other features track them, one query per call. Plain SQL, so it runs
 * unchanged inside the engine's transaction; units are named by id ({@code organisation.UnitContacts}
 * resolves them).
 */
@Component
public class PlanTaskDirectory {

    /** One task: its place in the plan, its lead unit, its coordinating units in the plan's order, its deadline as stored. */
    public record Task(long id, long planId, int position, String code, String title, long leadUnitId,
                       List<Long> coordinatorUnitIds, String deadline, String output) {
    }

    private static final String COLUMNS = "select t.id, t.plan_id, t.position, t.code, t.title, t.lead_unit_id, "
            + "t.deadline, t.output, array(select c.unit_id from plan_task_coordinator c where c.task_id = t.id "
            + "order by c.position) coordinators from plan_task t ";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    PlanTaskDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public Optional<Task> task(long taskId) {
        return jdbc.query(COLUMNS + "where t.id = ?", PlanTaskDirectory::task, taskId).stream().findFirst();
    }

    /** The plan's tasks in the plan's order; empty for an unknown plan. */
    public List<Task> tasksOf(long planId) {
        return jdbc.query(COLUMNS + "where t.plan_id = ? order by t.position", PlanTaskDirectory::task, planId);
    }

    /** The ids of the plan's tasks in the plan's order. */
    public List<Long> taskIdsOf(long planId) {
        return jdbc.queryForList("select id from plan_task where plan_id = ? order by position", Long.class, planId);
    }

    /** The id of the plan's task with this code. */
    public Optional<Long> taskId(long planId, String code) {
        return jdbc.queryForList("select id from plan_task where plan_id = ? and code = ?", Long.class, planId, code)
                .stream().findFirst();
    }

    /** The tasks with these ids, by id; an unknown id is left out. */
    public Map<Long, Task> byIds(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Task> tasks = new LinkedHashMap<>();
        named.query(COLUMNS + "where t.id in (:ids)", Map.of("ids", List.copyOf(taskIds)), PlanTaskDirectory::task)
                .forEach(task -> tasks.put(task.id(), task));
        return tasks;
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"), rs.getString("code"),
                rs.getString("title"), rs.getLong("lead_unit_id"), ids(rs.getArray("coordinators")),
                rs.getString("deadline"), rs.getString("output"));
    }

    private static List<Long> ids(Array array) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            ids.add(((Number) value).longValue());
        }
        return List.copyOf(ids);
    }
}

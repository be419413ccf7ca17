package vn.trienkhai.plantask;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.trienkhai.plantask.PlanTaskLine.UnitRef;

/** Reads the plan's tasks (owned by the plan feature) with their lead and coordinating units. */
@Repository
class PlanTaskCatalog {

    private final JdbcClient jdbc;

    PlanTaskCatalog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    PlanTaskLine find(long taskId) {
        return jdbc.sql("""
                        select t.id, t.plan_id, t.code, t.title, t.deadline, t.output, u.id unit_id, u.code unit_code,
                               u.name unit_name
                        from plan_task t join org_unit u on u.id = t.lead_unit_id where t.id = ?""")
                .param(taskId)
                .query((rs, row) -> new PlanTaskLine(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("code"),
                        rs.getString("title"), new UnitRef(rs.getLong("unit_id"), rs.getString("unit_code"),
                        rs.getString("unit_name")), coordinators(taskId), rs.getString("deadline"), rs.getString("output")))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No plan task " + taskId));
    }

    List<Long> taskIdsOf(long planId) {
        return jdbc.sql("select id from plan_task where plan_id = ? order by position").param(planId)
                .query(Long.class).list();
    }

    List<PlanTaskLine> tasksOf(long planId) {
        return taskIdsOf(planId).stream().map(this::find).toList();
    }

    private List<UnitRef> coordinators(long taskId) {
        return jdbc.sql("""
                        select u.id, u.code, u.name from plan_task_coordinator c join org_unit u on u.id = c.unit_id
                        where c.task_id = ? order by c.position""")
                .param(taskId)
                .query((rs, row) -> new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .list();
    }
}

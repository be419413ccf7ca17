package vn.trienkhai.notification.extension;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code deadline_extension} table: every request and every decision. */
@Repository
class DeadlineExtensions {

    record Request(String taskId, String taskName, Long planId, String unitCode, String requestedBy, Instant currentDue,
                   Instant requestedDue, String reason, String processInstanceId) {
    }

    private final JdbcTemplate jdbc;

    DeadlineExtensions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long record(Request request, Instant now) {
        return jdbc.queryForObject("insert into deadline_extension (task_id, task_name, plan_id, unit_code, requested_by, "
                        + "requested_at, current_due_at, requested_due_at, reason, process_instance_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
                request.taskId(), request.taskName(), request.planId(), request.unitCode(), request.requestedBy(),
                Timestamp.from(now), Timestamp.from(request.currentDue()), Timestamp.from(request.requestedDue()),
                request.reason(), request.processInstanceId());
    }

    void decide(long id, boolean granted, String decidedBy, String comment, Instant now) {
        jdbc.update("update deadline_extension set status = ?, decided_by = ?, decided_at = ?, decision_comment = ? "
                + "where id = ? and status = 'REQUESTED'", granted ? "GRANTED" : "REFUSED", decidedBy,
                Timestamp.from(now), comment, id);
    }

    String leadGroups(Object planId) {
        if (!(planId instanceof Number number)) {
            return "";
        }
        return String.join(",", jdbc.queryForList("select u.camunda_group_id from plan_lead_unit l join org_unit u "
                + "on u.id = l.unit_id where l.plan_id = ? order by l.position", String.class, number.longValue()));
    }

    Map<String, Object> find(long id) {
        return jdbc.queryForMap("select * from deadline_extension where id = ?", id);
    }
}

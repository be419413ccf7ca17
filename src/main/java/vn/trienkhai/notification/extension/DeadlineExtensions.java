package vn.trienkhai.notification.extension;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.trienkhai.organisation.UnitContacts;
import vn.trienkhai.plan.PlanDirectory;

/** The {@code deadline_extension} table: every request and every decision. */
@Repository
class DeadlineExtensions {

    record Request(String taskId, String taskName, Long planId, String unitCode, String requestedBy, Instant currentDue,
                   Instant requestedDue, String reason, String processInstanceId) {
    }

    private final JdbcTemplate jdbc;
    private final PlanDirectory plans;
    private final UnitContacts units;

    DeadlineExtensions(JdbcTemplate jdbc, PlanDirectory plans, UnitContacts units) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.units = units;
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
        List<Long> leads = plans.leadUnitIds(number.longValue());
        Map<Long, UnitContacts.Contact> contacts = units.byIds(leads);
        return leads.stream().map(contacts::get).filter(Objects::nonNull).map(UnitContacts.Contact::groupId)
                .collect(Collectors.joining(","));
    }

    Map<String, Object> find(long id) {
        return jdbc.queryForMap("select * from deadline_extension where id = ?", id);
    }
}

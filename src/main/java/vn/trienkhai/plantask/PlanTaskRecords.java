package vn.trienkhai.plantask;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.trienkhai.organisation.UnitContacts;

/**
 * The tracked state of each plan task of a rollout (tables plan_task_progress, plan_task_contribution,
 * plan_task_state_report). Written by the plan-task model's listeners in the engine's transaction.
 */
@Repository
class PlanTaskRecords {

    private final JdbcClient jdbc;
    private final UnitContacts units;

    PlanTaskRecords(DataSource dataSource, UnitContacts units) {
        this.jdbc = JdbcClient.create(dataSource);
        this.units = units;
    }

    void opened(long rolloutId, long taskId, String processInstanceId, Instant dueAt) {
        jdbc.sql("""
                        insert into plan_task_progress (rollout_id, task_id, process_instance_id, status, due_at)
                        values (?, ?, ?, 'OPEN', ?) on conflict (rollout_id, task_id) do nothing""")
                .params(rolloutId, taskId, processInstanceId, timestamp(dueAt)).update();
    }

    /** The rollout and plan task of a plan-task instance, as its start recorded them: {rolloutId, taskId}. */
    Optional<long[]> idsOf(String processInstanceId) {
        return jdbc.sql("select rollout_id, task_id from plan_task_progress where process_instance_id = ?")
                .param(processInstanceId).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
    }

    /** The lead's current due date: the one recorded, which an extension moves. */
    Optional<Instant> dueAt(long rolloutId, long taskId) {
        return jdbc.sql("select due_at from plan_task_progress where rollout_id = ? and task_id = ?")
                .params(rolloutId, taskId).query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)))
                .optional().flatMap(due -> due).map(Timestamp::toInstant);
    }

    void dueMoved(long rolloutId, long taskId, Instant dueAt) {
        jdbc.sql("update plan_task_progress set due_at = ? where rollout_id = ? and task_id = ?")
                .params(timestamp(dueAt), rolloutId, taskId).update();
    }

    void progressSaved(long rolloutId, long taskId, String note) {
        jdbc.sql("update plan_task_progress set status = 'IN_PROGRESS', progress_note = ? where rollout_id = ? and task_id = ?")
                .params(note, rolloutId, taskId).update();
    }

    void submitted(long rolloutId, long taskId, TaskResult result, String user, Instant at) {
        jdbc.sql("""
                        update plan_task_progress set status = 'SUBMITTED', result_summary = ?, output_number = ?,
                               output_date = ?, output_reference = ?, finished_on = ?, submitted_at = ?, submitted_by = ?,
                               attempts = attempts + 1
                        where rollout_id = ? and task_id = ?""")
                .params(result.summary(), result.outputNumber(), result.outputDate(), result.outputReference(),
                        result.finishedOn(), timestamp(at), user, rolloutId, taskId)
                .update();
    }

    void returned(long rolloutId, long taskId, String reason) {
        jdbc.sql("update plan_task_progress set status = 'RETURNED', return_reason = ? where rollout_id = ? and task_id = ?")
                .params(reason, rolloutId, taskId).update();
    }

    /** Accepted: the task counts as done when the accepted result was submitted. */
    void accepted(long rolloutId, long taskId) {
        jdbc.sql("""
                        update plan_task_progress set status = 'DONE', completed_at = submitted_at, return_reason = null
                        where rollout_id = ? and task_id = ?""")
                .params(rolloutId, taskId).update();
    }

    /** A unit unknown by its code is given nothing to contribute. */
    void contributionOpened(long rolloutId, long taskId, String unitCode, Instant dueAt) {
        units.byCode(unitCode).ifPresent(unit -> jdbc.sql("""
                        insert into plan_task_contribution (rollout_id, task_id, unit_id, due_at) values (?, ?, ?, ?)
                        on conflict (rollout_id, task_id, unit_id) do update set due_at = excluded.due_at""")
                .params(rolloutId, taskId, unit.id(), timestamp(dueAt)).update());
    }

    void contributed(long rolloutId, long taskId, String unitCode, String text, String user, Instant at) {
        units.byCode(unitCode).ifPresent(unit -> jdbc.sql("""
                        update plan_task_contribution set contribution = ?, completed_at = ?, completed_by = ?
                        where rollout_id = ? and task_id = ? and unit_id = ?""")
                .params(text, timestamp(at), user, rolloutId, taskId, unit.id()).update());
    }

    /** The contributions received so far, one "unit: text" per line, by when they came, then by unit code. */
    List<String> contributionLines(long rolloutId, long taskId) {
        List<Received> received = jdbc.sql("""
                        select unit_id, contribution, completed_at from plan_task_contribution
                        where rollout_id = ? and task_id = ? and completed_at is not null""")
                .params(rolloutId, taskId)
                .query((rs, row) -> new Received(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
        Map<Long, UnitContacts.Contact> named = units.byIds(received.stream().map(Received::unitId).distinct().toList());
        return received.stream()
                .sorted(Comparator.comparing(Received::at).thenComparing(r -> named.get(r.unitId()).code()))
                .map(r -> r.text() == null ? null : named.get(r.unitId()).name() + ": " + r.text()).toList();
    }

    private record Received(long unitId, String text, Instant at) {
    }

    void stateReported(long rolloutId, long taskId, int round, String text, String user, Instant at) {
        jdbc.sql("""
                        insert into plan_task_state_report (rollout_id, task_id, round_sequence, state_text, reported_at, reported_by)
                        values (?, ?, ?, ?, ?, ?) on conflict (rollout_id, task_id, round_sequence)
                        do update set state_text = excluded.state_text, reported_at = excluded.reported_at,
                                      reported_by = excluded.reported_by""")
                .params(rolloutId, taskId, round, text, timestamp(at), user).update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

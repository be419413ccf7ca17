package vn.trienkhai.plantask;

import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A continuous task's state for one reporting round, recorded for a rollout that did not run on the engine
 * (a finished rollout brought in from its records, as the demo's history is). A running rollout records the
 * same state through its plan-task instance's "Báo cáo tình hình thực hiện nhiệm vụ thường xuyên".
 */
@Service
public class ContinuousTaskStates {

    private final JdbcClient jdbc;
    private final PlanTaskRecords records;

    ContinuousTaskStates(DataSource dataSource, PlanTaskRecords records) {
        this.jdbc = JdbcClient.create(dataSource);
        this.records = records;
    }

    /** Records the state of the rollout's plan task {@code taskCode} in round {@code round}; the task stays in progress. */
    @Transactional
    public void record(long rolloutId, String taskCode, int round, String text, String user, Instant at) {
        long taskId = jdbc.sql("""
                        select t.id from plan_task t join rollout r on r.plan_id = t.plan_id
                        where r.id = ? and t.code = ?""")
                .params(rolloutId, taskCode).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No task " + taskCode + " in the plan of rollout " + rolloutId));
        records.opened(rolloutId, taskId, null, null);
        records.stateReported(rolloutId, taskId, round, text, user, at);
    }
}

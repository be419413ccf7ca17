package vn.trienkhai.reliability;

import java.time.Duration;

/**
 * A storm of due reminders and escalations: {@code tasks} one-task instances (business keys
 * {@code reliability-<tag>-…}) spread over the flat units, whose reminder and then unit-head timers the suite makes
 * due as soon as they exist. Each fire writes one outbox row per recipient and arms the next step.
 */
final class TaskStorm {

    private static final String STEPS = "(handler_cfg_ like '%~trienkhai-reminder' or handler_cfg_ like '%~trienkhai-unit-head')";

    private final Cluster cluster;
    private final String tag;
    private final int tasks;

    TaskStorm(Cluster cluster, String tag, int tasks) {
        this.cluster = cluster;
        this.tag = tag;
        this.tasks = tasks;
    }

    /** Creates the tasks through node-a (their timers not yet due). */
    void seed() throws Exception {
        cluster.a.post("/reliability/tasks?tag=" + tag + "&count=" + tasks + "&units=" + cluster.options.units(),
                cluster.drainLimit(tasks));
    }

    /** The storm's jobs, for {@link Cluster#awaitDrained}. */
    String jobs() {
        return STEPS + " and process_instance_id_ in (select id_ from act_ru_execution where parent_id_ is null "
                + "and business_key_ like 'reliability-" + tag + "-%')";
    }

    /** Makes every waiting reminder or unit-head timer of the storm due now; -1 while the database is away. */
    long fire() {
        try {
            return cluster.jdbc().update("update act_ru_job set duedate_ = now() where duedate_ > now() and " + jobs());
        } catch (org.springframework.dao.DataAccessException exception) {
            return -1;
        }
    }

    /** Fires until both steps of every task have run and the outbox is empty, within the work's limit. */
    Duration drain(Node... watched) throws Exception {
        return Bound.await("the " + tag + " storm: every reminder and escalation sent", cluster.drainLimit(2L * tasks),
                () -> fire() == 0 && pending() == 0, watched);
    }

    private long pending() {
        long jobs = cluster.count("select count(*) from act_ru_job where " + jobs());
        long unsent = cluster.count("select count(*) from notification_outbox where status <> 'SENT'");
        return jobs < 0 || unsent < 0 ? -1 : jobs + unsent;
    }

    /** Tasks of the storm whose reminder, and whose unit-head notice, reached the outbox (both should be all). */
    long stepsWritten() {
        return cluster.count("select count(distinct (task_id, kind)) from notification_outbox where kind in "
                + "('TASK_REMINDER', 'TASK_UNIT_HEAD') and task_id in (select t.id_ from act_ru_task t join "
                + "act_ru_execution e on e.id_ = t.proc_inst_id_ where e.business_key_ like 'reliability-" + tag + "-%')");
    }

    int tasks() {
        return tasks;
    }
}

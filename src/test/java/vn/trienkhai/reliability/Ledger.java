package vn.trienkhai.reliability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What was owed against what arrived. A notice is an outbox row (its idempotency key) owed once to each of its
 * recipients; a unit of a rollout is owed one implementation instance and each open task once.
 */
final class Ledger {

    record Notices(long owed, long lost, long duplicated) {
    }

    private final Cluster cluster;

    Ledger(Cluster cluster) {
        this.cluster = cluster;
    }

    /** The notices written since {@code since}, counted at the SMTP server. */
    Notices notices(Instant since) throws Exception {
        Map<String, Integer> owed = new HashMap<>();
        cluster.jdbc().query("select idempotency_key, recipients from notification_outbox where created_at >= ?", row -> {
            owed.put(row.getString(1), row.getString(2).split(",").length);
        }, Timestamp.from(since));
        return compare(owed, cluster.mail.received());
    }

    /** Copies owed per key against copies received per key: what is missing is lost, what is over is duplicated. */
    static Notices compare(Map<String, Integer> owed, Map<String, Integer> received) {
        long lost = 0;
        long duplicated = 0;
        long copies = 0;
        for (Map.Entry<String, Integer> row : owed.entrySet()) {
            int arrived = received.getOrDefault(row.getKey(), 0);
            lost += Math.max(0, row.getValue() - arrived);
            duplicated += Math.max(0, arrived - row.getValue());
            copies += row.getValue();
        }
        return new Notices(copies, lost, duplicated);
    }

    /** Open tasks present twice for one unit (a multi-instance task counts once per candidate group). */
    long tasksTwice() {
        return cluster.count("select count(*) from (select t.proc_inst_id_, t.task_def_key_, (select string_agg("
                + "i.group_id_, ',' order by i.group_id_) from act_ru_identitylink i where i.task_id_ = t.id_ "
                + "and i.type_ = 'candidate') from act_ru_task t group by 1, 2, 3 having count(*) > 1) twice");
    }

    /** Units of a rollout that have more than one implementation instance. */
    long unitsTwice() {
        return cluster.count("select count(*) from (select r.id, v.text_ from act_ru_execution e "
                + "join act_re_procdef d on d.id_ = e.proc_def_id_ and d.key_ = 'unit-implementation' "
                + "join act_ru_variable v on v.proc_inst_id_ = e.id_ and v.name_ = 'unitCode' "
                + "join act_ru_variable rv on rv.proc_inst_id_ = e.id_ and rv.name_ = 'rolloutId' "
                + "join rollout r on r.id = rv.long_ where e.parent_id_ is null "
                + "group by r.id, v.text_ having count(*) > 1) twice");
    }

    /** The implementation instances of a plan's rollout, one per unit when nothing is lost or doubled. */
    long unitInstances(long planId) {
        return cluster.count("select count(distinct e.id_) from act_ru_execution e join act_re_procdef d on d.id_ = "
                + "e.proc_def_id_ and d.key_ = 'unit-implementation' join act_ru_variable rv on rv.proc_inst_id_ = e.id_ "
                + "and rv.name_ = 'rolloutId' join rollout r on r.id = rv.long_ and r.plan_id = ? where e.parent_id_ is null",
                planId);
    }
}

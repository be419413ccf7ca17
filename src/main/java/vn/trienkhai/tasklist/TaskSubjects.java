package vn.trienkhai.tasklist;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.UnitContacts;
import vn.trienkhai.plan.PlanDirectory;
import vn.trienkhai.system.WorkVariables;

/**
 * Looks up what a task is about from the ids its process carries ({@code planId},
 * {@code unitCode}, {@code rolloutId} + {@code roundSequence}), through the query APIs of the
 * features that own them. Names are kept a minute: a rollout creates thousands of tasks of one plan
 * in one transaction.
 */
@Component
public class TaskSubjects {

    private static final long TTL_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX_ENTRIES = 10_000;

    private record Cached(Optional<Object> value, long loadedAt) {
    }

    private final UnitContacts units;
    private final PlanDirectory plans;
    private final RolloutPlans rollouts;
    private final RoundPeriods rounds;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    TaskSubjects(UnitContacts units, PlanDirectory plans, RolloutPlans rollouts, RoundPeriods rounds) {
        this.units = units;
        this.plans = plans;
        this.rollouts = rollouts;
        this.rounds = rounds;
    }

    /**
     * The name of a task whose own listener chooses its words (a plan task: "Thực hiện nhiệm vụ 1: …"): those words,
     * then what its process is about, as every other task is named, marked "Bị trả lại: " when the variable the
     * model names for a return's reason holds one.
     */
    public String nameOf(DelegateTask task, String words, String returnReasonVariable) {
        DelegateExecution execution = task.getExecution();
        TaskSubject subject = subject(execution);
        String name = subject.isEmpty() ? words : subject.name(words);
        return ReturnMarker.isReturned(returnReasonVariable, execution) ? ReturnMarker.PREFIX + name : name;
    }

    /** What the task's process is about; a process that carries only its rollout names the rollout's plan. */
    TaskSubject subject(DelegateExecution execution) {
        Long planId = WorkVariables.planId(execution);
        Long rolloutId = WorkVariables.rolloutId(execution);
        return subject(planId == null && rolloutId != null ? planOfRollout(rolloutId) : planId,
                WorkVariables.unitCode(execution), rolloutId, WorkVariables.roundSequence(execution));
    }

    TaskSubject subject(Long planId, String unitCode, Long rolloutId, Integer roundSequence) {
        PlanNames plan = planId == null ? null : plan(planId);
        return new TaskSubject(unitCode == null ? null : unitName(unitCode),
                plan == null ? null : plan.label(), period(rolloutId, roundSequence),
                plan == null ? null : plan.summary());
    }

    /** The unit's name, or null for an unknown code. */
    public String unitName(String unitCode) {
        return (String) cached("unit:" + unitCode, () -> units.byCode(unitCode).map(UnitContacts.Contact::name)
                .orElse(null));
    }

    record PlanNames(String label, String summary) {
    }

    PlanNames plan(long planId) {
        return (PlanNames) cached("plan:" + planId, () -> plans.heading(planId).map(plan -> new PlanNames(
                PlanLabels.label(plan.number(), plan.directiveNumber(), plan.summary()), plan.summary())).orElse(null));
    }

    private Long planOfRollout(long rolloutId) {
        return (Long) cached("rollout:" + rolloutId, () -> rollouts.planOf(rolloutId));
    }

    private String period(Long rollout, Integer sequence) {
        if (rollout == null || sequence == null) {
            return null;
        }
        return (String) cached("round:" + rollout + ":" + sequence, () -> rounds.periodOf(rollout, sequence));
    }

    private Object cached(String key, Supplier<Object> load) {
        long now = System.nanoTime();
        Cached entry = cache.get(key);
        if (entry != null && now - entry.loadedAt() < TTL_NANOS) {
            return entry.value().orElse(null);
        }
        Object value = load.get();
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new Cached(Optional.ofNullable(value), now));
        return value;
    }
}

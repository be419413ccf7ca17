package vn.trienkhai.monitoring;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.trienkhai.plantask.PlanTaskStatus;

/** How many plan tasks are in each of the Government Office's four categories, every category present. */
record TaskCounts(Map<PlanTaskStatus, Integer> counts) {

    static final TaskCounts NONE = of(List.of());

    TaskCounts {
        EnumMap<PlanTaskStatus, Integer> all = new EnumMap<>(PlanTaskStatus.class);
        for (PlanTaskStatus status : PlanTaskStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        counts = Map.copyOf(all);
    }

    static TaskCounts of(Collection<PlanTaskStatus> statuses) {
        EnumMap<PlanTaskStatus, Integer> counts = new EnumMap<>(PlanTaskStatus.class);
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return new TaskCounts(counts);
    }

    int get(PlanTaskStatus status) {
        return counts.get(status);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    OnTimeTally tally() {
        int onTime = get(PlanTaskStatus.DONE_ON_TIME);
        return new OnTimeTally(onTime, onTime + get(PlanTaskStatus.DONE_LATE), get(PlanTaskStatus.IN_PROGRESS_OVERDUE));
    }
}

package vn.trienkhai.monitoring;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many stages are in each status, every status present (zero when none), and the on-time rate. */
record StatusCounts(Map<ProgressStatus, Integer> counts) {

    StatusCounts {
        EnumMap<ProgressStatus, Integer> all = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus status : ProgressStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        counts = Map.copyOf(all);
    }

    static StatusCounts of(Collection<ProgressStatus> statuses) {
        EnumMap<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return new StatusCounts(counts);
    }

    StatusCounts plus(StatusCounts other) {
        EnumMap<ProgressStatus, Integer> sum = new EnumMap<>(counts);
        other.counts.forEach((status, count) -> sum.merge(status, count, Integer::sum));
        return new StatusCounts(sum);
    }

    int get(ProgressStatus status) {
        return counts.get(status);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int done() {
        return get(ProgressStatus.DONE_ON_TIME) + get(ProgressStatus.DONE_LATE);
    }

    OnTimeTally tally() {
        return new OnTimeTally(get(ProgressStatus.DONE_ON_TIME), done(), get(ProgressStatus.OVERDUE));
    }

    /** Completed on time over completed or overdue; null while nothing is completed or overdue. */
    Double onTimeRate() {
        return tally().rate();
    }
}

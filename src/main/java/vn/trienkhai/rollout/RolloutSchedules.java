package vn.trienkhai.rollout;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.ExpiringCache;

/**
 * Each unit's job of a rollout asks for the same rollout's dates, in its own transaction
 * (docs/processes.md, "One job per unit"). The schedule never changes once the rollout exists, so
 * each node keeps it for a while instead of reading the rollout and its plan once per unit; the
 * holidays are not part of it, so a calendar change still moves the dates computed from it.
 */
@Component
class RolloutSchedules {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 10_000;

    private final RolloutDirectory directory;
    private final ExpiringCache<Long, RolloutSchedule> schedules;

    @Autowired
    RolloutSchedules(RolloutDirectory directory) {
        this(directory, new ExpiringCache<>(TIME_TO_LIVE, MAX_ENTRIES));
    }

    RolloutSchedules(RolloutDirectory directory, ExpiringCache<Long, RolloutSchedule> schedules) {
        this.directory = directory;
        this.schedules = schedules;
    }

    RolloutSchedule of(long rolloutId) {
        return schedules.get(rolloutId, id -> directory.schedule(id));
    }
}

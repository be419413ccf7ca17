package vn.trienkhai.rollout;

import java.time.Instant;

/** One progress record as the monitoring reads it; {@code completedAt} only while the stage is done. */
public record StageLine(long rolloutId, String unitCode, String unitName, Stage stage, Instant dueAt,
                        Instant completedAt) {
}

package vn.trienkhai.rollout;

import java.time.Instant;

/** A unit's task for a stage has opened, with its due date (null for a continuous stage). */
record ProgressOpening(long rolloutId, String unitCode, Stage stage, Instant dueAt) {
}

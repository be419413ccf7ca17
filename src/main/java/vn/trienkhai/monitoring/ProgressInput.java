package vn.trienkhai.monitoring;

import java.time.Instant;
import java.util.List;
import vn.trienkhai.rollout.Stage;

/** What the progress is computed from: each rollout of a plan with its progress records, and the plan's tasks. */
final class ProgressInput {

    private ProgressInput() {
    }

    /** A rollout: the top one has no parent; a cascade names the unit that cascades. */
    record RolloutRows(long rolloutId, Long parentRolloutId, String cascadingUnitCode, int level, List<Row> rows) {
    }

    /** One progress record; {@code completedAt} only when the stage is done (not after a return). */
    record Row(String unitCode, String unitName, Stage stage, Instant dueAt, Instant completedAt) {
    }

    /** One tracked plan task of the top rollout: its lead unit, due instant (none when continuous), completion. */
    record TaskRow(String code, String leadCode, String leadName, Instant dueAt, Instant completedAt) {
    }
}

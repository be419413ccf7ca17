package vn.trienkhai.rollout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A rollout as the API shows it, with the rollouts cascaded from it. */
record RolloutView(Long id, Long planId, Long parentRolloutId, String leadUnit, int level, LocalDate rolloutDate,
                   String processInstanceId, RolloutStatus status, Instant startedAt, String startedBy,
                   List<RolloutView> children) {

    static RolloutView of(Rollout rollout, List<RolloutView> children) {
        return new RolloutView(rollout.getId(), rollout.getPlan().getId(),
                rollout.getParentRollout() == null ? null : rollout.getParentRollout().getId(),
                rollout.getLeadUnit() == null ? null : rollout.getLeadUnit().getCode(), rollout.getLevel(),
                rollout.getRolloutDate(), rollout.getProcessInstanceId(), rollout.getStatus(), rollout.getStartedAt(),
                rollout.getStartedBy(), children);
    }

    /** One progress record: unit × stage. */
    record Progress(String unit, Stage stage, Instant dueAt, Instant completedAt, String completedBy, Boolean onTime,
                    UnitStageProgress.Status status, int attempts) {

        static Progress of(UnitStageProgress record) {
            return new Progress(record.getUnit().getCode(), record.getStage(), record.getDueAt(),
                    record.getCompletedAt(), record.getCompletedBy(), record.getOnTime(), record.getStatus(),
                    record.getAttempts());
        }
    }

    /** A plan the caller may roll out, for the Tasklist start form. */
    record StartablePlan(Long id, String label) {
    }
}

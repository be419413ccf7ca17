package vn.trienkhai.reporting.document;

import java.util.List;

/**
 * Where the rollout stands when the report is written, for the next period's work: the stages some units have not
 * completed, and the units late on a stage. Names and labels are data, cleaned by the writers.
 *
 * @param openStages    each stage with units that have not completed it, in the stages' order
 * @param lateUnits     units past a stage's due date, in the report's order; may be only the first of them
 * @param lateUnitCount how many units are late in all (more than {@code lateUnits} holds when the list was cut)
 */
public record RolloutStanding(List<OpenStage> openStages, List<LateUnit> lateUnits, long lateUnitCount) {

    /** Nothing to say: no stage open, no unit late, or a report that does not show it. */
    public static final RolloutStanding NONE = new RolloutStanding(List.of(), List.of(), 0);

    public RolloutStanding {
        openStages = List.copyOf(openStages);
        lateUnits = List.copyOf(lateUnits);
        lateUnitCount = Math.max(lateUnitCount, lateUnits.size());
    }

    public boolean isEmpty() {
        return openStages.isEmpty() && lateUnitCount == 0;
    }

    /** A stage ("Học tập, quán triệt") and how many units have not completed it. */
    public record OpenStage(String stage, long units) {
    }

    /** A unit and the stages it is late on. */
    public record LateUnit(String unitName, List<LateStage> stages) {

        public LateUnit {
            stages = List.copyOf(stages);
        }
    }

    /** A stage a unit is late on, and by how many working days (0: late since today). */
    public record LateStage(String stage, long workingDaysLate) {
    }
}

package vn.trienkhai.plantask;

import java.util.List;

/** One task of a plan as the plan-task model needs it: who leads, who helps, the deadline as stored. */
record PlanTaskLine(long id, long planId, String code, String title, UnitRef lead, List<UnitRef> coordinators,
                    String deadline, String output) {

    record UnitRef(long id, String code, String name) {
    }

    String label() {
        return code + ": " + title;
    }
}

package vn.trienkhai.plan;

import java.util.List;

/** Published inside the import's transaction: the plan and the groups that manage it. */
public record PlanImported(long planId, List<String> managerGroups) {

    public PlanImported {
        managerGroups = List.copyOf(managerGroups);
    }
}

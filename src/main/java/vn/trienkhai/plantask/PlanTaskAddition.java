package vn.trienkhai.plantask;

import java.util.List;
import vn.trienkhai.deadline.DeadlineSpec;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.rollout.Rollout;

/** A task to add to a running plan, every field checked: the rollout it joins, who leads and helps, its deadline. */
record PlanTaskAddition(Rollout rollout, String title, OrganisationUnit lead, List<OrganisationUnit> coordinators,
                        DeadlineSpec deadline, String output) {
}
